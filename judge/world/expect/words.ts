import { num, sec } from '../../bench/format.ts';
import type { Text } from '../../runner/events.ts';

/** Message pieces shared by the robot expectations: distances in cm, times in s, places on the field. */
export const cm = (mm: number, lang: 'ru' | 'en'): string => `${num(mm / 10, lang, mm < 100 ? 1 : 0)}\u00a0${lang === 'ru' ? 'см' : 'cm'}`;
export const deg = (d: number, lang: 'ru' | 'en'): string => `${num(d, lang)}°`;
export { sec };
export const at = (x: number, y: number, lang: 'ru' | 'en'): string =>
  lang === 'ru' ? `в точке (${cm(x, 'ru')}; ${cm(y, 'ru')})` : `at (${cm(x, 'en')}, ${cm(y, 'en')})`;
export function text(f: (lang: 'ru' | 'en') => string): Text {
  return { ru: f('ru'), en: f('en') };
}
