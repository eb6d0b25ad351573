import type { Text } from '../runner/events.ts';

/**
 * Number formatting for messages children read: Russian uses a comma for decimals and a space
 * between thousands («1 020 мс», «2,35 с»); English keeps the same grouping ("1 020 ms") so both
 * versions of a message line up. Plain spaces (not no-break ones) so task authors can write the
 * expected messages in their specs as they see them. Implemented by hand (no Intl) so the text is
 * identical in Node and in every browser.
 */
const GROUP = ' ';

export function num(value: number, lang: 'ru' | 'en', digits = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP) : whole;
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (frac ? (lang === 'ru' ? ',' : '.') + frac : '');
}

/** A duration in ms, e.g. «1 020 мс» / "1 020 ms"; sub-millisecond values keep one decimal. */
export function ms(value: number, lang: 'ru' | 'en'): string {
  const digits = Math.abs(value) < 10 && Math.round(value) !== value ? 1 : 0;
  return `${num(value, lang, digits)}${GROUP}${lang === 'ru' ? 'мс' : 'ms'}`;
}

/** A moment of simulated time in seconds, e.g. «2,35 с» / "2.35 s". */
export function sec(valueMs: number, lang: 'ru' | 'en'): string {
  return `${num(valueMs / 1000, lang, 2)}${GROUP}${lang === 'ru' ? 'с' : 's'}`;
}

/** "500 ± 20 ms" */
export function msTol(value: number, tolerance: number, lang: 'ru' | 'en'): string {
  return tolerance > 0 ? `${num(value, lang)} ± ${ms(tolerance, lang)}` : ms(value, lang);
}

/** "between 1,00 s and 3,00 s" — the window an expectation looked at. */
export function span(fromMs: number, toMs: number, lang: 'ru' | 'en'): string {
  return lang === 'ru' ? `с ${sec(fromMs, 'ru')} до ${sec(toMs, 'ru')}` : `from ${sec(fromMs, 'en')} to ${sec(toMs, 'en')}`;
}

/** Builds a Text from one template function called for each language. */
export function text(build: (lang: 'ru' | 'en') => string): Text {
  return { ru: build('ru'), en: build('en') };
}

/** Quotes serial text for a message, showing line breaks and cutting long output. */
export function quote(value: string, max = 120): string {
  const shown = value.length > max ? value.slice(0, max) + '…' : value;
  return '«' + shown.replace(/\r/g, '\\r').replace(/\n/g, '\\n') + '»';
}
