import { sec, span, text } from '../format.ts';
import { levelWord, resolveWindow, type PinSubject, type Window } from './common.ts';
import { registerPinCheck, type ExpectContext } from './registry.ts';

declare module './registry.ts' {
  interface PinChecks {
    /** The pin is HIGH at `at` ms (default: now). */
    isHigh(options?: { at?: number }): void;
    /** The pin is LOW at `at` ms (default: now). */
    isLow(options?: { at?: number }): void;
    /** The pin stays HIGH over the whole window (default: from 0 to now). */
    staysHigh(options?: Window): void;
    /** The pin stays LOW over the whole window. */
    staysLow(options?: Window): void;
  }
}

const WANT = {
  ru: (s: PinSubject, level: 0 | 1) => (s.kind === 'led' ? (level ? 'гореть' : 'не гореть') : level ? 'быть HIGH' : 'быть LOW'),
  en: (_s: PinSubject, level: 0 | 1) => (level ? 'be HIGH' : 'be LOW'),
};

function levelAt(ctx: ExpectContext, s: PinSubject, level: 0 | 1, at?: number): void {
  const t = Math.min(at ?? ctx.nowMs, ctx.nowMs);
  const actual = ctx.signals.levelAt(s.pin, ctx.cycleAt(t));
  if (actual === level) return;
  ctx.fail(
    text((l) => l === 'ru'
      ? `${s.name.ru} ${s.ru.must} ${WANT.ru(s, level)} на ${sec(t, 'ru')}, но ${s.ru.it} ${levelWord(s, actual, 'ru')}`
      : `${s.name.en} should ${WANT.en(s, level)} at ${sec(t, 'en')}, but it was ${levelWord(s, actual, 'en')}`),
  );
}

function stays(ctx: ExpectContext, s: PinSubject, level: 0 | 1, w?: Window): void {
  const { from, to } = resolveWindow(ctx, w);
  const wrong = ctx.signals.segments(s.pin, ctx.cycleAt(from), ctx.cycleAt(to)).find((seg) => seg.level !== level);
  if (!wrong) return;
  const at = ctx.msAt(wrong.start);
  ctx.fail(
    text((l) => l === 'ru'
      ? `${s.name.ru} ${s.ru.must} ${WANT.ru(s, level)} всё время ${span(from, to, 'ru')}, но на ${sec(at, 'ru')} ${s.ru.it} ${levelWord(s, wrong.level, 'ru')}`
      : `${s.name.en} should ${WANT.en(s, level)} all the time ${span(from, to, 'en')}, but at ${sec(at, 'en')} it was ${levelWord(s, wrong.level, 'en')}`),
  );
}

registerPinCheck('isHigh', (ctx, s, options) => levelAt(ctx, s, 1, options?.at));
registerPinCheck('isLow', (ctx, s, options) => levelAt(ctx, s, 0, options?.at));
registerPinCheck('staysHigh', (ctx, s, options) => stays(ctx, s, 1, options));
registerPinCheck('staysLow', (ctx, s, options) => stays(ctx, s, 0, options));
