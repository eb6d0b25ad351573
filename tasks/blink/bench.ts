import { defineBench } from '../../judge/bench/index.ts';

/**
 * Маячок: the LED on D13 blinks at 1 Hz (500 ms on, 500 ms off). Every timing test first checks
 * pinMode: without OUTPUT the pin only switches its pull-up and the LED stays practically dark,
 * so a timing pass there would be a lie.
 */
export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'red' }],
  tests: [
    {
      id: 'output',
      title: { ru: 'D13 настроен как выход', en: 'D13 is an output' },
      points: 10,
      async run(t) {
        await t.runMs(100);
        t.expect.pin('led').isOutput();
      },
    },
    {
      id: 'toggles',
      title: { ru: 'Светодиод переключается каждые 500 мс', en: 'The LED toggles every 500 ms' },
      points: 30,
      async run(t) {
        await t.runMs(3000);
        t.expect.pin('led').isOutput();
        t.expect.pin('led').togglesEvery(500, { tolerance: 20 });
      },
    },
    {
      id: 'period',
      title: { ru: 'Одна вспышка в секунду (1 Гц)', en: 'One flash per second (1 Hz)' },
      points: 20,
      async run(t) {
        await t.runMs(5000);
        t.expect.pin('led').isOutput();
        t.expect.pin('led').hasPeriod(1000, { tolerance: 20 });
      },
    },
    {
      id: 'duty',
      title: { ru: 'Горит половину времени', en: 'On half of the time' },
      points: 20,
      async run(t) {
        await t.runMs(5000);
        t.expect.pin('led').isOutput();
        t.expect.pin('led').hasDuty(50, { tolerance: 3, from: 1000 });
      },
    },
    {
      id: 'steady',
      title: { ru: 'Мигает и через 10 секунд', en: 'Still blinking after 10 seconds' },
      points: 20,
      hidden: true,
      async run(t) {
        await t.runMs(11000);
        t.expect.pin('led').isOutput();
        t.expect.pin('led').togglesEvery(500, { tolerance: 20, from: 8000 });
      },
    },
  ],
});
