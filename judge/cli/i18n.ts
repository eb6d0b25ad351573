/** The CLI's language: `--lang ru|en`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
import type { Text } from '../runner/events.ts';

export type Lang = 'ru' | 'en';

export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'ru' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Picks the user's language from a `{ ru, en }` text. */
export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

/** Formats a number the way the user's language writes it (1 234,5 vs 1,234.5). */
export function num(value: number, lang: Lang, digits = 0): string {
  return value.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A mistake in how the command was called: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}
