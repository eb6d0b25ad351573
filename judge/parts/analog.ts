import { PINS, type PinName, type Uno } from '../board/uno.ts';
import { onRebuild } from './rebuild.ts';

type Sampler = () => number;

const boards = new WeakMap<Uno, Map<number, Sampler>>();

/**
 * Feeds an analog pin from a function that is asked for the voltage at the moment the ADC samples
 * (the start of each `analogRead` conversion). A sensor on a moving robot therefore reports where
 * the robot is *when the sketch reads*, and per-read noise is possible; a constant setting still
 * works (the function just returns it). Returns a function that disconnects the source.
 *
 * (Wraps the board's ADC hook, again after a watchdog reset rebuilt the ADC; see the parts report:
 * a `board.setAnalogSource` would make this unnecessary.)
 */
export function analogSource(board: Uno, pin: PinName, sample: Sampler): () => void {
  const channel = PINS[pin].adcChannel;
  if (channel === undefined) throw new Error(`${pin} is not an analog input (use A0–A5)`);
  let samplers = boards.get(board);
  if (!samplers) {
    const map = (samplers = new Map<number, Sampler>());
    boards.set(board, map);
    hookAdc(board, map);
    onRebuild(board, () => hookAdc(board, map));
  }
  samplers.set(channel, sample);
  board.setAnalogVolts(pin, sample());
  return () => {
    if (samplers.get(channel) === sample) samplers.delete(channel);
  };
}

/** Our wrappers, so hooking twice (a rebuild noticed twice) wraps only once. */
const hooks = new WeakSet<object>();

function hookAdc(board: Uno, samplers: Map<number, Sampler>): void {
  const adc = board.adc;
  const convert = adc.onADCRead;
  if (hooks.has(convert)) return;
  adc.onADCRead = (input) => {
    // ADCMuxInputType.SingleEnded is 0; other inputs (temperature, bandgap) are not ours.
    if (input.type === 0) {
      const s = samplers.get(input.channel);
      if (s) board.setAnalogVolts(PIN_OF_CHANNEL[input.channel], s());
    }
    convert(input);
  };
  hooks.add(adc.onADCRead);
}

const PIN_OF_CHANNEL: readonly PinName[] = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5'];

/** Volts that the board's ADC turns into `raw` (0–1023) with the 5 V reference. */
export function rawToVolts(raw: number): number {
  return (raw / 1024) * 5;
}

/** Output of a voltage divider across 5 V: `top` from 5 V to the pin, `bottom` from the pin to GND. */
export function dividerVolts(top: number, bottom: number): number {
  return (5 * bottom) / (top + bottom);
}

/**
 * `volts` with seeded Gaussian noise of `counts` analogRead steps (standard deviation): real
 * readings wobble by a step or two, which is what makes a threshold without hysteresis flicker.
 */
export function withNoise(volts: number, counts: number, random: { gaussian(): number }): number {
  return counts > 0 ? volts + (random.gaussian() * counts * 5) / 1024 : volts;
}
