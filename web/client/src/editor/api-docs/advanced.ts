import type { ApiGroup } from './types.ts';

export const advanced: ApiGroup = {
  id: 'advanced',
  title: { ru: 'Звук, импульсы, прерывания', en: 'Sound, pulses, interrupts' },
  entries: [
    {
      name: 'tone',
      kind: 'function',
      signature: 'tone(pin, frequency, duration)',
      insert: 'tone(${1:8}, ${2:440}${3:, 200});',
      doc: {
        ru: 'Пищалка звучит с заданной частотой (Гц). Без `duration` звучит, пока не вызовешь `noTone`. Ля первой октавы — 440 Гц.',
        en: 'The buzzer sounds at a frequency (Hz). Without `duration` it sounds until `noTone`. The A above middle C is 440 Hz.',
      },
      params: [
        { name: 'pin', doc: { ru: 'вывод пищалки', en: 'buzzer pin' } },
        { name: 'frequency', doc: { ru: 'частота, Гц', en: 'frequency, Hz' } },
        { name: 'duration', doc: { ru: 'длительность, мс (можно не писать)', en: 'duration, ms (optional)' } },
      ],
      example: 'tone(8, 262, 250); // до / C',
    },
    { name: 'noTone', kind: 'function', signature: 'noTone(pin)', insert: 'noTone(${1:8});', doc: { ru: 'Выключает звук на выводе.', en: 'Stops the sound on a pin.' } },
    {
      name: 'pulseIn',
      kind: 'function',
      signature: 'pulseIn(pin, value, timeout)',
      insert: 'pulseIn(${1:echoPin}, ${2:HIGH})',
      doc: {
        ru: 'Ждёт импульс на выводе и возвращает его длину в микросекундах (0 — не дождались). Так читают дальномер HC-SR04: см = мкс / 58.',
        en: 'Waits for a pulse on a pin and returns its length in microseconds (0 — none came). That is how the HC-SR04 is read: cm = µs / 58.',
      },
      params: [
        { name: 'pin', doc: { ru: 'вывод', en: 'pin' } },
        { name: 'value', doc: { ru: '`HIGH` или `LOW` — какой импульс ждать', en: '`HIGH` or `LOW` — which pulse to wait for' } },
        { name: 'timeout', doc: { ru: 'сколько ждать, мкс (по умолчанию 1 000 000)', en: 'how long to wait, µs (1 000 000 by default)' } },
      ],
      returns: { ru: 'длина импульса, мкс', en: 'pulse length, µs' },
      example: 'long cm = pulseIn(echoPin, HIGH) / 58;',
    },
    {
      name: 'attachInterrupt',
      kind: 'function',
      signature: 'attachInterrupt(interrupt, function, mode)',
      insert: 'attachInterrupt(digitalPinToInterrupt(${1:2}), ${2:onPulse}, ${3:FALLING});',
      doc: {
        ru: 'Вызывает функцию сразу, как меняется сигнал на выводе 2 или 3, даже посреди `delay`. Переменные, которые она меняет, объявляй `volatile`.',
        en: 'Calls a function the moment the signal on pin 2 or 3 changes, even in the middle of `delay`. Declare the variables it changes `volatile`.',
      },
      params: [
        { name: 'interrupt', doc: { ru: '`digitalPinToInterrupt(2)` или `(3)`', en: '`digitalPinToInterrupt(2)` or `(3)`' } },
        { name: 'function', doc: { ru: 'функция без параметров', en: 'a function without parameters' } },
        { name: 'mode', doc: { ru: '`RISING`, `FALLING` или `CHANGE`', en: '`RISING`, `FALLING` or `CHANGE`' } },
      ],
    },
    { name: 'detachInterrupt', kind: 'function', signature: 'detachInterrupt(interrupt)', insert: 'detachInterrupt(digitalPinToInterrupt(${1:2}));', doc: { ru: 'Отключает прерывание.', en: 'Turns an interrupt off.' } },
    {
      name: 'digitalPinToInterrupt',
      kind: 'function',
      signature: 'digitalPinToInterrupt(pin)',
      insert: 'digitalPinToInterrupt(${1:2})',
      doc: { ru: 'Номер прерывания для вывода (2 → 0, 3 → 1).', en: 'The interrupt number of a pin (2 → 0, 3 → 1).' },
    },
    { name: 'RISING', kind: 'constant', signature: 'RISING', doc: { ru: 'Прерывание при переходе LOW → HIGH.', en: 'Interrupt on LOW → HIGH.' } },
    { name: 'FALLING', kind: 'constant', signature: 'FALLING', doc: { ru: 'Прерывание при переходе HIGH → LOW.', en: 'Interrupt on HIGH → LOW.' } },
    { name: 'CHANGE', kind: 'constant', signature: 'CHANGE', doc: { ru: 'Прерывание при любом изменении.', en: 'Interrupt on any change.' } },
    { name: 'setup', kind: 'keyword', signature: 'void setup()', doc: { ru: 'Выполняется один раз при запуске платы.', en: 'Runs once when the board starts.' } },
    { name: 'loop', kind: 'keyword', signature: 'void loop()', doc: { ru: 'Повторяется снова и снова после `setup()`.', en: 'Runs again and again after `setup()`.' } },
  ],
};
