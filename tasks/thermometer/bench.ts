import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Термометр: a 10 kΩ NTC thermistor (B = 3950) in a divider with a 10 kΩ resistor on A0
 * (5 V — resistor — A0 — NTC — GND, warmer → lower reading). The sketch prints the temperature
 * in °C about every 500 ms, one number a line; every line must be within ± 0.5 °C. After each
 * change of temperature the first second of lines is not judged (the sketch may be mid-delay).
 */
const parts = [{ kind: 'thermistor', id: 'ntc', pins: { out: 'A0' } }] as const;
type T = TypedContext<typeof parts>;
const NUMBER = /^-?\d+(\.\d+)?$/;
const TOLERANCE = 0.5;

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
const num = (x: number, l: 'ru' | 'en') => (l === 'ru' ? String(x).replace('.', ',') : String(x));

/** Sets the temperature, skips 1 s of lines, then every line of the next 1.2 s must say `celsius` ± 0.5. */
async function expectTemperature(t: T, celsius: number): Promise<void> {
  t.part('ntc').setCelsius(celsius);
  await collect(t, 1000);
  const lines = await collect(t, 1200);
  if (lines.length === 0) {
    return t.fail({
      ru: `При ${num(celsius, 'ru')} °C скетч должен печатать температуру примерно каждые 500 мс, но за 1,2 с не напечатал ни одной строки (Serial.begin(9600) и Serial.println есть?)`,
      en: `At ${celsius} °C the sketch should print the temperature about every 500 ms, but it printed no line in 1.2 s (Serial.begin(9600) and Serial.println?)`,
    });
  }
  for (const line of lines) {
    if (!NUMBER.test(line.text)) {
      return t.fail({
        ru: `Каждая строка должна быть одним числом (например, 24.5), без слов и «°C», а на ${sec(line.at, 'ru')} с пришла строка «${line.text}»`,
        en: `Every line should be one number (like 24.5), without words or "°C", but at ${sec(line.at, 'en')} s the line was "${line.text}"`,
      });
    }
    if (Math.abs(Number(line.text) - celsius) > TOLERANCE + 1e-9) {
      return t.fail({
        ru: `При ${num(celsius, 'ru')} °C скетч должен печатать ${num(celsius, 'ru')} (± 0,5), а на ${sec(line.at, 'ru')} с напечатал ${line.text}`,
        en: `At ${celsius} °C the sketch should print ${celsius} (± 0.5), but at ${sec(line.at, 'en')} s it printed ${line.text}`,
      });
    }
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'numbers',
      title: { ru: 'Каждые ~500 мс — одно число в строке', en: 'About every 500 ms — one number a line' },
      points: 10,
      async run(t) {
        const lines = await collect(t, 2100);
        if (lines.length < 3) {
          return t.fail({
            ru: `За 2 с скетч должен напечатать 3–5 значений, а напечатал строк: ${lines.length}`,
            en: `In 2 s the sketch should print 3–5 values, but it printed ${lines.length} line(s)`,
          });
        }
        for (const line of lines) {
          if (!NUMBER.test(line.text)) {
            return t.fail({
              ru: `Каждая строка должна быть одним числом (например, 25.0), без слов и «°C», а на ${sec(line.at, 'ru')} с пришла строка «${line.text}»`,
              en: `Every line should be one number (like 25.0), without words or "°C", but at ${sec(line.at, 'en')} s the line was "${line.text}"`,
            });
          }
        }
      },
    },
    {
      id: 'room',
      title: { ru: 'Комнатная температура 25 °C', en: 'Room temperature 25 °C' },
      points: 15,
      async run(t) {
        await expectTemperature(t, 25);
      },
    },
    {
      id: 'tenths',
      title: { ru: 'Десятые градуса: 36,6 °C и 21,7 °C', en: 'Tenths of a degree: 36.6 °C and 21.7 °C' },
      points: 20,
      async run(t) {
        await expectTemperature(t, 36.6);
        await expectTemperature(t, 21.7);
      },
    },
    {
      id: 'cold-warm',
      title: { ru: 'Холодно и тепло: 5 °C и 40 °C', en: 'Cold and warm: 5 °C and 40 °C' },
      points: 15,
      async run(t) {
        await expectTemperature(t, 5);
        await expectTemperature(t, 40);
      },
    },
    {
      id: 'follows',
      title: { ru: 'Следит за температурой: 6 случайных значений', en: 'Follows the temperature: 6 random values' },
      points: 15,
      hidden: true,
      async run(t) {
        for (let i = 0; i < 6; i++) await expectTemperature(t, t.random.int(0, 450) / 10);
      },
    },
    {
      id: 'frost',
      title: { ru: 'Мороз: −10,3 °C', en: 'Frost: −10.3 °C' },
      points: 10,
      hidden: true,
      async run(t) {
        await expectTemperature(t, -10.3);
      },
    },
    {
      id: 'hot',
      title: { ru: 'Горячо: 80 °C', en: 'Hot: 80 °C' },
      points: 15,
      hidden: true,
      async run(t) {
        await expectTemperature(t, 80);
      },
    },
  ],
});
