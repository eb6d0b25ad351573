import { defineBench, measureFrequency, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Парктроник: an HC-SR04 (TRIG D9, ECHO D10) and a passive buzzer on D8. Farther than 100 cm (or no
 * echo) — silence; 11–100 cm — 50 ms beeps at 1000 Hz, one every (distance × 10) ms; 10 cm and
 * nearer — a continuous tone. Periods are measured between the starts of the beeps (± 12 %).
 */
const PIN = 'D8';
const CYCLES_PER_MS = 16_000;
const parts = [
  { kind: 'hc-sr04', id: 'sonar', pins: { trig: 'D9', echo: 'D10' } },
  { kind: 'buzzer', id: 'buzzer', pins: { pin: PIN } },
] as const;
type T = TypedContext<typeof parts>;

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));

/** The beeps heard in [fromMs, toMs): bursts of toggling separated by more than 15 ms of quiet. */
function bursts(t: T, fromMs: number, toMs: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of t.signals.edges(PIN, t.cycleAt(fromMs), t.cycleAt(toMs))) {
    const ms = e.cycle / CYCLES_PER_MS;
    const last = out[out.length - 1];
    if (last && ms - last.end <= 15) last.end = ms;
    else out.push({ start: ms, end: ms });
  }
  return out;
}

/** Puts the obstacle at `cm` (null: none), waits `settleMs` for the sketch to notice, and returns the window that follows. */
async function place(t: T, cm: number | null, ms: number, settleMs = 1200): Promise<{ from: number; to: number }> {
  t.part('sonar').setDistanceCm(cm);
  await t.runMs(settleMs);
  const from = t.nowMs;
  await t.runMs(ms);
  return { from, to: t.nowMs };
}

function expectSilent(t: T, cm: number | null, w: { from: number; to: number }): void {
  const heard = bursts(t, w.from, w.to);
  if (heard.length === 0) return;
  const where = cm === null ? { ru: 'Когда впереди ничего нет (эха нет)', en: 'With nothing in front (no echo)' } : { ru: `Препятствие на ${cm} см — дальше 100 см`, en: `An obstacle at ${cm} cm is farther than 100 cm` };
  t.fail({
    ru: `${where.ru}: пищалка должна молчать, а на ${sec(heard[0].start, 'ru')} с она запищала`,
    en: `${where.en}: the buzzer should be silent, but at ${sec(heard[0].start, 'en')} s it beeped`,
  });
}

/** Beeps of 1000 Hz every cm × 10 ms (± 12 %) in the window. */
function expectBeeps(t: T, cm: number, w: { from: number; to: number }): void {
  const want = cm * 10;
  const heard = bursts(t, w.from, w.to).filter((b) => b.start > w.from + 2);
  const starts = heard.map((b) => b.start);
  if (heard.length < 2) {
    t.fail({
      ru: `Препятствие на ${cm} см: пищалка должна пищать каждые ${want} мс, а с ${sec(w.from, 'ru')} по ${sec(w.to, 'ru')} с ${heard.length === 0 ? 'не было ни одного писка' : 'был только один писк'}`,
      en: `An obstacle at ${cm} cm: the buzzer should beep every ${want} ms, but from ${sec(w.from, 'en')} to ${sec(w.to, 'en')} s there was ${heard.length === 0 ? 'no beep' : 'only one beep'}`,
    });
  }
  const longest = Math.max(...heard.map((b) => b.end - b.start));
  if (longest > want - 20 && longest > 150) {
    t.fail({
      ru: `Препятствие на ${cm} см: нужны короткие писки (50 мс) с паузами, а звук не прерывался ${Math.round(longest)} мс`,
      en: `An obstacle at ${cm} cm: short beeps (50 ms) with pauses are needed, but the sound went on for ${Math.round(longest)} ms`,
    });
  }
  const gaps = starts.slice(1).map((s, i) => s - starts[i]).sort((a, b) => a - b);
  const period = gaps[Math.floor(gaps.length / 2)];
  t.measure(`period${cm}`, Math.round(period), 'ms', { ru: `Период писков при ${cm} см`, en: `Beep period at ${cm} cm` });
  if (Math.abs(period - want) > want * 0.12) {
    t.fail({
      ru: `Препятствие на ${cm} см: писки должны начинаться каждые ${want} мс (${cm} × 10), а начинаются каждые ${Math.round(period)} мс`,
      en: `An obstacle at ${cm} cm: a beep should start every ${want} ms (${cm} × 10), but one starts every ${Math.round(period)} ms`,
    });
  }
  const b = heard[0];
  const hz = measureFrequency(t.signals, PIN, t.cycleAt(b.start + 5), t.cycleAt(Math.max(b.start + 10, b.end - 5)));
  if (Math.abs(hz - 1000) > 50) {
    t.fail({
      ru: `Писк должен быть частотой 1000 Гц, а на ${sec(b.start, 'ru')} с звучало ${Math.round(hz)} Гц`,
      en: `The beep should be 1000 Hz, but at ${sec(b.start, 'en')} s it was ${Math.round(hz)} Hz`,
    });
  }
}

function expectContinuous(t: T, cm: number, w: { from: number; to: number }): void {
  const heard = bursts(t, w.from, w.to);
  const gap = heard.length === 0 ? null : heard.length > 1 ? heard[0].end : heard[0].start > w.from + 15 ? w.from : heard[0].end < w.to - 15 ? heard[0].end : null;
  if (heard.length === 1 && gap === null) return;
  t.fail({
    ru: heard.length === 0
      ? `Препятствие на ${cm} см (≤ 10 см): пищалка должна звучать не переставая, а она молчит`
      : `Препятствие на ${cm} см (≤ 10 см): пищалка должна звучать не переставая, а на ${sec(gap ?? w.from, 'ru')} с звук прервался`,
    en: heard.length === 0
      ? `An obstacle at ${cm} cm (≤ 10 cm): the buzzer should sound without a break, but it is silent`
      : `An obstacle at ${cm} cm (≤ 10 cm): the buzzer should sound without a break, but at ${sec(gap ?? w.from, 'en')} s the sound stopped`,
  });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'far',
      title: { ru: 'Препятствие на 200 см — тишина', en: 'An obstacle at 200 cm — silence' },
      points: 15,
      async run(t) {
        expectSilent(t, 200, await place(t, 200, 2500, 500));
      },
    },
    {
      id: 'beeps',
      title: { ru: 'На 30 см — писк каждые 300 мс', en: 'At 30 cm — a beep every 300 ms' },
      points: 20,
      async run(t) {
        expectBeeps(t, 30, await place(t, 30, 2000));
      },
    },
    {
      id: 'closer-faster',
      title: { ru: 'Ближе — чаще: 80 см, потом 20 см', en: 'Closer is faster: 80 cm, then 20 cm' },
      points: 20,
      async run(t) {
        expectBeeps(t, 80, await place(t, 80, 3000));
        expectBeeps(t, 20, await place(t, 20, 1500));
      },
    },
    {
      id: 'very-close',
      title: { ru: 'На 5 см — сплошной писк', en: 'At 5 cm — a continuous tone' },
      points: 15,
      async run(t) {
        expectContinuous(t, 5, await place(t, 5, 1500));
      },
    },
    {
      id: 'no-echo',
      title: { ru: 'Нет эха — тишина, потом снова писки', en: 'No echo gives silence, then beeps again' },
      points: 15,
      hidden: true,
      async run(t) {
        expectSilent(t, null, await place(t, null, 2500, 500));
        const cm = t.random.int(25, 45);
        expectBeeps(t, cm, await place(t, cm, 2000));
      },
    },
    {
      id: 'edges',
      title: { ru: 'Границы: 120, 95 и 10 см', en: 'The borders: 120, 95 and 10 cm' },
      points: 15,
      hidden: true,
      async run(t) {
        expectSilent(t, 120, await place(t, 120, 2500, 1500));
        expectBeeps(t, 95, await place(t, 95, 3500));
        expectContinuous(t, 10, await place(t, 10, 1500));
      },
    },
  ],
});
