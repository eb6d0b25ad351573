import type { Text } from '../../runner/events.ts';
import { quote, sec, text } from '../format.ts';
import { registerExpectation, type ExpectContext } from './registry.ts';

/** Checks on everything the sketch printed (since `from` ms, default since power-on). */
export interface SerialChecks {
  /** The output is exactly `expected` ("\r\n" and "\n" count as the same line break). */
  equals(expected: string): void;
  contains(expected: string): void;
  notContains(unexpected: string): void;
  matches(pattern: RegExp): void;
}

declare module './registry.ts' {
  interface Expectations {
    serial(options?: { from?: number }): SerialChecks;
  }
}

const normalize = (s: string) => s.replace(/\r\n/g, '\n');

function printed(ctx: ExpectContext, from: number): string {
  const { text: all, cycles } = ctx.serialOut();
  const start = ctx.cycleAt(from);
  let i = 0;
  while (i < cycles.length && cycles[i] < start) i++;
  return all.slice(i);
}

registerExpectation('serial', (ctx, options = {}) => {
  const from = options.from ?? 0;
  const since: Text = from > 0 ? { ru: ` после ${sec(from, 'ru')}`, en: ` after ${sec(from, 'en')}` } : { ru: '', en: '' };
  const got = (l: 'ru' | 'en', out: string) =>
    out.length === 0 ? (l === 'ru' ? 'программа ничего не напечатала' : 'the program printed nothing') : l === 'ru' ? `напечатано ${quote(out)}` : `it printed ${quote(out)}`;
  const check = (ok: (out: string) => boolean, want: Text) => {
    const out = normalize(printed(ctx, from));
    if (ok(out)) return;
    ctx.fail(text((l) => l === 'ru' ? `В Serial${since.ru} ожидали ${want.ru}, а ${got('ru', out)}` : `Expected ${want.en} on Serial${since.en}, but ${got('en', out)}`));
  };
  return {
    equals: (expected) => check((out) => out === normalize(expected), { ru: `ровно ${quote(expected)}`, en: `exactly ${quote(expected)}` }),
    contains: (expected) => check((out) => out.includes(normalize(expected)), { ru: `текст ${quote(expected)}`, en: `the text ${quote(expected)}` }),
    notContains: (unexpected) =>
      check((out) => !out.includes(normalize(unexpected)), { ru: `не увидеть ${quote(unexpected)}`, en: `not to see ${quote(unexpected)}` }),
    matches: (pattern) => check((out) => pattern.test(out), { ru: `текст по образцу ${pattern.source}`, en: `text matching ${pattern.source}` }),
  } satisfies SerialChecks;
});
