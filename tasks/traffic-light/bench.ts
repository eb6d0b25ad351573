import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Светофор: red 4 s → red + yellow 1 s → green 4 s → green blinks 3 times (0.5 s off, 0.5 s on)
 * → yellow 1 s → again. One cycle is 13 s. The phases are checked with a margin of MARGIN ms at
 * each edge, so the few microseconds between two digitalWrite calls never matter.
 */
const CYCLE = 13_000;
const MARGIN = 50;
type Light = 'red' | 'yellow' | 'green';
interface Phase {
  from: number;
  to: number;
  on: Light[];
}
const PHASES: Phase[] = [
  { from: 0, to: 4000, on: ['red'] },
  { from: 4000, to: 5000, on: ['red', 'yellow'] },
  { from: 5000, to: 9000, on: ['green'] },
  { from: 9000, to: 9500, on: [] },
  { from: 9500, to: 10000, on: ['green'] },
  { from: 10000, to: 10500, on: [] },
  { from: 10500, to: 11000, on: ['green'] },
  { from: 11000, to: 11500, on: [] },
  { from: 11500, to: 12000, on: ['green'] },
  { from: 12000, to: 13000, on: ['yellow'] },
];
const LIGHTS: Light[] = ['red', 'yellow', 'green'];

/** Checks every light over the phases that overlap [from, to) of the cycle starting at `offset`. */
function checkPhases(t: CommonContext, from: number, to: number, offset = 0): void {
  for (const phase of PHASES.filter((p) => p.from < to && p.to > from)) {
    const window = { from: offset + phase.from + MARGIN, to: offset + phase.to - MARGIN };
    for (const light of LIGHTS) {
      if (phase.on.includes(light)) t.expect.pin(light).staysHigh(window);
      else t.expect.pin(light).staysLow(window);
    }
  }
}

export default defineBench({
  parts: [
    { kind: 'led', id: 'red', pins: { anode: 'D12' }, color: 'red' },
    { kind: 'led', id: 'yellow', pins: { anode: 'D11' }, color: 'yellow' },
    { kind: 'led', id: 'green', pins: { anode: 'D10' }, color: 'green' },
  ],
  tests: [
    {
      id: 'outputs',
      title: { ru: 'Три вывода — выходы, сначала горит красный', en: 'Three outputs, red comes first' },
      points: 10,
      async run(t) {
        await t.runMs(500);
        for (const light of LIGHTS) t.expect.pin(light).isOutput();
        checkPhases(t, 0, 500);
      },
    },
    {
      id: 'red',
      title: { ru: 'Красный 4 с, затем красный с жёлтым 1 с', en: 'Red for 4 s, then red and yellow for 1 s' },
      points: 20,
      async run(t) {
        await t.runMs(5100);
        checkPhases(t, 0, 5000);
      },
    },
    {
      id: 'green',
      title: { ru: 'Зелёный 4 с', en: 'Green for 4 s' },
      points: 20,
      async run(t) {
        await t.runMs(9100);
        checkPhases(t, 0, 9000);
      },
    },
    {
      id: 'blink',
      title: { ru: 'Зелёный мигает три раза', en: 'Green blinks three times' },
      points: 20,
      async run(t) {
        await t.runMs(12_200);
        t.expect.pin('green').pulsesLow(500, { tolerance: 30, from: 8900, count: 3 });
        // Up to 12.2 s: the start of the yellow phase shows a fourth blink.
        checkPhases(t, 0, 12_200);
      },
    },
    {
      id: 'yellow',
      title: { ru: 'Жёлтый 1 с в конце цикла', en: 'Yellow for 1 s at the end of the cycle' },
      points: 15,
      async run(t) {
        await t.runMs(CYCLE + 100);
        checkPhases(t, 0, CYCLE);
      },
    },
    {
      id: 'second-cycle',
      title: { ru: 'Второй цикл такой же, как первый', en: 'The second cycle is the same as the first' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(2 * CYCLE + 100);
        checkPhases(t, 0, CYCLE, CYCLE);
      },
    },
  ],
});
