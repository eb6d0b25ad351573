import type { ApiGroup, ApiEntry } from './types.ts';

/** The kit robot library (firmware-templates/libraries/TechnolabRobot): Motor, Drive, Sonar, LineSensor. */
const m = (owner: string, e: Omit<ApiEntry, 'kind' | 'owner'>): ApiEntry => ({ kind: 'method', owner, ...e });
const speed = { name: 'speed', doc: { ru: 'от −255 (полный назад) до 255 (полный вперёд)', en: 'from −255 (full back) to 255 (full forward)' } };

export const robot: ApiGroup = {
  id: 'robot',
  title: { ru: 'Робот из набора (TechnolabRobot)', en: 'The kit robot (TechnolabRobot)' },
  entries: [
    {
      name: 'Motor',
      kind: 'class',
      signature: 'Motor name(enPin, in1Pin, in2Pin);',
      insert: 'Motor ${1:left}(${2:5}, ${3:7}, ${4:8});',
      doc: {
        ru: 'Мотор через драйвер L298N: вывод EN (ШИМ, скорость) и выводы IN1, IN2 (направление). Подключи `#include <TechnolabRobot.h>`.',
        en: 'A motor through the L298N driver: the EN pin (PWM, speed) and the IN1, IN2 pins (direction). Include `#include <TechnolabRobot.h>`.',
      },
      example: '#include <TechnolabRobot.h>\nMotor left(5, 7, 8);\nMotor right(6, 4, 11);',
    },
    m('Motor', { name: 'begin', signature: 'motor.begin()', insert: 'begin();', doc: { ru: 'Настраивает выводы мотора. Вызывай в `setup()`.', en: 'Sets up the motor’s pins. Call it in `setup()`.' } }),
    m('Motor', {
      name: 'run',
      signature: 'motor.run(speed)',
      insert: 'run(${1:200});',
      doc: { ru: 'Крутит мотор: знак — направление, величина — скорость.', en: 'Turns the motor: the sign is the direction, the size is the speed.' },
      params: [speed],
    }),
    m('Motor', { name: 'brake', signature: 'motor.brake()', insert: 'brake();', doc: { ru: 'Резко тормозит мотор.', en: 'Brakes the motor hard.' } }),
    m('Motor', { name: 'coast', signature: 'motor.coast()', insert: 'coast();', doc: { ru: 'Отключает мотор: колесо докручивается по инерции.', en: 'Switches the motor off: the wheel rolls on freely.' } }),
    m('Motor', { name: 'speed', signature: 'motor.speed()', insert: 'speed()', doc: { ru: 'Последняя заданная скорость.', en: 'The last speed set.' } }),
    {
      name: 'Drive',
      kind: 'class',
      signature: 'Drive name(leftMotor, rightMotor);',
      insert: 'Drive ${1:robot}(${2:left}, ${3:right});',
      doc: { ru: 'Два мотора вместе: едет, поворачивает, останавливается.', en: 'Two motors together: drives, turns, stops.' },
      example: 'Drive robot(left, right);\nvoid setup() { robot.begin(); }',
    },
    m('Drive', { name: 'begin', signature: 'robot.begin()', insert: 'begin();', doc: { ru: 'Настраивает оба мотора. Вызывай в `setup()`.', en: 'Sets up both motors. Call it in `setup()`.' } }),
    m('Drive', { name: 'forward', signature: 'robot.forward(speed)', insert: 'forward(${1:150});', doc: { ru: 'Едет вперёд с заданной скоростью 0–255.', en: 'Drives forward at a speed 0–255.' } }),
    m('Drive', { name: 'backward', signature: 'robot.backward(speed)', insert: 'backward(${1:150});', doc: { ru: 'Едет назад.', en: 'Drives backward.' } }),
    m('Drive', { name: 'turnLeft', signature: 'robot.turnLeft(speed)', insert: 'turnLeft(${1:120});', doc: { ru: 'Поворачивает на месте налево.', en: 'Turns left on the spot.' } }),
    m('Drive', { name: 'turnRight', signature: 'robot.turnRight(speed)', insert: 'turnRight(${1:120});', doc: { ru: 'Поворачивает на месте направо.', en: 'Turns right on the spot.' } }),
    m('Drive', {
      name: 'tank',
      signature: 'robot.tank(left, right)',
      insert: 'tank(${1:150}, ${2:150});',
      doc: { ru: 'Своя скорость каждому колесу (−255…255) — основа езды по линии.', en: 'Each wheel its own speed (−255…255) — the basis of line following.' },
    }),
    m('Drive', { name: 'stop', signature: 'robot.stop()', insert: 'stop();', doc: { ru: 'Тормозит оба мотора.', en: 'Brakes both motors.' } }),
    m('Drive', { name: 'coast', signature: 'robot.coast()', insert: 'coast();', doc: { ru: 'Отключает оба мотора (катится по инерции).', en: 'Switches both motors off (rolls on).' } }),
    {
      name: 'Sonar',
      kind: 'class',
      signature: 'Sonar name(trigPin, echoPin);',
      insert: 'Sonar ${1:sonar}(${2:12}, ${3:13});',
      doc: { ru: 'Ультразвуковой дальномер HC-SR04: выводы TRIG и ECHO.', en: 'The HC-SR04 ultrasonic range finder: the TRIG and ECHO pins.' },
    },
    m('Sonar', { name: 'begin', signature: 'sonar.begin()', insert: 'begin();', doc: { ru: 'Настраивает выводы дальномера.', en: 'Sets up the sonar’s pins.' } }),
    m('Sonar', {
      name: 'readCm',
      signature: 'sonar.readCm()',
      insert: 'readCm()',
      doc: { ru: 'Расстояние до препятствия в сантиметрах; 0 — эхо не вернулось. Между замерами нужно 60 мс.', en: 'Distance to an obstacle in centimetres; 0 — no echo came back. Measurements need 60 ms between them.' },
      returns: { ru: 'сантиметры', en: 'centimetres' },
    }),
    {
      name: 'LineSensor',
      kind: 'class',
      signature: 'LineSensor name(analogPin, threshold);',
      insert: 'LineSensor ${1:leftLine}(${2:A0});',
      doc: { ru: 'Датчик линии на аналоговом входе: на белом около 100, на чёрном около 900.', en: 'A line sensor on an analog input: about 100 on white, about 900 on black.' },
    },
    m('LineSensor', { name: 'read', signature: 'sensor.read()', insert: 'read()', doc: { ru: 'Показание датчика 0–1023.', en: 'The sensor’s reading 0–1023.' } }),
    m('LineSensor', { name: 'isBlack', signature: 'sensor.isBlack()', insert: 'isBlack()', doc: { ru: '`true`, когда под датчиком чёрная линия (показание выше порога).', en: '`true` when the sensor is over the black line (reading above the threshold).' } }),
    m('LineSensor', { name: 'setThreshold', signature: 'sensor.setThreshold(value)', insert: 'setThreshold(${1:500});', doc: { ru: 'Задаёт порог между белым и чёрным.', en: 'Sets the threshold between white and black.' } }),
    m('LineSensor', { name: 'threshold', signature: 'sensor.threshold()', insert: 'threshold()', doc: { ru: 'Текущий порог.', en: 'The current threshold.' } }),
  ],
};
