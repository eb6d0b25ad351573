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

/**
 * An LED on a pin that is not an OUTPUT gets only the weak pull-up and stays practically dark, so
 * "it must be lit" also demands OUTPUT — and the message says what to fix.
 */
function dimLed(ctx: ExpectContext, s: PinSubject, from: number, to: number, lead: Record<'ru' | 'en', string>): void {
  if (s.kind !== 'led') return;
  const notOutput = ctx.signals.modesDuring(s.pin, ctx.cycleAt(from), ctx.cycleAt(to)).find((m) => m.mode !== 'output');
  if (!notOutput) return;
  const number = s.pin.slice(1);
  const at = Math.max(from, ctx.msAt(notOutput.cycle));
  ctx.fail(text((l) => l === 'ru'
    ? `${lead.ru}, но на ${sec(at, 'ru')} он почти не светится: вывод не настроен как выход — pinMode(${number}, OUTPUT)`
    : `${lead.en}, but at ${sec(at, 'en')} it barely glows: the pin is not an output — pinMode(${number}, OUTPUT)`));
}

function levelAt(ctx: ExpectContext, s: PinSubject, level: 0 | 1, at?: number): void {
  const t = Math.min(at ?? ctx.nowMs, ctx.nowMs);
  const actual = ctx.signals.levelAt(s.pin, ctx.cycleAt(t));
  if (actual === level) {
    if (level === 1) dimLed(ctx, s, t, t, { ru: `${s.name.ru} ${s.ru.must} ${WANT.ru(s, 1)} на ${sec(t, 'ru')}`, en: `${s.name.en} should ${WANT.en(s, 1)} at ${sec(t, 'en')}` });
    return;
  }
  ctx.fail(
    text((l) => l === 'ru'
      ? `${s.name.ru} ${s.ru.must} ${WANT.ru(s, level)} на ${sec(t, 'ru')}, но ${s.ru.it} ${levelWord(s, actual, 'ru')}`
      : `${s.name.en} should ${WANT.en(s, level)} at ${sec(t, 'en')}, but it was ${levelWord(s, actual, 'en')}`),
  );
}

function stays(ctx: ExpectContext, s: PinSubject, level: 0 | 1, w?: Window): void {
  const { from, to } = resolveWindow(ctx, w);
  const wrong = ctx.signals.segments(s.pin, ctx.cycleAt(from), ctx.cycleAt(to)).find((seg) => seg.level !== level);
  if (!wrong) {
    if (level === 1) {
      dimLed(ctx, s, from, to, {
        ru: `${s.name.ru} ${s.ru.must} ${WANT.ru(s, 1)} всё время ${span(from, to, 'ru')}`,
        en: `${s.name.en} should ${WANT.en(s, 1)} all the time ${span(from, to, 'en')}`,
      });
    }
    return;
  }
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
