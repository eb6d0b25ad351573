import type { ApiGroup, ApiEntry } from './types.ts';

const m = (e: Omit<ApiEntry, 'kind' | 'owner'>): ApiEntry => ({ kind: 'method', owner: 'Serial', ...e });

export const serial: ApiGroup = {
  id: 'serial',
  title: { ru: 'Последовательный порт', en: 'Serial port' },
  entries: [
    {
      name: 'Serial',
      kind: 'class',
      signature: 'Serial',
      doc: {
        ru: 'Последовательный порт: связь платы с компьютером. Что печатает скетч, видно в «Мониторе порта».',
        en: 'The serial port: the board talks to the computer. What the sketch prints shows in the “Serial monitor”.',
      },
    },
    m({
      name: 'begin',
      signature: 'Serial.begin(speed)',
      insert: 'begin(${1:9600});',
      doc: { ru: 'Включает порт с заданной скоростью (бод). Вызывай в `setup()`.', en: 'Opens the port at a speed (baud). Call it in `setup()`.' },
      params: [{ name: 'speed', doc: { ru: 'скорость, обычно 9600', en: 'speed, usually 9600' } }],
      example: 'Serial.begin(9600);',
    }),
    m({
      name: 'print',
      signature: 'Serial.print(value)',
      insert: 'print(${1:value});',
      doc: { ru: 'Печатает текст или число без перевода строки.', en: 'Prints text or a number without a line break.' },
      params: [{ name: 'value', doc: { ru: 'текст в кавычках или число', en: 'text in quotes or a number' } }],
      example: 'Serial.print("t = ");',
    }),
    m({
      name: 'println',
      signature: 'Serial.println(value)',
      insert: 'println(${1:value});',
      doc: {
        ru: 'Печатает текст или число и переводит строку. Числа через пробел или запятую рисует «Плоттер».',
        en: 'Prints text or a number and a line break. Numbers separated by spaces or commas are drawn by the “Plotter”.',
      },
      example: 'Serial.println(analogRead(A0));',
    }),
    m({
      name: 'write',
      signature: 'Serial.write(byte)',
      insert: 'write(${1:byte});',
      doc: { ru: 'Отправляет один байт (или строку) как есть.', en: 'Sends one byte (or a string) as it is.' },
    }),
    m({
      name: 'available',
      signature: 'Serial.available()',
      insert: 'available()',
      doc: { ru: 'Сколько байт пришло и ждёт чтения. 0 — ничего нет.', en: 'How many bytes have arrived and wait to be read. 0 — nothing.' },
      returns: { ru: 'число байт', en: 'number of bytes' },
      example: 'if (Serial.available() > 0) { char c = Serial.read(); }',
    }),
    m({
      name: 'read',
      signature: 'Serial.read()',
      insert: 'read()',
      doc: { ru: 'Читает один пришедший байт; −1, если ничего нет.', en: 'Reads one received byte; −1 if there is none.' },
      returns: { ru: 'байт 0–255 или −1', en: 'a byte 0–255 or −1' },
    }),
    m({
      name: 'peek',
      signature: 'Serial.peek()',
      insert: 'peek()',
      doc: { ru: 'Смотрит следующий байт, не забирая его.', en: 'Looks at the next byte without taking it.' },
    }),
    m({
      name: 'readStringUntil',
      signature: 'Serial.readStringUntil(terminator)',
      insert: "readStringUntil('${1:\\n}')",
      doc: { ru: 'Читает строку до символа-разделителя (например, `\'\\n\'`).', en: 'Reads a string up to a terminator character (e.g. `\'\\n\'`).' },
      returns: { ru: '`String`', en: '`String`' },
    }),
    m({
      name: 'parseInt',
      signature: 'Serial.parseInt()',
      insert: 'parseInt()',
      doc: { ru: 'Читает из порта целое число.', en: 'Reads a whole number from the port.' },
      returns: { ru: '`long`', en: '`long`' },
    }),
    m({
      name: 'setTimeout',
      signature: 'Serial.setTimeout(ms)',
      insert: 'setTimeout(${1:100});',
      doc: { ru: 'Сколько ждать данных в `readString…` и `parseInt` (по умолчанию 1000 мс).', en: 'How long `readString…` and `parseInt` wait for data (1000 ms by default).' },
    }),
  ],
};
