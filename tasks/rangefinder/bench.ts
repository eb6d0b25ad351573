import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Дальномер: an HC-SR04 (TRIG D9, ECHO D10) measures the distance about every 100 ms and the sketch
 * prints it in whole centimetres, one number a line (echo time / 58). No echo (nothing within 4 m,
 * the sensor holds ECHO for 38 ms) → the line OUT. The part ignores triggers < 60 ms apart, so a
 * sketch that pings without a pause gets no echo every other time and prints OUT or 0 in between.
 */
const SONAR = 'sonar';
const parts = [{ kind: 'hc-sr04', id: 'sonar', pins: { trig: 'D9', echo: 'D10' } }] as const;
type T = TypedContext<typeof parts>;
const NUMBER = /^-?\d+(\.\d+)?$/;

interface Line { text: string; at: number }

/** Every line printed over the next `ms` (and any not read yet), with the time it arrived. */
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

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));

/** Puts an obstacle at `cm` (null: none), lets 300 ms pass, then every line of the next `ms` must say `cm` ± 3 %, at least ± 1 cm (or OUT). */
async function expectDistance(t: T, cm: number | null, ms = 400): Promise<void> {
  t.part(SONAR).setDistanceCm(cm);
  // pulseIn reads long pulses a little short, and many students use duration * 0.034 / 2
  // (1 % under /58): ± 3 %, at least ± 1 cm.
  const tol = cm === null ? 0 : Math.max(1, Math.ceil(cm * 0.03));
  await collect(t, 300);
  const lines = await collect(t, ms);
  const want = { ru: cm === null ? 'OUT' : `${cm} (± ${tol})`, en: cm === null ? 'OUT' : `${cm} (± ${tol})` };
  const where = { ru: cm === null ? 'Когда впереди ничего нет (эха нет)' : `При препятствии на ${cm} см`, en: cm === null ? 'With nothing in front (no echo)' : `With an obstacle at ${cm} cm` };
  if (lines.length === 0) {
    return t.fail({
      ru: `${where.ru} скетч должен печатать ${want.ru} примерно каждые 100 мс, но за ${ms} мс не напечатал ни одной строки`,
      en: `${where.en} the sketch should print ${want.en} about every 100 ms, but it printed no line in ${ms} ms`,
    });
  }
  for (const line of lines) {
    const ok = cm === null ? line.text === 'OUT' : NUMBER.test(line.text) && Math.abs(Number(line.text) - cm) <= tol;
    if (!ok) {
      t.fail({
        ru: `${where.ru} скетч должен печатать ${want.ru}, а на ${sec(line.at, 'ru')} с напечатал «${line.text}»`,
        en: `${where.en} the sketch should print ${want.en}, but at ${sec(line.at, 'en')} s it printed "${line.text}"`,
      });
    }
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'numbers',
      title: { ru: 'Каждая строка — одно число', en: 'Every line is one number' },
      points: 10,
      async run(t) {
        const lines = await collect(t, 1000);
        if (lines.length < 3) {
          return t.fail({
            ru: `За первую секунду скетч должен напечатать несколько измерений, а напечатал строк: ${lines.length} (Serial.begin(9600) и Serial.println есть?)`,
            en: `In the first second the sketch should print several measurements, but it printed ${lines.length} line(s) (Serial.begin(9600) and Serial.println?)`,
          });
        }
        for (const line of lines) {
          if (!NUMBER.test(line.text)) {
            t.fail({
              ru: `Препятствие в 100 см: каждая строка должна быть одним числом (например, 100), без слов и «cm», а на ${sec(line.at, 'ru')} с пришла строка «${line.text}»`,
              en: `An obstacle at 100 cm: every line should be one number (like 100), without words or "cm", but at ${sec(line.at, 'en')} s the line was "${line.text}"`,
            });
          }
        }
      },
    },
    {
      id: 'distance',
      title: { ru: 'Препятствие на 50 см — печатает 50', en: 'An obstacle at 50 cm prints 50' },
      points: 20,
      async run(t) {
        await expectDistance(t, 50);
      },
    },
    {
      id: 'follows',
      title: { ru: 'Следит за препятствием: 20, 150, 75 см', en: 'Follows the obstacle: 20, 150, 75 cm' },
      points: 20,
      async run(t) {
        await expectDistance(t, 20);
        await expectDistance(t, 150);
        await expectDistance(t, 75);
      },
    },
    {
      id: 'rate',
      title: { ru: 'Не реже 5 измерений в секунду', en: 'At least 5 measurements a second' },
      points: 10,
      async run(t) {
        t.part(SONAR).setDistanceCm(60);
        await collect(t, 500);
        const lines = await collect(t, 2000);
        t.measure('lines', lines.length, '', { ru: 'Строк за 2 с', en: 'Lines in 2 s' });
        if (lines.length < 10) {
          t.fail({
            ru: `Расстояние нужно измерять примерно каждые 100 мс (не реже 5 раз в секунду), а за 2 с пришло только ${lines.length} строк`,
            en: `The distance should be measured about every 100 ms (at least 5 times a second), but only ${lines.length} lines came in 2 s`,
          });
        }
      },
    },
    {
      id: 'near-far',
      title: { ru: 'Очень близко и очень далеко', en: 'Very near and very far' },
      points: 20,
      hidden: true,
      async run(t) {
        await expectDistance(t, 3);
        await expectDistance(t, 395);
        await expectDistance(t, t.random.int(5, 40));
      },
    },
    {
      id: 'no-echo',
      title: { ru: 'Нет эха — OUT, потом снова числа', en: 'No echo gives OUT, then numbers again' },
      points: 20,
      hidden: true,
      async run(t) {
        await expectDistance(t, 120);
        await expectDistance(t, null);
        await expectDistance(t, t.random.int(60, 90));
      },
    },
  ],
});
