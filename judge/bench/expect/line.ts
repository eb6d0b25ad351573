import type { Text } from '../../runner/events.ts';
import { num, quote, text } from '../format.ts';
import { registerExpectation } from './registry.ts';

/** Checks on one line the sketch printed (e.g. from `await t.serial.waitForLine()`). */
export interface LineChecks {
  /** Equal, ignoring spaces at the ends. */
  equals(expected: string): void;
  contains(expected: string): void;
  matches(pattern: RegExp): void;
  /** The line is a number (the first number in it) equal to `expected` ± tolerance (default 0). */
  isNumber(expected: number, options?: { tolerance?: number }): void;
}

declare module './registry.ts' {
  interface Expectations {
    /** `what` names the line in the message, e.g. { ru: 'ответ на «LED ON»', en: 'the answer to "LED ON"' }. */
    line(line: string, what?: Text): LineChecks;
  }
}

registerExpectation('line', (ctx, line, what) => {
  const name: Text = what ?? { ru: 'строка', en: 'the line' };
  const fail = (want: Text, extra: Text = { ru: '', en: '' }) =>
    ctx.fail(text((l) => l === 'ru'
      ? `${cap(name.ru)}: ожидали ${want.ru}, а программа напечатала ${quote(line)}${extra.ru}`
      : `${cap(name.en)}: expected ${want.en}, but the program printed ${quote(line)}${extra.en}`));
  return {
    equals(expected) {
      if (line.trim() !== expected.trim()) fail({ ru: quote(expected), en: quote(expected) });
    },
    contains(expected) {
      if (!line.includes(expected)) fail({ ru: `текст ${quote(expected)}`, en: `the text ${quote(expected)}` });
    },
    matches(pattern) {
      if (!pattern.test(line)) fail({ ru: `текст по образцу ${pattern.source}`, en: `text matching ${pattern.source}` });
    },
    isNumber(expected, options = {}) {
      const t = options.tolerance ?? 0;
      const want = text((l) => (t > 0 ? `${num(expected, l, decimals(expected))} ± ${num(t, l, decimals(t))}` : num(expected, l, decimals(expected))));
      const match = /-?\d+(?:[.,]\d+)?/.exec(line);
      if (!match) return fail({ ru: `число ${want.ru}`, en: `the number ${want.en}` }, { ru: ' (в ней нет числа)', en: ' (no number in it)' });
      const value = Number(match[0].replace(',', '.'));
      if (Math.abs(value - expected) > t + 1e-9) fail({ ru: `число ${want.ru}`, en: `the number ${want.en}` });
    },
  } satisfies LineChecks;
});

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const decimals = (x: number) => (Number.isInteger(x) ? 0 : Math.min(3, String(x).split('.')[1]?.length ?? 0));
