import type { ApiGroup } from './types.ts';

export const digital: ApiGroup = {
  id: 'digital',
  title: { ru: 'Цифровые выводы', en: 'Digital pins' },
  entries: [
    {
      name: 'pinMode',
      kind: 'function',
      signature: 'pinMode(pin, mode)',
      insert: 'pinMode(${1:13}, ${2:OUTPUT});',
      doc: {
        ru: 'Настраивает вывод как вход или выход. Обычно вызывается в `setup()`.',
        en: 'Sets a pin to work as an input or an output. Usually called in `setup()`.',
      },
      params: [
        { name: 'pin', doc: { ru: 'номер вывода: 0–13 или A0–A5', en: 'pin number: 0–13 or A0–A5' } },
        { name: 'mode', doc: { ru: '`OUTPUT`, `INPUT` или `INPUT_PULLUP`', en: '`OUTPUT`, `INPUT` or `INPUT_PULLUP`' } },
      ],
      example: 'pinMode(13, OUTPUT);',
    },
    {
      name: 'digitalWrite',
      kind: 'function',
      signature: 'digitalWrite(pin, value)',
      insert: 'digitalWrite(${1:13}, ${2:HIGH});',
      doc: {
        ru: 'Подаёт на вывод высокий (`HIGH`, 5 В) или низкий (`LOW`, 0 В) уровень. Вывод должен быть настроен как `OUTPUT`.',
        en: 'Puts a high (`HIGH`, 5 V) or low (`LOW`, 0 V) level on a pin. The pin must be set to `OUTPUT`.',
      },
      params: [
        { name: 'pin', doc: { ru: 'номер вывода', en: 'pin number' } },
        { name: 'value', doc: { ru: '`HIGH` или `LOW`', en: '`HIGH` or `LOW`' } },
      ],
      example: 'digitalWrite(13, HIGH); // зажечь светодиод / LED on',
    },
    {
      name: 'digitalRead',
      kind: 'function',
      signature: 'digitalRead(pin)',
      insert: 'digitalRead(${1:2})',
      doc: {
        ru: 'Читает уровень на выводе: `HIGH` или `LOW`. Кнопка к GND с `INPUT_PULLUP` даёт `LOW`, когда нажата.',
        en: 'Reads a pin’s level: `HIGH` or `LOW`. A button to GND with `INPUT_PULLUP` reads `LOW` while pressed.',
      },
      params: [{ name: 'pin', doc: { ru: 'номер вывода', en: 'pin number' } }],
      returns: { ru: '`HIGH` (1) или `LOW` (0)', en: '`HIGH` (1) or `LOW` (0)' },
      example: 'if (digitalRead(2) == LOW) { /* нажата / pressed */ }',
    },
    { name: 'HIGH', kind: 'constant', signature: 'HIGH', doc: { ru: 'Высокий уровень (1, 5 В).', en: 'High level (1, 5 V).' } },
    { name: 'LOW', kind: 'constant', signature: 'LOW', doc: { ru: 'Низкий уровень (0, 0 В).', en: 'Low level (0, 0 V).' } },
    { name: 'OUTPUT', kind: 'constant', signature: 'OUTPUT', doc: { ru: 'Режим выхода: плата сама задаёт уровень.', en: 'Output mode: the board drives the level.' } },
    { name: 'INPUT', kind: 'constant', signature: 'INPUT', doc: { ru: 'Режим входа без подтяжки.', en: 'Input mode without a pull-up.' } },
    {
      name: 'INPUT_PULLUP',
      kind: 'constant',
      signature: 'INPUT_PULLUP',
      doc: {
        ru: 'Вход со встроенной подтяжкой к 5 В: без сигнала читается `HIGH`. Удобно для кнопок к GND.',
        en: 'Input with the built-in pull-up to 5 V: reads `HIGH` when nothing drives it. Handy for buttons to GND.',
      },
    },
    {
      name: 'LED_BUILTIN',
      kind: 'constant',
      signature: 'LED_BUILTIN',
      doc: { ru: 'Вывод встроенного светодиода платы (13 на Uno).', en: 'The pin of the board’s built-in LED (13 on the Uno).' },
    },
  ],
};
