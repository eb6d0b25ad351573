import type { Signals } from '../signals.ts';
import { num, sec, span, text } from '../format.ts';
import { pinSubject, resolveWindow, type Window } from './common.ts';
import { registerExpectation } from './registry.ts';

/** Checks on a sound (tone()) on a buzzer's pin, measured from the pin's toggling. */
export interface ToneChecks {
  /** Sounds at `hz` ± tolerance (default 1 %, at least 2 Hz) over the `windowMs` before `at` (default 50 ms before now). */
  frequency(hz: number, options?: { tolerance?: number; at?: number; windowMs?: number }): void;
  /** No sound over the window. */
  silent(options?: Window): void;
}

declare module './registry.ts' {
  interface Expectations {
    tone(ref: string): ToneChecks;
  }
}

/** Frequency of the square wave on a pin in [from, to) cycles, from its rising edges; 0 when silent. */
export function measureFrequency(signals: Signals, pin: string, from: number, to: number, hz = 16_000_000): number {
  const rises = signals.edges(pin, from, to).filter((e) => e.level === 1);
  if (rises.length < 3) return 0;
  return ((rises.length - 1) * hz) / (rises[rises.length - 1].cycle - rises[0].cycle);
}

registerExpectation('tone', (ctx, ref) => {
  const s = pinSubject(ctx, ref);
  const hzText = (x: number, l: 'ru' | 'en') => `${num(x, l)} ${l === 'ru' ? 'Гц' : 'Hz'}`;
  return {
    frequency(hz, options = {}) {
      const t = options.tolerance ?? Math.max(2, hz * 0.01);
      const at = Math.min(options.at ?? ctx.nowMs, ctx.nowMs);
      const from = Math.max(0, at - (options.windowMs ?? 50));
      const actual = measureFrequency(ctx.signals, s.pin, ctx.cycleAt(from), ctx.cycleAt(at));
      if (Math.abs(actual - hz) <= t) return;
      ctx.fail(text((l) => {
        const heard = actual === 0 ? (l === 'ru' ? `${s.ru.it} молчит` : 'it is silent') : l === 'ru' ? `звучит ${hzText(actual, 'ru')}` : `it sounds at ${hzText(actual, 'en')}`;
        return l === 'ru'
          ? `${s.name.ru} ${s.ru.must} звучать с частотой ${num(hz, 'ru')} ± ${hzText(t, 'ru')} на ${sec(at, 'ru')}, а ${heard}`
          : `${s.name.en} should sound at ${num(hz, 'en')} ± ${hzText(t, 'en')} at ${sec(at, 'en')}, but ${heard}`;
      }));
    },
    silent(options = {}) {
      const { from, to } = resolveWindow(ctx, options);
      const edges = ctx.signals.edges(s.pin, ctx.cycleAt(from), ctx.cycleAt(to));
      if (edges.length < 2) return;
      const at = ctx.msAt(edges[0].cycle);
      ctx.fail(text((l) => l === 'ru'
        ? `${s.name.ru} ${s.ru.must} молчать ${span(from, to, 'ru')}, но на ${sec(at, 'ru')} был звук`
        : `${s.name.en} should be silent ${span(from, to, 'en')}, but it made a sound at ${sec(at, 'en')}`));
    },
  } satisfies ToneChecks;
});
