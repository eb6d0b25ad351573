import { parsePin, type PinName } from '../../board/pins.ts';
import type { Text } from '../../runner/events.ts';
import { text } from '../format.ts';
import type { ExpectContext } from './registry.ts';

/** A time window of an expectation, in test ms; `to` defaults to now. */
export interface Window {
  from?: number;
  to?: number;
}

export function resolveWindow(ctx: ExpectContext, w: Window = {}): { from: number; to: number } {
  const to = Math.min(w.to ?? ctx.nowMs, ctx.nowMs);
  const from = Math.max(0, Math.min(w.from ?? 0, to));
  return { from, to };
}

/** Part kinds and their names in messages. */
const KIND_NAMES: Record<string, Text & { feminine?: boolean }> = {
  led: { ru: 'Светодиод', en: 'LED' },
  button: { ru: 'Кнопка', en: 'Button', feminine: true },
  buzzer: { ru: 'Пищалка', en: 'Buzzer', feminine: true },
  servo: { ru: 'Сервопривод', en: 'Servo' },
  'rgb-led': { ru: 'RGB-светодиод', en: 'RGB LED' },
};

export interface PinSubject {
  pin: PinName;
  /** The part wired to the pin (if any), e.g. 'led'. */
  kind?: string;
  /** «Светодиод D13» / "LED D13", or «Вывод D13» / "Pin D13". */
  name: Text;
  /** Russian agreement: «кнопка должна», «светодиод должен». */
  ru: { must: string; it: string; was: string };
}

/** The pin a check looks at, named after the part wired to it so the message speaks of «светодиод». */
export function pinSubject(ctx: ExpectContext, ref: string): PinSubject {
  const spec = ctx.partSpec(ref);
  let pin: PinName;
  let kind: string | undefined;
  if (spec) {
    const first = spec.pins.signal ?? spec.pins.pin ?? spec.pins.anode ?? Object.values(spec.pins)[0];
    pin = parsePin(first);
    kind = spec.kind;
  } else {
    pin = parsePin(ref);
    // The first part with a pin wired here names the subject.
    kind = ctx.partsOn(pin)[0]?.kind;
  }
  const label: Text & { feminine?: boolean } = (kind ? KIND_NAMES[kind] : undefined) ?? { ru: 'Вывод', en: 'Pin' };
  const ru = label.feminine ? { must: 'должна', it: 'она', was: 'была' } : { must: 'должен', it: 'он', was: 'был' };
  return { pin, kind, name: text((l) => `${label[l]} ${pin}`), ru };
}

/** How a level reads in a message: an LED «горел»/«не горел», any other pin HIGH/LOW. */
export function levelWord(subject: PinSubject, level: 0 | 1, lang: 'ru' | 'en'): string {
  if (lang === 'ru' && subject.kind === 'led') return level ? 'горел' : 'не горел';
  if (lang === 'ru') return `${subject.ru.was} ${level ? 'HIGH' : 'LOW'}`;
  return level ? 'HIGH' : 'LOW';
}
