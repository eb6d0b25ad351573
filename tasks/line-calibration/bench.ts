import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Калибровка датчика линии: a line sensor's AO on A0 (raw = black + (white − black)·r, noise off).
 * For the first 3 s the sketch records the minimum (white) and maximum (black) reading; the bench
 * moves the sensor over white and black (and grey, which must not matter) inside that window.
 * Then the first line is the threshold (min + max) / 2 (± 3), and every later line is B (raw >
 * threshold) or W. Hidden tests use other floors and surfaces close to the threshold.
 */
const parts = [{ kind: 'line-sensor', id: 'eye', pins: { ao: 'A0' }, noise: 0 }] as const;
type T = TypedContext<typeof parts>;
const NUMBER = /^-?\d+(\.\d+)?$/;

interface Floor { white: number; black: number }
interface Line { text: string; at: number }

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));

/** Every line printed over the next `ms`, with the time it arrived. */
async function collect(t: T, ms: number): Promise<Line[]> {
  const end = t.nowMs + ms;
  const out: Line[] = [];
  while (t.nowMs < end) {
    const line = await t.serial.nextLine({ timeoutMs: end - t.nowMs });
    if (line === null) break;
    out.push({ text: line.trim(), at: t.nowMs });
  }
  return out;
}

/** Reflectance that gives the raw reading `raw` on `floor`. */
const reflectanceFor = (floor: Floor, raw: number) => (floor.black - raw) / (floor.black - floor.white);

/**
 * Runs the calibration window: `steps` are [reflectance, ms] in order (they must end before 3 s);
 * then waits for the threshold line and checks it is the midpoint of white and black.
 */
async function calibrate(t: T, floor: Floor, steps: [number, number][]): Promise<number> {
  for (const [r, ms] of steps) {
    t.part('eye').setReflectance(r);
    await t.runMs(ms);
  }
  const want = Math.round((floor.white + floor.black) / 2);
  const line = await t.serial.nextLine({ timeoutMs: 1500 });
  if (line === null) {
    t.fail({
      ru: `Через 3 с после включения скетч должен напечатать порог ${want}, но до ${sec(t.nowMs, 'ru')} с не напечатал ничего (Serial.begin(9600) есть?)`,
      en: `3 s after power-on the sketch should print the threshold ${want}, but by ${sec(t.nowMs, 'en')} s it printed nothing (Serial.begin(9600)?)`,
    });
  }
  const text = line!.trim();
  if (!NUMBER.test(text) || Math.abs(Number(text) - want) > 3) {
    t.fail({
      ru: `Белое давало ${floor.white}, чёрное ${floor.black}, значит порог — середина: (${floor.white} + ${floor.black}) / 2 = ${want}. Первой строкой скетч должен напечатать ${want} (± 3), а напечатал «${text}»`,
      en: `White read ${floor.white} and black ${floor.black}, so the threshold is the midpoint: (${floor.white} + ${floor.black}) / 2 = ${want}. The first line should be ${want} (± 3), but it was "${text}"`,
    });
  }
  return want;
}

/** Puts the sensor over a surface reading `raw`, skips 400 ms, then every line of 800 ms must be B or W as it should. */
async function expectColour(t: T, floor: Floor, raw: number, threshold: number): Promise<void> {
  t.part('eye').setReflectance(reflectanceFor(floor, raw));
  await collect(t, 400);
  const lines = await collect(t, 800);
  const want = raw > threshold ? 'B' : 'W';
  const what = { ru: want === 'B' ? 'чёрное' : 'белое', en: want === 'B' ? 'black' : 'white' };
  if (lines.length === 0) {
    return t.fail({
      ru: `После калибровки скетч должен печатать B или W примерно каждые 200 мс, но за 0,8 с не напечатал ни строки`,
      en: `After calibration the sketch should print B or W about every 200 ms, but it printed no line in 0.8 s`,
    });
  }
  for (const line of lines) {
    if (line.text !== want) {
      return t.fail({
        ru: `Датчик показывает ${raw} при пороге ${threshold} — это ${what.ru}, надо печатать ${want}, а на ${sec(line.at, 'ru')} с скетч напечатал «${line.text}»`,
        en: `The sensor reads ${raw} with the threshold ${threshold} — that is ${what.en}, so ${want} is due, but at ${sec(line.at, 'en')} s the sketch printed "${line.text}"`,
      });
    }
  }
}

const STANDARD: Floor = { white: 100, black: 900 };

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'threshold',
      title: { ru: 'Порог — середина между белым (100) и чёрным (900)', en: 'The threshold is the midpoint of white (100) and black (900)' },
      points: 20,
      async run(t) {
        await calibrate(t, STANDARD, [[1, 1200], [0, 1200], [0.5, 500]]);
      },
    },
    {
      id: 'black-white',
      title: { ru: 'После калибровки: белое — W, чёрное — B', en: 'After calibration: white — W, black — B' },
      points: 20,
      async run(t) {
        const th = await calibrate(t, STANDARD, [[1, 1200], [0, 1200], [0.5, 500]]);
        await expectColour(t, STANDARD, 100, th);
        await expectColour(t, STANDARD, 900, th);
        await expectColour(t, STANDARD, 120, th);
      },
    },
    {
      id: 'other-floor',
      title: { ru: 'Другое поле: белое 250, чёрное 650', en: 'Another floor: white 250, black 650' },
      points: 20,
      parts: { eye: { white: 250, black: 650 } },
      async run(t) {
        const floor = { white: 250, black: 650 };
        const th = await calibrate(t, floor, [[1, 1000], [0, 1000], [1, 700]]);
        await expectColour(t, floor, 650, th);
        await expectColour(t, floor, 250, th);
        await expectColour(t, floor, 480, th);
      },
    },
    {
      id: 'black-first',
      title: { ru: 'Сначала чёрное, потом белое; серое рядом с порогом', en: 'Black first, then white; grey close to the threshold' },
      points: 20,
      hidden: true,
      parts: { eye: { white: 300, black: 700, reflectance: 0 } },
      async run(t) {
        const floor = { white: 300, black: 700 };
        const th = await calibrate(t, floor, [[0, 1300], [1, 1400]]);
        await expectColour(t, floor, 540, th);
        await expectColour(t, floor, 460, th);
      },
    },
    {
      id: 'dark-floor',
      title: { ru: 'Тёмное поле: белое 550, чёрное 950', en: 'A dark floor: white 550, black 950' },
      points: 20,
      hidden: true,
      parts: { eye: { white: 550, black: 950, reflectance: 0.5 } },
      async run(t) {
        const floor = { white: 550, black: 950 };
        const th = await calibrate(t, floor, [[0.5, 400], [1, 900], [0.3, 300], [0, 900], [0.6, 300]]);
        await expectColour(t, floor, 700, th);
        await expectColour(t, floor, 800, th);
        await expectColour(t, floor, 560, th);
      },
    },
  ],
});
