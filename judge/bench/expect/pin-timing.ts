import { ms, msTol, num, sec, span, text } from '../format.ts';
import type { Segment } from '../signals.ts';
import { levelWord, resolveWindow, type PinSubject, type Window } from './common.ts';
import { registerPinCheck, type ExpectContext } from './registry.ts';

export interface TimingOptions extends Window {
  /** Allowed deviation, ms (default 2 % of the expected time, at least 2 ms). */
  tolerance?: number;
}

declare module './registry.ts' {
  interface PinChecks {
    /** The pin changes level every `ms` (each HIGH and each LOW stretch lasts `ms`), e.g. a 1 Hz blink is togglesEvery(500). */
    togglesEvery(ms: number, options?: TimingOptions): void;
    /** Rising edges come every `ms`. */
    hasPeriod(ms: number, options?: TimingOptions): void;
    /** The pin is HIGH `percent` % of the window (tolerance in percentage points, default 5). */
    hasDuty(percent: number, options?: Window & { tolerance?: number }): void;
    /** Every complete HIGH pulse in the window lasts `ms`; at least `count` of them (default 1). */
    pulsesHigh(ms: number, options?: TimingOptions & { count?: number }): void;
    /** Every complete LOW pulse in the window lasts `ms`; at least `count` of them (default 1). */
    pulsesLow(ms: number, options?: TimingOptions & { count?: number }): void;
  }
}

const tol = (expected: number, tolerance?: number) => tolerance ?? Math.max(2, expected * 0.02);

function segmentsOf(ctx: ExpectContext, s: PinSubject, w?: Window) {
  const { from, to } = resolveWindow(ctx, w);
  const fromCycle = ctx.cycleAt(from);
  const toCycle = ctx.cycleAt(to);
  const segments = ctx.signals.segments(s.pin, fromCycle, toCycle);
  const len = (seg: Segment) => ctx.msAt(seg.end - seg.start);
  // Stretches cut by the window's edges are only known to be at least this long.
  const clipped = (seg: Segment) => seg.start === fromCycle || seg.end === toCycle;
  return { from, to, segments, len, clipped };
}

function stuck(s: PinSubject, level: 0 | 1, from: number, to: number, lead: Record<'ru' | 'en', string>) {
  return text((l) => l === 'ru'
    ? `${lead.ru}, но ${s.ru.it} ${levelWord(s, level, 'ru')} всё время ${span(from, to, 'ru')}`
    : `${lead.en}, but it stayed ${levelWord(s, level, 'en')} the whole time ${span(from, to, 'en')}`);
}

registerPinCheck('togglesEvery', (ctx, s, every, options = {}) => {
  const t = tol(every, options.tolerance);
  const { from, to, segments, len, clipped } = segmentsOf(ctx, s, options);
  const lead = {
    ru: `${s.name.ru} ${s.ru.must} переключаться каждые ${msTol(every, t, 'ru')}`,
    en: `${s.name.en} should toggle every ${msTol(every, t, 'en')}`,
  };
  if (segments.length <= 1) ctx.fail(stuck(s, segments[0]?.level ?? 0, from, to, lead));
  for (const seg of segments) {
    const d = len(seg);
    const tooLong = d > every + t;
    const tooShort = !clipped(seg) && d < every - t;
    if (!tooLong && !tooShort) continue;
    // Report the whole stretch, also the part outside the window: that is what the student sees.
    const whole = tooLong ? ctx.signals.stretchAround(s.pin, seg.start) : seg;
    const at = ctx.msAt(whole.start);
    const dur = len(whole);
    ctx.fail(text((l) => l === 'ru'
      ? `${lead.ru}; ${s.ru.it} ${levelWord(s, seg.level, 'ru')} ${tooShort ? 'только ' : ''}${ms(dur, 'ru')} подряд на ${sec(at, 'ru')}`
      : `${lead.en}; it stayed ${levelWord(s, seg.level, 'en')} for ${tooShort ? 'only ' : ''}${ms(dur, 'en')} at ${sec(at, 'en')}`));
  }
});

registerPinCheck('hasPeriod', (ctx, s, period, options = {}) => {
  const t = tol(period, options.tolerance);
  const { from, to } = resolveWindow(ctx, options);
  const rises = ctx.signals.edges(s.pin, ctx.cycleAt(from), ctx.cycleAt(to)).filter((e) => e.level === 1);
  const lead = {
    ru: `${s.name.ru} ${s.ru.must} включаться с периодом ${msTol(period, t, 'ru')}`,
    en: `${s.name.en} should go HIGH with a period of ${msTol(period, t, 'en')}`,
  };
  if (rises.length < 2) {
    ctx.fail(text((l) => l === 'ru'
      ? `${lead.ru}, но ${span(from, to, 'ru')} ${s.ru.it} включился ${rises.length === 0 ? 'ни разу' : 'только один раз'}`
      : `${lead.en}, but ${span(from, to, 'en')} it went HIGH ${rises.length === 0 ? 'not once' : 'only once'}`));
  }
  const marks = [...rises.map((e) => ctx.msAt(e.cycle)), to];
  for (let i = 1; i < marks.length; i++) {
    const d = marks[i] - marks[i - 1];
    const last = i === marks.length - 1;
    if (d > period + t || (!last && d < period - t)) {
      ctx.fail(text((l) => l === 'ru'
        ? `${lead.ru}; после включения на ${sec(marks[i - 1], 'ru')} ${last ? 'следующего не было' : 'следующее было'} ${last ? `${ms(d, 'ru')}` : `через ${ms(d, 'ru')}`}`
        : `${lead.en}; after going HIGH at ${sec(marks[i - 1], 'en')} ${last ? `it did not again for ${ms(d, 'en')}` : `it did again after ${ms(d, 'en')}`}`));
    }
  }
});

registerPinCheck('hasDuty', (ctx, s, percent, options = {}) => {
  const t = options.tolerance ?? 5;
  const { from, to, segments, len } = segmentsOf(ctx, s, options);
  const total = to - from;
  const high = segments.filter((g) => g.level === 1).reduce((sum, g) => sum + len(g), 0);
  const actual = total > 0 ? (high / total) * 100 : 0;
  if (Math.abs(actual - percent) <= t) return;
  ctx.fail(text((l) => l === 'ru'
    ? `${s.name.ru} ${s.ru.must} быть HIGH ${num(percent, 'ru')} ± ${num(t, 'ru')} % времени ${span(from, to, 'ru')}, а ${s.ru.was} ${num(actual, 'ru')} %`
    : `${s.name.en} should be HIGH ${num(percent, 'en')} ± ${num(t, 'en')} % of the time ${span(from, to, 'en')}, but it was ${num(actual, 'en')} %`));
});

function pulses(ctx: ExpectContext, s: PinSubject, level: 0 | 1, width: number, options: TimingOptions & { count?: number }) {
  const t = tol(width, options.tolerance);
  const { from, to, segments, len, clipped } = segmentsOf(ctx, s, options);
  const complete = segments.filter((g) => g.level === level && !clipped(g));
  const name = level ? 'HIGH' : 'LOW';
  const lead = {
    ru: `${s.name.ru}: импульсы ${name} ${span(from, to, 'ru')} должны длиться ${msTol(width, t, 'ru')}`,
    en: `${s.name.en}: ${name} pulses ${span(from, to, 'en')} should last ${msTol(width, t, 'en')}`,
  };
  const bad = complete.find((g) => Math.abs(len(g) - width) > t);
  if (bad) {
    ctx.fail(text((l) => l === 'ru'
      ? `${lead.ru}; импульс на ${sec(ctx.msAt(bad.start), 'ru')} длился ${ms(len(bad), 'ru')}`
      : `${lead.en}; the pulse at ${sec(ctx.msAt(bad.start), 'en')} lasted ${ms(len(bad), 'en')}`));
  }
  const count = options.count ?? 1;
  if (complete.length < count) {
    ctx.fail(text((l) => l === 'ru'
      ? `${lead.ru}; ожидали не меньше ${count}, а было ${complete.length}`
      : `${lead.en}; expected at least ${count}, but there were ${complete.length}`));
  }
}

registerPinCheck('pulsesHigh', (ctx, s, width, options = {}) => pulses(ctx, s, 1, width, options));
registerPinCheck('pulsesLow', (ctx, s, width, options = {}) => pulses(ctx, s, 0, width, options));
