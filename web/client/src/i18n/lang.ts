/** The two languages of the app. Kept apart from i18n/index.ts so pure modules can use the type in tests. */
export type Lang = 'ru' | 'en';
