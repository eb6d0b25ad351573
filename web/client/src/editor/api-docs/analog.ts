import type { ApiGroup } from './types.ts';

export const analog: ApiGroup = {
  id: 'analog',
  title: { ru: 'Аналоговые входы и ШИМ', en: 'Analog inputs and PWM' },
  entries: [
    {
      name: 'analogRead',
      kind: 'function',
      signature: 'analogRead(pin)',
      insert: 'analogRead(${1:A0})',
      doc: {
        ru: 'Измеряет напряжение на аналоговом входе A0–A5 и возвращает число от 0 (0 В) до 1023 (5 В).',
        en: 'Measures the voltage on analog input A0–A5 and returns a number from 0 (0 V) to 1023 (5 V).',
      },
      params: [{ name: 'pin', doc: { ru: '`A0`–`A5`', en: '`A0`–`A5`' } }],
      returns: { ru: 'число 0–1023', en: 'a number 0–1023' },
      example: 'int value = analogRead(A0);',
    },
    {
      name: 'analogWrite',
      kind: 'function',
      signature: 'analogWrite(pin, value)',
      insert: 'analogWrite(${1:9}, ${2:128});',
      doc: {
        ru: 'Включает ШИМ: вывод быстро мигает, и светодиод горит с яркостью от 0 (выключен) до 255 (полностью). Работает на выводах 3, 5, 6, 9, 10, 11.',
        en: 'Turns on PWM: the pin blinks fast, so an LED glows from 0 (off) to 255 (full). Works on pins 3, 5, 6, 9, 10, 11.',
      },
      params: [
        { name: 'pin', doc: { ru: 'вывод с ШИМ: 3, 5, 6, 9, 10, 11', en: 'a PWM pin: 3, 5, 6, 9, 10, 11' } },
        { name: 'value', doc: { ru: 'заполнение 0–255', en: 'duty 0–255' } },
      ],
      example: 'analogWrite(9, 128); // половина яркости / half brightness',
    },
    ...(['A0', 'A1', 'A2', 'A3', 'A4', 'A5'] as const).map((pin) => ({
      name: pin,
      kind: 'constant' as const,
      signature: pin,
      doc: { ru: `Аналоговый вход ${pin} (он же цифровой ${14 + Number(pin[1])}).`, en: `Analog input ${pin} (also digital ${14 + Number(pin[1])}).` },
    })),
  ],
};
