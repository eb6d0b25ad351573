import type { ApiGroup } from './types.ts';

export const servo: ApiGroup = {
  id: 'servo',
  title: { ru: 'Сервопривод (Servo)', en: 'Servo' },
  entries: [
    {
      name: 'Servo',
      kind: 'class',
      signature: 'Servo name;',
      insert: 'Servo ${1:servo};',
      doc: {
        ru: 'Сервопривод. Подключи библиотеку `#include <Servo.h>`, объяви переменную и вызови `attach` в `setup()`.',
        en: 'A servo motor. Include `#include <Servo.h>`, declare a variable and call `attach` in `setup()`.',
      },
      example: '#include <Servo.h>\nServo servo;\nvoid setup() { servo.attach(9); }',
    },
    {
      name: 'attach',
      kind: 'method',
      owner: 'Servo',
      signature: 'servo.attach(pin)',
      insert: 'attach(${1:9});',
      doc: { ru: 'Подключает сервопривод к выводу.', en: 'Connects the servo to a pin.' },
    },
    {
      name: 'write',
      kind: 'method',
      owner: 'Servo',
      signature: 'servo.write(angle)',
      insert: 'write(${1:90});',
      doc: { ru: 'Поворачивает вал на угол от 0 до 180 градусов.', en: 'Turns the shaft to an angle from 0 to 180 degrees.' },
      params: [{ name: 'angle', doc: { ru: 'угол 0–180°', en: 'angle 0–180°' } }],
    },
    {
      name: 'writeMicroseconds',
      kind: 'method',
      owner: 'Servo',
      signature: 'servo.writeMicroseconds(us)',
      insert: 'writeMicroseconds(${1:1500});',
      doc: { ru: 'Задаёт длину импульса: 544–2400 мкс, 1500 — середина.', en: 'Sets the pulse length: 544–2400 µs, 1500 is the middle.' },
    },
    { name: 'read', kind: 'method', owner: 'Servo', signature: 'servo.read()', insert: 'read()', doc: { ru: 'Последний заданный угол.', en: 'The last angle written.' } },
    { name: 'detach', kind: 'method', owner: 'Servo', signature: 'servo.detach()', insert: 'detach();', doc: { ru: 'Отключает сервопривод от вывода.', en: 'Disconnects the servo from its pin.' } },
  ],
};
