import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Плоттер: a potentiometer on A0 and a photoresistor on A1 (5 V — LDR — A1 — 10 kΩ — GND, brighter →
 * higher). Every 50 ms the sketch prints one line in the Arduino Serial Plotter format
 * `pot:<A0>,light:<A1>`. Values are checked against the parts' voltages (± 4 steps); after each
 * change the first 150 ms of lines are not judged. The pot and the light always differ by far more
 * than the tolerance, so swapped values are caught.
 */
const parts = [
  { kind: 'potentiometer', id: 'knob', pins: { wiper: 'A0' } },
  { kind: 'photoresistor', id: 'ldr', pins: { out: 'A1' } },
] as const;
type T = TypedContext<typeof parts>;
const LINE = /^pot:\s*(\d+)\s*,\s*light:\s*(\d+)$/;
const TOLERANCE = 4;

interface Line { text: string; at: number }

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

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));
const raw = (volts: number) => Math.min(1023, Math.round((volts / 5) * 1023));

/** Fails unless the line is `pot:N,light:M`; returns [pot, light]. */
function parse(t: T, line: Line): [number, number] | undefined {
  const m = LINE.exec(line.text);
  if (!m) {
    t.fail({
      ru: `Каждая строка должна выглядеть так: pot:512,light:300 (подписи, двоеточия, запятая между значениями), а на ${sec(line.at, 'ru')} с пришла строка «${line.text}»`,
      en: `Every line should look like pot:512,light:300 (labels, colons, a comma between the values), but at ${sec(line.at, 'en')} s the line was "${line.text}"`,
    });
    return undefined;
  }
  return [Number(m[1]), Number(m[2])];
}

/** Sets the knob and the light, skips 150 ms, then every line of the next 500 ms must show them. */
async function expectValues(t: T, position: number, lux: number): Promise<void> {
  t.part('knob').setPosition(position);
  t.part('ldr').setLux(lux);
  const pot = raw(t.part('knob').volts());
  const light = raw(t.part('ldr').volts());
  await collect(t, 150);
  const lines = await collect(t, 500);
  if (lines.length < 5) {
    return t.fail({
      ru: `Скетч должен печатать строку каждые 50 мс, а за 0,5 с напечатал строк: ${lines.length} (Serial.begin(9600) и Serial.println есть?)`,
      en: `The sketch should print a line every 50 ms, but in 0.5 s it printed ${lines.length} line(s) (Serial.begin(9600) and Serial.println?)`,
    });
  }
  for (const line of lines) {
    const values = parse(t, line);
    if (!values) return;
    const [p, l] = values;
    if (Math.abs(p - pot) > TOLERANCE || Math.abs(l - light) > TOLERANCE) {
      return t.fail({
        ru: `Потенциометр (A0) читается как ≈ ${pot}, фоторезистор (A1) — ≈ ${light}; ждали строку pot:${pot},light:${light} (± ${TOLERANCE}), а на ${sec(line.at, 'ru')} с пришла «${line.text}»`,
        en: `The potentiometer (A0) reads ≈ ${pot} and the photoresistor (A1) ≈ ${light}; expected the line pot:${pot},light:${light} (± ${TOLERANCE}), but at ${sec(line.at, 'en')} s it was "${line.text}"`,
      });
    }
  }
}

/** Over `ms` the lines must come on average every 50 ms (40–65 ms), never two within 25 ms. */
async function expectRate(t: T, ms: number): Promise<void> {
  await collect(t, 200);
  const lines = await collect(t, ms);
  const min = Math.floor(ms / 65);
  const max = Math.ceil(ms / 40);
  if (lines.length < min || lines.length > max) {
    const every = lines.length > 1 ? Math.round((lines[lines.length - 1]!.at - lines[0]!.at) / (lines.length - 1)) : 0;
    const s = (l: 'ru' | 'en') => sec(ms, l).replace(/[.,]00$/, '');
    return t.fail({
      ru: `Строка должна приходить каждые 50 мс: за ${s('ru')} с — около ${Math.round(ms / 50)} строк, а пришло ${lines.length}${every ? ` (примерно каждые ${every} мс)` : ''}. Не забудьте delay(50) в loop()`,
      en: `A line should come every 50 ms: about ${Math.round(ms / 50)} lines in ${s('en')} s, but ${lines.length} came${every ? ` (about every ${every} ms)` : ''}. Don't forget delay(50) in loop()`,
    });
  }
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i]!.at - lines[i - 1]!.at;
    if (gap < 25) {
      return t.fail({
        ru: `Строки должны идти каждые 50 мс, а на ${sec(lines[i]!.at, 'ru')} с две строки пришли с разницей ${Math.round(gap)} мс`,
        en: `Lines should come every 50 ms, but at ${sec(lines[i]!.at, 'en')} s two lines came ${Math.round(gap)} ms apart`,
      });
    }
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'format',
      title: { ru: 'Формат строки: pot:…,light:…', en: 'Line format: pot:…,light:…' },
      points: 10,
      async run(t) {
        await collect(t, 100);
        const lines = await collect(t, 1000);
        if (lines.length === 0) {
          return t.fail({
            ru: 'За 1 с скетч не напечатал ни одной строки (Serial.begin(9600) и Serial.println есть?)',
            en: 'The sketch printed no line in 1 s (Serial.begin(9600) and Serial.println?)',
          });
        }
        for (const line of lines) if (!parse(t, line)) return;
      },
    },
    {
      id: 'rate',
      title: { ru: 'Строка каждые 50 мс', en: 'A line every 50 ms' },
      points: 20,
      async run(t) {
        await expectRate(t, 2000);
      },
    },
    {
      id: 'values',
      title: { ru: 'Ручка на четверти, яркий свет', en: 'Knob at a quarter, bright light' },
      points: 15,
      async run(t) {
        await t.runMs(100);
        await expectValues(t, 0.25, 100);
      },
    },
    {
      id: 'knob',
      title: { ru: 'Ручку крутят: влево и вправо до упора', en: 'The knob turns: fully left and fully right' },
      points: 15,
      async run(t) {
        await t.runMs(100);
        await expectValues(t, 0, 300);
        await expectValues(t, 1, 300);
      },
    },
    {
      id: 'light',
      title: { ru: 'Свет меняется: сумерки и солнце', en: 'The light changes: dusk and sunshine' },
      points: 15,
      async run(t) {
        await t.runMs(100);
        await expectValues(t, 0.75, 1);
        await expectValues(t, 0.75, 1000);
      },
    },
    {
      id: 'follows',
      title: { ru: 'Следит за обоими датчиками: 6 случайных положений', en: 'Follows both sensors: 6 random settings' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(100);
        for (let i = 0; i < 6; i++) {
          const position = t.random.int(0, 100) / 100;
          const pot = Math.round(position * 1023);
          // Pick a light level whose reading is far from the pot's, so swapped values cannot pass.
          let lux = 0;
          for (let k = 0; k < 20; k++) {
            lux = t.random.int(1, 2000);
            t.part('ldr').setLux(lux);
            if (Math.abs(raw(t.part('ldr').volts()) - pot) > 50) break;
          }
          await expectValues(t, position, lux);
        }
      },
    },
    {
      id: 'extremes',
      title: { ru: 'Крайности: темнота и ручка вправо до упора, солнце и ручка влево', en: 'Extremes: darkness with the knob fully right, sunshine with it fully left' },
      points: 10,
      hidden: true,
      async run(t) {
        await t.runMs(100);
        await expectValues(t, 1, 0);
        await expectValues(t, 0, 50000);
      },
    },
  ],
});
