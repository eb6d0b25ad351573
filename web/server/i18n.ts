/**
 * Messages the server says to a person, in Russian and English. The language comes from `?lang=`
 * or Accept-Language; Russian is the default.
 */
import type { Lang, Text } from '../shared/common.ts';

export const MESSAGES = {
  'bad-request': { ru: 'Запрос заполнен неверно.', en: 'The request is not filled in correctly.' },
  unauthenticated: { ru: 'Войдите в систему, чтобы продолжить.', en: 'Please log in to continue.' },
  'bad-credentials': { ru: 'Неверный логин или пароль.', en: 'Wrong login or password.' },
  forbidden: { ru: 'У вас нет доступа к этому.', en: 'You do not have access to this.' },
  'not-found': { ru: 'Не найдено.', en: 'Not found.' },
  'task-not-found': { ru: 'Такой задачи нет.', en: 'There is no such task.' },
  'submission-not-found': { ru: 'Такой посылки нет.', en: 'There is no such submission.' },
  'trace-not-found': { ru: 'Для этого теста запись не сохранена.', en: 'No recording is stored for this test.' },
  'class-code-unknown': { ru: 'Класса с таким кодом нет. Проверьте код у учителя.', en: 'No class has this code. Check the code with your teacher.' },
  'rate-limited': { ru: 'Слишком часто. Подождите немного и попробуйте снова.', en: 'Too many tries. Wait a little and try again.' },
  'payload-too-large': { ru: 'Слишком большой запрос.', en: 'The request is too large.' },
  internal: { ru: 'Что-то сломалось на сервере. Попробуйте ещё раз чуть позже.', en: 'Something broke on the server. Try again a bit later.' },
  'hidden-test': { ru: 'Скрытый тест', en: 'Hidden test' },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function text(key: MessageKey): Text {
  return MESSAGES[key];
}

/** `?lang=en` wins, then the first of ru/en in Accept-Language, then Russian. */
export function pickLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'ru') return query;
  if (acceptLanguage) {
    for (const part of acceptLanguage.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (tag === 'ru' || tag === 'en') return tag;
    }
  }
  return 'ru';
}

/** Neutral per-verdict text shown to students instead of a hidden test's own message. */
export const VERDICT_TEXT: Record<string, Text> = {
  accepted: { ru: 'Тест пройден.', en: 'Test passed.' },
  wrong: { ru: 'Программа работает не так, как нужно в этом тесте.', en: 'The program does not do what this test expects.' },
  'compile-error': { ru: 'Ошибка компиляции.', en: 'Compilation error.' },
  'too-large': { ru: 'Программа не помещается в память Arduino.', en: 'The program does not fit into the Arduino memory.' },
  crashed: { ru: 'Программа сломалась во время теста.', en: 'The program crashed during the test.' },
  'time-limit': { ru: 'Превышено время на тест.', en: 'The test ran out of time.' },
  'judge-error': { ru: 'Ошибка проверяющей системы (не ваша вина).', en: 'Judge error (not your fault).' },
};
