import { sec, text } from '../format.ts';
import type { PinMode } from '../signals.ts';
import type { PinSubject } from './common.ts';
import { registerPinCheck, type ExpectContext } from './registry.ts';

declare module './registry.ts' {
  interface PinChecks {
    /** pinMode(pin, OUTPUT) was done by `at` ms (default: now). */
    isOutput(options?: { at?: number }): void;
    /** The pin is an INPUT (no pull-up) at `at`. */
    isInput(options?: { at?: number }): void;
    /** pinMode(pin, INPUT_PULLUP) was done by `at`. */
    isInputPullup(options?: { at?: number }): void;
  }
}

const NAMES: Record<PinMode, string> = { output: 'OUTPUT', input: 'INPUT', 'input-pullup': 'INPUT_PULLUP' };

function modeIs(ctx: ExpectContext, s: PinSubject, mode: PinMode, at?: number): void {
  const t = Math.min(at ?? ctx.nowMs, ctx.nowMs);
  const actual = ctx.signals.modeAt(s.pin, ctx.cycleAt(t));
  if (actual === mode) return;
  const number = s.pin.startsWith('A') ? s.pin : s.pin.slice(1);
  ctx.fail(text((l) => l === 'ru'
    ? `${s.name.ru} ${s.ru.must} быть в режиме ${NAMES[mode]} — pinMode(${number}, ${NAMES[mode]}), но на ${sec(t, 'ru')} ${s.ru.it} в режиме ${NAMES[actual]}`
    : `${s.name.en} must be an ${NAMES[mode]} — pinMode(${number}, ${NAMES[mode]}), but at ${sec(t, 'en')} it is ${NAMES[actual]}`));
}

registerPinCheck('isOutput', (ctx, s, options) => modeIs(ctx, s, 'output', options?.at));
registerPinCheck('isInput', (ctx, s, options) => modeIs(ctx, s, 'input', options?.at));
registerPinCheck('isInputPullup', (ctx, s, options) => modeIs(ctx, s, 'input-pullup', options?.at));
