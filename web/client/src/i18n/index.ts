import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ru } from './ru.ts';
import { en } from './en.ts';
import { teacherRu } from './teacher.ru.ts';
import { teacherEn } from './teacher.en.ts';
import { contestRu } from './contest.ru.ts';
import { contestEn } from './contest.en.ts';
import { authoringRu } from './authoring.ru.ts';
import { authoringEn } from './authoring.en.ts';
import type { Text } from '../api/types.ts';

import type { Lang } from './lang.ts';
export type { Lang };
const STORAGE_KEY = 'technolab.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

// Russian is the default for everyone; a student's choice is remembered on this computer.
void i18next.use(initReactI18next).init({
  resources: { ru: { translation: { ...ru, teacher: teacherRu, authoring: authoringRu, contest: contestRu } }, en: { translation: { ...en, teacher: teacherEn, authoring: authoringEn, contest: contestEn } } },
  lng: storedLang(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or a full disk: the switch still works for this visit.
  }
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'ru';
}

/** Picks the user's language from a server-side `{ ru, en }` text. */
export function pick(text: Text | string | undefined, lang: Lang = currentLang()): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] || text.ru;
}

export default i18next;
