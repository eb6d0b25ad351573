import type { ApiGroup } from './types.ts';

export const time: ApiGroup = {
  id: 'time',
  title: { ru: 'Время', en: 'Time' },
  entries: [
    {
      name: 'delay',
      kind: 'function',
      signature: 'delay(ms)',
      insert: 'delay(${1:1000});',
      doc: {
        ru: 'Останавливает программу на заданное число миллисекунд (1000 мс = 1 с). Пока идёт `delay`, кнопки не читаются.',
        en: 'Pauses the program for a number of milliseconds (1000 ms = 1 s). During `delay` buttons are not read.',
      },
      params: [{ name: 'ms', doc: { ru: 'миллисекунды', en: 'milliseconds' } }],
      example: 'delay(500); // полсекунды / half a second',
    },
    {
      name: 'delayMicroseconds',
      kind: 'function',
      signature: 'delayMicroseconds(us)',
      insert: 'delayMicroseconds(${1:10});',
      doc: { ru: 'Пауза в микросекундах (1 000 000 мкс = 1 с).', en: 'A pause in microseconds (1 000 000 µs = 1 s).' },
      params: [{ name: 'us', doc: { ru: 'микросекунды', en: 'microseconds' } }],
    },
    {
      name: 'millis',
      kind: 'function',
      signature: 'millis()',
      insert: 'millis()',
      doc: {
        ru: 'Сколько миллисекунд прошло с запуска платы. Храни в `unsigned long`. Помогает делать дела «без delay».',
        en: 'Milliseconds since the board started. Keep it in an `unsigned long`. Lets you do things “without delay”.',
      },
      returns: { ru: '`unsigned long`, миллисекунды', en: '`unsigned long`, milliseconds' },
      example: 'if (millis() - last >= 1000) { last = millis(); /* раз в секунду / once a second */ }',
    },
    {
      name: 'micros',
      kind: 'function',
      signature: 'micros()',
      insert: 'micros()',
      doc: { ru: 'Сколько микросекунд прошло с запуска платы (шаг 4 мкс).', en: 'Microseconds since the board started (4 µs steps).' },
      returns: { ru: '`unsigned long`, микросекунды', en: '`unsigned long`, microseconds' },
    },
  ],
};
