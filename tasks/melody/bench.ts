import { defineBench, measureFrequency, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Мелодия: a passive buzzer on D8 plays «Ода к радости» once with tone(): 15 notes; each note's
 * slot is its duration, the sound lasts the duration − 50 ms, then 50 ms of silence, so repeated
 * notes are heard apart. After the last note: silence. Times count from the first sound.
 */
const BUZZER = 'buzzer';
const PIN = 'D8';
const CYCLES_PER_MS = 16_000;
const GAP_MS = 50;

const NOTES: { name: string; ru: string; hz: number; ms: number }[] = [
  ['E4', 'ми', 330, 400], ['E4', 'ми', 330, 400], ['F4', 'фа', 349, 400], ['G4', 'соль', 392, 400],
  ['G4', 'соль', 392, 400], ['F4', 'фа', 349, 400], ['E4', 'ми', 330, 400], ['D4', 'ре', 294, 400],
  ['C4', 'до', 262, 400], ['C4', 'до', 262, 400], ['D4', 'ре', 294, 400], ['E4', 'ми', 330, 400],
  ['E4', 'ми', 330, 600], ['D4', 'ре', 294, 200], ['D4', 'ре', 294, 800],
].map(([name, ru, hz, ms]) => ({ name: name as string, ru: ru as string, hz: hz as number, ms: ms as number }));
const TOTAL_MS = NOTES.reduce((s, n) => s + n.ms, 0);
/** Where note i's slot starts, from the first sound. */
const SLOT = NOTES.map((_, i) => NOTES.slice(0, i).reduce((s, n) => s + n.ms, 0));

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));
const noteText = (i: number) => ({ ru: `нота ${i + 1} (${NOTES[i].ru}, ${NOTES[i].hz} Гц)`, en: `note ${i + 1} (${NOTES[i].name}, ${NOTES[i].hz} Hz)` });

/** Runs the melody through (plus `extraMs`) and returns the time of the first sound in ms. */
async function play(t: CommonContext, extraMs = 300): Promise<number> {
  const heard = await t.runUntil(() => t.signals.edges(PIN, 0, t.board.cycles).length > 0, { timeoutMs: 1000 });
  if (!heard) {
    t.fail({
      ru: 'Мелодия должна начаться сразу после запуска, но за 1 с пищалка на выводе 8 не издала ни звука (tone(8, …)?)',
      en: 'The melody should start right after power-on, but the buzzer on pin 8 made no sound in 1 s (tone(8, …)?)',
    });
  }
  const start = t.signals.edges(PIN, 0, t.board.cycles)[0].cycle / CYCLES_PER_MS;
  await t.runMs(start + TOTAL_MS + extraMs - t.nowMs);
  return start;
}

/** The sounds heard, as bursts of toggling separated by more than 15 ms of quiet. */
function bursts(t: CommonContext, fromMs: number, toMs: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of t.signals.edges(PIN, t.cycleAt(fromMs), t.cycleAt(toMs))) {
    const ms = e.cycle / CYCLES_PER_MS;
    const last = out[out.length - 1];
    if (last && ms - last.end <= 15) last.end = ms;
    else out.push({ start: ms, end: ms });
  }
  return out;
}

function frequencyAt(t: CommonContext, fromMs: number, toMs: number): number {
  return measureFrequency(t.signals, PIN, t.cycleAt(fromMs), t.cycleAt(toMs));
}

function expectNote(t: CommonContext, start: number, i: number): void {
  const from = start + SLOT[i] + 40;
  const to = start + SLOT[i] + NOTES[i].ms - GAP_MS - 20;
  const hz = frequencyAt(t, from, to);
  if (Math.abs(hz - NOTES[i].hz) <= NOTES[i].hz * 0.02) return;
  const n = noteText(i);
  // A sound that stops and starts inside the note's time: the notes have slid out of their places.
  const broken = hz !== 0 && bursts(t, from, to).length > 1;
  t.fail({
    ru: `С ${sec(from, 'ru')} по ${sec(to, 'ru')} с должна звучать ${n.ru}, а ${hz === 0 ? 'пищалка молчит' : broken ? 'в это время звук то начинается, то обрывается — ноты сдвинулись со своих мест' : `звучит ${Math.round(hz)} Гц`}`,
    en: `From ${sec(from, 'en')} to ${sec(to, 'en')} s ${n.en} should sound, but ${hz === 0 ? 'the buzzer is silent' : broken ? 'the sound stops and starts in that time — the notes have slid out of their places' : `it sounds at ${Math.round(hz)} Hz`}`,
  });
}

export default defineBench({
  parts: [{ kind: 'buzzer', id: BUZZER, pins: { pin: PIN } }],
  tests: [
    {
      id: 'first-note',
      title: { ru: 'Первая нота — ми (330 Гц)', en: 'The first note is E4 (330 Hz)' },
      points: 10,
      async run(t) {
        const start = await play(t, -TOTAL_MS + 400);
        expectNote(t, start, 0);
      },
    },
    {
      id: 'notes',
      title: { ru: 'Все 15 нот — правильной высоты и вовремя', en: 'All 15 notes at the right pitch and time' },
      points: 25,
      async run(t) {
        const start = await play(t);
        for (let i = 0; i < NOTES.length; i++) expectNote(t, start, i);
      },
    },
    {
      id: 'durations',
      title: { ru: 'Каждая нота звучит (длительность − 50 мс)', en: 'Each note sounds for (duration − 50 ms)' },
      points: 20,
      async run(t) {
        const start = await play(t);
        const heard = bursts(t, 0, start + TOTAL_MS + 200);
        if (heard.length !== NOTES.length) {
          return t.fail({
            ru: `За ${sec(TOTAL_MS, 'ru')} с мелодии должно прозвучать ${NOTES.length} отдельных нот (между ними — тишина), а отдельных звуков было: ${heard.length}`,
            en: `In the melody's ${sec(TOTAL_MS, 'en')} s ${NOTES.length} separate notes should sound (with silence between them), but the separate sounds numbered ${heard.length}`,
          });
        }
        heard.forEach((b, i) => {
          const ms = b.end - b.start;
          const want = NOTES[i].ms - GAP_MS;
          if (Math.abs(ms - want) > 25) {
            const n = noteText(i);
            t.fail({
              ru: `${n.ru[0].toUpperCase() + n.ru.slice(1)} должна звучать ${want} ± 25 мс (длительность ${NOTES[i].ms} мс минус 50 мс паузы), а звучала ${Math.round(ms)} мс`,
              en: `${n.en[0].toUpperCase() + n.en.slice(1)} should sound for ${want} ± 25 ms (its ${NOTES[i].ms} ms minus a 50 ms pause), but it sounded for ${Math.round(ms)} ms`,
            });
          }
        });
      },
    },
    {
      id: 'pauses',
      title: { ru: 'Между нотами — пауза, одинаковые ноты слышны раздельно', en: 'A pause between notes: repeated notes are heard apart' },
      points: 15,
      async run(t) {
        const start = await play(t);
        for (let i = 1; i < NOTES.length; i++) {
          const from = start + SLOT[i] - GAP_MS + 15;
          const to = start + SLOT[i] - 10;
          if (frequencyAt(t, from, to) > 0 || t.signals.edges(PIN, t.cycleAt(from), t.cycleAt(to)).length > 2) {
            t.fail({
              ru: `Перед нотой ${i + 1} должна быть пауза 50 мс (тишина с ${sec(from, 'ru')} по ${sec(to, 'ru')} с), а пищалка звучала — ноты сливаются`,
              en: `Before note ${i + 1} there should be a 50 ms pause (silence from ${sec(from, 'en')} to ${sec(to, 'en')} s), but the buzzer was sounding — the notes run together`,
            });
          }
        }
      },
    },
    {
      id: 'tempo',
      title: { ru: 'Мелодия длится 6,4 с', en: 'The melody lasts 6.4 s' },
      points: 15,
      hidden: true,
      async run(t) {
        const start = await play(t, 3000);
        const heard = bursts(t, 0, t.nowMs);
        const end = heard.length ? heard[Math.min(heard.length, NOTES.length) - 1].end : start;
        const ms = end - start;
        t.measure('melodyMs', Math.round(ms), 'ms', { ru: 'От первой до конца последней ноты', en: 'From the first note to the end of the last' });
        if (Math.abs(ms - (TOTAL_MS - GAP_MS)) > 60) {
          t.fail({
            ru: `От начала первой ноты до конца пятнадцатой должно пройти ${sec(TOTAL_MS - GAP_MS, 'ru')} с, а прошло ${sec(ms, 'ru')} с`,
            en: `From the start of the first note to the end of the fifteenth ${sec(TOTAL_MS - GAP_MS, 'en')} s should pass, but ${sec(ms, 'en')} s passed`,
          });
        }
      },
    },
    {
      id: 'silence-after',
      title: { ru: 'После мелодии — тишина', en: 'Silence after the melody' },
      points: 15,
      hidden: true,
      async run(t) {
        const start = await play(t, 3000);
        const from = start + TOTAL_MS + 30;
        const edges = t.signals.edges(PIN, t.cycleAt(from), t.board.cycles);
        if (edges.length > 2) {
          t.fail({
            ru: `Мелодия играет один раз: после неё (с ${sec(from, 'ru')} с) пищалка должна молчать, а на ${sec(edges[0].cycle / CYCLES_PER_MS, 'ru')} с снова был звук`,
            en: `The melody plays once: after it (from ${sec(from, 'en')} s) the buzzer should be silent, but at ${sec(edges[0].cycle / CYCLES_PER_MS, 'en')} s it sounded again`,
          });
        }
      },
    },
  ],
});
