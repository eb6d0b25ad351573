import type { ApiGroup } from './types.ts';

export const math: ApiGroup = {
  id: 'math',
  title: { ru: 'Числа', en: 'Numbers' },
  entries: [
    {
      name: 'map',
      kind: 'function',
      signature: 'map(value, fromLow, fromHigh, toLow, toHigh)',
      insert: 'map(${1:value}, ${2:0}, ${3:1023}, ${4:0}, ${5:255})',
      doc: {
        ru: 'Пересчитывает число из одного диапазона в другой: например, 0–1023 с потенциометра в яркость 0–255. Считает в целых числах.',
        en: 'Rescales a number from one range to another: e.g. 0–1023 from a potentiometer to brightness 0–255. Uses whole numbers.',
      },
      params: [
        { name: 'value', doc: { ru: 'исходное число', en: 'the number to rescale' } },
        { name: 'fromLow, fromHigh', doc: { ru: 'исходный диапазон', en: 'the original range' } },
        { name: 'toLow, toHigh', doc: { ru: 'новый диапазон', en: 'the new range' } },
      ],
      example: 'int bright = map(analogRead(A0), 0, 1023, 0, 255);',
    },
    {
      name: 'constrain',
      kind: 'function',
      signature: 'constrain(x, low, high)',
      insert: 'constrain(${1:x}, ${2:0}, ${3:255})',
      doc: { ru: 'Не даёт числу выйти за границы: меньше `low` станет `low`, больше `high` — `high`.', en: 'Keeps a number within limits: below `low` becomes `low`, above `high` becomes `high`.' },
      example: 'speed = constrain(speed, 0, 255);',
    },
    { name: 'abs', kind: 'function', signature: 'abs(x)', insert: 'abs(${1:x})', doc: { ru: 'Модуль числа (без знака минус).', en: 'Absolute value (drops the minus sign).' } },
    { name: 'min', kind: 'function', signature: 'min(a, b)', insert: 'min(${1:a}, ${2:b})', doc: { ru: 'Меньшее из двух чисел.', en: 'The smaller of two numbers.' } },
    { name: 'max', kind: 'function', signature: 'max(a, b)', insert: 'max(${1:a}, ${2:b})', doc: { ru: 'Большее из двух чисел.', en: 'The larger of two numbers.' } },
    {
      name: 'random',
      kind: 'function',
      signature: 'random(min, max)',
      insert: 'random(${1:0}, ${2:10})',
      doc: { ru: 'Случайное целое от `min` до `max − 1`.', en: 'A random whole number from `min` to `max − 1`.' },
    },
    { name: 'randomSeed', kind: 'function', signature: 'randomSeed(seed)', insert: 'randomSeed(${1:analogRead(A5)});', doc: { ru: 'Задаёт начало последовательности случайных чисел.', en: 'Sets where the random sequence starts.' } },
  ],
};
