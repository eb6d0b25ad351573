import type { Signals } from '../signals.ts';
import { num, sec, span, text } from '../format.ts';
import { pinSubject, resolveWindow, type Window } from './common.ts';
import { registerExpectation, type ExpectContext } from './registry.ts';

/** Checks on a hobby servo (by part id or signal pin), read from the pulses on its signal wire. */
export interface ServoChecks {
  /** The last pulse before `at` (default now) sets `degrees` ± tolerance (default 3°). */
  angle(degrees: number, options?: { tolerance?: number; at?: number }): void;
  /** Some pulse in the window sets `degrees` ± tolerance (default 3°). */
  reaches(degrees: number, options?: Window & { tolerance?: number }): void;
}

declare module './registry.ts' {
  interface Expectations {
    servo(ref: string): ServoChecks;
  }
}

export interface ServoPulse {
  /** Cycle the pulse started. */
  cycle: number;
  us: number;
  degrees: number;
}

/** hardware.md: 544–2400 µs maps 0–180° (the Servo library's defaults). */
export const SERVO_MIN_US = 544;
export const SERVO_MAX_US = 2400;

/** Every servo pulse (HIGH 400–2600 µs) on a pin in [from, to) cycles, with the angle it commands. */
export function servoPulses(signals: Signals, pin: string, from: number, to: number, range = { minUs: SERVO_MIN_US, maxUs: SERVO_MAX_US }): ServoPulse[] {
  const out: ServoPulse[] = [];
  for (const seg of signals.segments(pin, from, to)) {
    if (seg.level !== 1 || seg.start === from || seg.end === to) continue;
    const us = (seg.end - seg.start) / 16;
    if (us < 400 || us > 2600) continue;
    const degrees = Math.max(0, Math.min(180, ((us - range.minUs) / (range.maxUs - range.minUs)) * 180));
    out.push({ cycle: seg.start, us, degrees });
  }
  return out;
}

function rangeOf(ctx: ExpectContext, ref: string) {
  const spec = ctx.partSpec(ref);
  const minUs = typeof spec?.minUs === 'number' ? spec.minUs : SERVO_MIN_US;
  const maxUs = typeof spec?.maxUs === 'number' ? spec.maxUs : SERVO_MAX_US;
  return { minUs, maxUs };
}

registerExpectation('servo', (ctx, ref) => {
  const s = { ...pinSubject(ctx, ref), name: text((l) => `${l === 'ru' ? 'Сервопривод' : 'Servo'} ${pinSubject(ctx, ref).pin}`) };
  const range = rangeOf(ctx, ref);
  const deg = (x: number, l: 'ru' | 'en') => `${num(x, l)}°`;
  return {
    angle(degrees, options = {}) {
      const t = options.tolerance ?? 3;
      const at = Math.min(options.at ?? ctx.nowMs, ctx.nowMs);
      // Pulses come every 20 ms; look back far enough to find the last one.
      const pulses = servoPulses(ctx.signals, s.pin, ctx.cycleAt(Math.max(0, at - 60)), ctx.cycleAt(at), range);
      const last = pulses[pulses.length - 1];
      const lead = text((l) => l === 'ru'
        ? `${s.name.ru} должен стоять на ${deg(degrees, 'ru')} ± ${deg(t, 'ru')} на ${sec(at, 'ru')}`
        : `${s.name.en} should be at ${deg(degrees, 'en')} ± ${deg(t, 'en')} at ${sec(at, 'en')}`);
      if (!last) {
        ctx.fail(text((l) => l === 'ru'
          ? `${lead.ru}, но на него не приходят импульсы управления (servo.attach(${s.pin.slice(1)}) сделан?)`
          : `${lead.en}, but it gets no control pulses (did you call servo.attach(${s.pin.slice(1)})?)`));
      }
      if (Math.abs(last.degrees - degrees) > t) {
        ctx.fail(text((l) => l === 'ru'
          ? `${lead.ru}, а стоит на ${deg(last.degrees, 'ru')} (импульс ${num(last.us, 'ru')} мкс)`
          : `${lead.en}, but it is at ${deg(last.degrees, 'en')} (pulse ${num(last.us, 'en')} µs)`));
      }
    },
    reaches(degrees, options = {}) {
      const t = options.tolerance ?? 3;
      const { from, to } = resolveWindow(ctx, options);
      const pulses = servoPulses(ctx.signals, s.pin, ctx.cycleAt(from), ctx.cycleAt(to), range);
      if (pulses.some((p) => Math.abs(p.degrees - degrees) <= t)) return;
      const lo = Math.min(...pulses.map((p) => p.degrees));
      const hi = Math.max(...pulses.map((p) => p.degrees));
      ctx.fail(text((l) => {
        const seen = pulses.length === 0
          ? l === 'ru' ? 'импульсов управления не было' : 'there were no control pulses'
          : Math.round(lo) === Math.round(hi)
            ? l === 'ru' ? `он стоял на ${deg(lo, 'ru')}` : `it stayed at ${deg(lo, 'en')}`
            : l === 'ru' ? `он поворачивался только от ${deg(lo, 'ru')} до ${deg(hi, 'ru')}` : `it only moved between ${deg(lo, 'en')} and ${deg(hi, 'en')}`;
        return l === 'ru'
          ? `${s.name.ru} должен повернуться на ${deg(degrees, 'ru')} ± ${deg(t, 'ru')} ${span(from, to, 'ru')}, но ${seen}`
          : `${s.name.en} should reach ${deg(degrees, 'en')} ± ${deg(t, 'en')} ${span(from, to, 'en')}, but ${seen}`;
      }));
    },
  } satisfies ServoChecks;
});
