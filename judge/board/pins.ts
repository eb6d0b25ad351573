/**
 * Arduino Uno pin map (ATmega328P datasheet §14, Arduino `pins_arduino.h` for the standard variant).
 * D0–D7 are PORTD0–7, D8–D13 are PORTB0–5, A0–A5 are PORTC0–5 (also digital 14–19).
 */
export const DIGITAL_PINS = ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13'] as const;
export const ANALOG_PINS = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5'] as const;
export const PIN_NAMES = [...DIGITAL_PINS, ...ANALOG_PINS] as const;

export type PinName = (typeof PIN_NAMES)[number];
export type AnalogPinName = (typeof ANALOG_PINS)[number];
export type PortName = 'B' | 'C' | 'D';

export interface PinInfo {
  readonly name: PinName;
  /** Arduino pin number as used by `digitalWrite` (A0 = 14). */
  readonly number: number;
  readonly port: PortName;
  readonly bit: number;
  /** ADC channel for A0–A5. */
  readonly adcChannel?: number;
  /** Timer that drives `analogWrite` on this pin, and its PWM frequency on a stock Uno. */
  readonly pwm?: { readonly timer: 0 | 1 | 2; readonly hz: number };
  /** External interrupt number (INT0 on D2, INT1 on D3). */
  readonly externalInterrupt?: 0 | 1;
}

function info(name: PinName, number: number): PinInfo {
  const port: PortName = number < 8 ? 'D' : number < 14 ? 'B' : 'C';
  const bit = number < 8 ? number : number < 14 ? number - 8 : number - 14;
  const pwm = PWM[number];
  return {
    name,
    number,
    port,
    bit,
    ...(number >= 14 ? { adcChannel: number - 14 } : {}),
    ...(pwm ? { pwm } : {}),
    ...(number === 2 ? { externalInterrupt: 0 as const } : number === 3 ? { externalInterrupt: 1 as const } : {}),
  };
}

const PWM: Record<number, { timer: 0 | 1 | 2; hz: number }> = {
  3: { timer: 2, hz: 490 },
  5: { timer: 0, hz: 980 },
  6: { timer: 0, hz: 980 },
  9: { timer: 1, hz: 490 },
  10: { timer: 1, hz: 490 },
  11: { timer: 2, hz: 490 },
};

export const PINS: Readonly<Record<PinName, PinInfo>> = Object.fromEntries(
  PIN_NAMES.map((name, number) => [name, info(name, number)]),
) as Record<PinName, PinInfo>;

/** The pins of each port, in pin order. */
export const PORT_PINS: Readonly<Record<PortName, readonly PinInfo[]>> = {
  B: Object.values(PINS).filter((p) => p.port === 'B'),
  C: Object.values(PINS).filter((p) => p.port === 'C'),
  D: Object.values(PINS).filter((p) => p.port === 'D'),
};

const CANONICAL: ReadonlySet<string> = new Set(PIN_NAMES);

export function isPinName(value: string): value is PinName {
  return CANONICAL.has(value);
}

/** Accepts "D13", "13", "A0", "14" and returns the canonical pin name, or throws. */
export function parsePin(value: string | number): PinName {
  // Parts ask by canonical name on every pin edge: answer that without string work.
  if (typeof value === 'string' && CANONICAL.has(value)) return value as PinName;
  const text = String(value).trim().toUpperCase();
  if (isPinName(text)) return text;
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= 0 && n < PIN_NAMES.length) return PIN_NAMES[n];
  }
  throw new Error(`Unknown Arduino Uno pin "${value}" (expected D0–D13 or A0–A5)`);
}
