import { num, sec, text } from '../format.ts';
import { registerPinCheck } from './registry.ts';

declare module './registry.ts' {
  interface PinChecks {
    /**
     * analogWrite(pin, value): the share of time the pin is HIGH over the `windowMs` before `at`
     * (default 20 ms before now, ≈ 10–20 PWM periods), scaled to 0–255. Tolerance default 3.
     */
    pwm(value: number, options?: { tolerance?: number; at?: number; windowMs?: number }): void;
  }
}

registerPinCheck('pwm', (ctx, s, value, options = {}) => {
  const t = options.tolerance ?? 3;
  const at = Math.min(options.at ?? ctx.nowMs, ctx.nowMs);
  const from = Math.max(0, at - (options.windowMs ?? 20));
  const segments = ctx.signals.segments(s.pin, ctx.cycleAt(from), ctx.cycleAt(at));
  const high = segments.filter((g) => g.level === 1).reduce((sum, g) => sum + (g.end - g.start), 0);
  const span = ctx.cycleAt(at) - ctx.cycleAt(from);
  const actual = span > 0 ? (high / span) * 255 : ctx.signals.levelAt(s.pin, ctx.cycleAt(at)) * 255;
  if (Math.abs(actual - value) <= t) return;
  const percent = (actual / 255) * 100;
  ctx.fail(text((l) => l === 'ru'
    ? `${s.name.ru}: ШИМ (analogWrite) на ${sec(at, 'ru')} ${s.ru.must} быть ${num(value, 'ru')} ± ${num(t, 'ru')}, а ${s.ru.was} ${num(actual, 'ru')} (HIGH ${num(percent, 'ru')} % времени)`
    : `${s.name.en}: PWM (analogWrite) at ${sec(at, 'en')} should be ${num(value, 'en')} ± ${num(t, 'en')}, but it was ${num(actual, 'en')} (HIGH ${num(percent, 'en')} % of the time)`));
});
