import type { ApiGroup, ApiEntry } from './types.ts';

/*
 * The kit robot library. PROVISIONAL names until firmware-templates/libraries ships the real one
 * (issue 3); when it lands, this file is the only one to change.
 */
const m = (e: Omit<ApiEntry, 'kind' | 'owner'>): ApiEntry => ({ kind: 'method', owner: 'Robot', ...e });

export const robot: ApiGroup = {
  id: 'robot',
  title: { ru: 'Робот из набора', en: 'The kit robot' },
  entries: [
    {
      name: 'Robot',
      kind: 'class',
      signature: 'Robot robot;',
      insert: 'Robot ${1:robot};',
      doc: {
        ru: 'Робот из набора: два мотора через драйвер L298N и датчики. Подключи `#include <Robot.h>`.',
        en: 'The kit robot: two motors through an L298N driver, and sensors. Include `#include <Robot.h>`.',
      },
    },
    m({ name: 'begin', signature: 'robot.begin()', insert: 'begin();', doc: { ru: 'Настраивает выводы моторов и датчиков. Вызывай в `setup()`.', en: 'Sets up the motor and sensor pins. Call it in `setup()`.' } }),
    m({
      name: 'drive',
      signature: 'robot.drive(left, right)',
      insert: 'drive(${1:150}, ${2:150});',
      doc: { ru: 'Скорость левого и правого мотора: от −255 (назад) до 255 (вперёд).', en: 'Left and right motor speed: from −255 (back) to 255 (forward).' },
    }),
    m({ name: 'forward', signature: 'robot.forward(speed)', insert: 'forward(${1:150});', doc: { ru: 'Едет вперёд с заданной скоростью 0–255.', en: 'Drives forward at a speed 0–255.' } }),
    m({ name: 'backward', signature: 'robot.backward(speed)', insert: 'backward(${1:150});', doc: { ru: 'Едет назад.', en: 'Drives backward.' } }),
    m({ name: 'turnLeft', signature: 'robot.turnLeft(speed)', insert: 'turnLeft(${1:120});', doc: { ru: 'Поворачивает на месте влево.', en: 'Turns left on the spot.' } }),
    m({ name: 'turnRight', signature: 'robot.turnRight(speed)', insert: 'turnRight(${1:120});', doc: { ru: 'Поворачивает на месте вправо.', en: 'Turns right on the spot.' } }),
    m({ name: 'stop', signature: 'robot.stop()', insert: 'stop();', doc: { ru: 'Останавливает оба мотора.', en: 'Stops both motors.' } }),
    m({ name: 'lineLeft', signature: 'robot.lineLeft()', insert: 'lineLeft()', doc: { ru: 'Левый датчик линии: около 100 на белом, около 900 на чёрном.', en: 'Left line sensor: about 100 on white, about 900 on black.' } }),
    m({ name: 'lineRight', signature: 'robot.lineRight()', insert: 'lineRight()', doc: { ru: 'Правый датчик линии: около 100 на белом, около 900 на чёрном.', en: 'Right line sensor: about 100 on white, about 900 on black.' } }),
    m({ name: 'distance', signature: 'robot.distance()', insert: 'distance()', doc: { ru: 'Расстояние до препятствия по дальномеру, см (0 — нет эха).', en: 'Distance to an obstacle from the sonar, cm (0 — no echo).' } }),
    m({ name: 'bumper', signature: 'robot.bumper()', insert: 'bumper()', doc: { ru: '`true`, когда бампер во что-то упёрся.', en: '`true` while the bumper touches something.' } }),
  ],
};
