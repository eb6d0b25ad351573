import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * SOS: the LED on D13 signals · · · — — — · · · in Morse code, over and over. A dot is 200 ms,
 * a dash 3 dots (600 ms), the pause inside a letter 1 dot (200 ms), between letters 3 dots
 * (600 ms), between words 7 dots (1400 ms). One SOS with its word gap takes 6800 ms. Every stretch
 * is checked with a margin of MARGIN ms at each end, so microseconds between calls never matter.
 */
const DOT = 200;
const CYCLE = 6800;
const MARGIN = 40;

interface Phase {
  from: number;
  to: number;
  on: boolean;
}

/** The stretches of one SOS, built from the Morse rules. */
function buildPhases(): Phase[] {
  const phases: Phase[] = [];
  let at = 0;
  const push = (len: number, on: boolean) => {
    phases.push({ from: at, to: at + len, on });
    at += len;
  };
  const letters = ['...', '---', '...'];
  letters.forEach((letter, li) => {
    [...letter].forEach((sign, si) => {
      push(sign === '.' ? DOT : 3 * DOT, true);
      if (si < letter.length - 1) push(DOT, false);
    });
    push(li < letters.length - 1 ? 3 * DOT : 7 * DOT, false);
  });
  return phases;
}
const PHASES = buildPhases();

/** Checks the LED over every stretch that overlaps [from, to) of the SOS starting at `offset`. */
function checkPhases(t: CommonContext, from: number, to: number, offset = 0): void {
  for (const phase of PHASES.filter((p) => p.from < to && p.to > from)) {
    const window = { from: offset + phase.from + MARGIN, to: offset + phase.to - MARGIN };
    if (phase.on) t.expect.pin('led').staysHigh(window);
    else t.expect.pin('led').staysLow(window);
  }
}

export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'yellow' }],
  tests: [
    {
      id: 'output',
      title: { ru: 'D13 — выход, сигнал начинается с точки', en: 'D13 is an output, the signal starts with a dot' },
      points: 10,
      async run(t) {
        await t.runMs(300);
        t.expect.pin('led').isOutput();
        checkPhases(t, 0, 300);
      },
    },
    {
      id: 'first-s',
      title: { ru: 'Буква S: три точки по 200 мс', en: 'Letter S: three dots of 200 ms' },
      points: 20,
      async run(t) {
        await t.runMs(1700);
        checkPhases(t, 0, 1600);
      },
    },
    {
      id: 'o',
      title: { ru: 'Буква O: три тире по 600 мс', en: 'Letter O: three dashes of 600 ms' },
      points: 25,
      async run(t) {
        await t.runMs(4500);
        checkPhases(t, 0, 4400);
      },
    },
    {
      id: 'whole-sos',
      title: { ru: 'Всё SOS и пауза между словами 1400 мс', en: 'The whole SOS and a 1400 ms word gap' },
      points: 25,
      async run(t) {
        await t.runMs(CYCLE + 100);
        checkPhases(t, 0, CYCLE);
      },
    },
    {
      id: 'repeats',
      title: { ru: 'SOS повторяется снова и снова', en: 'SOS repeats again and again' },
      points: 20,
      hidden: true,
      async run(t) {
        await t.runMs(3 * CYCLE + 100);
        checkPhases(t, 0, CYCLE, CYCLE);
        checkPhases(t, 0, CYCLE, 2 * CYCLE);
      },
    },
  ],
});
