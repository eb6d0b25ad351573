import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Счётчик нажатий: every press of the button (D2 to GND, INPUT_PULLUP) adds one to a counter, and
 * the sketch prints the new count on its own line (Serial, 9600 baud): "1", "2", "3" … Nothing else
 * is printed, and holding the button counts once. The hidden tests switch contact bounce on.
 */
const parts = [{ kind: 'button', id: 'btn', pins: { pin: 'D2' } }] as const;
type T = TypedContext<typeof parts>;

/** "1, 2, 3" — a long list is cut, so the message stays readable. */
function show(lines: string[], lang: 'ru' | 'en'): string {
  if (lines.length === 0) return lang === 'ru' ? 'ничего' : 'nothing';
  const quoted = lines.slice(0, 8).map((l) => (lang === 'ru' ? `«${l}»` : `"${l}"`));
  const more = lines.length > 8 ? (lang === 'ru' ? ` … (всего ${lines.length} строк)` : ` … (${lines.length} lines in all)`) : '';
  return quoted.join(', ') + more;
}

/** The lines printed so far must be exactly "1" … "count". */
function expectCount(t: T, count: number, when: Record<'ru' | 'en', string>): void {
  const got = t.serial.lines().map((l) => l.trim());
  const want = Array.from({ length: count }, (_, i) => String(i + 1));
  // Text after the last line ending: printed with print() instead of println().
  const output = t.serial.output();
  const tail = output.slice(output.lastIndexOf('\n') + 1).trim();
  if (!tail && got.length === want.length && got.every((l, i) => l === want[i])) return;
  const shown = { ru: show(got, 'ru'), en: show(got, 'en') };
  if (tail && got.length === 0) {
    shown.ru = `только «${tail}» без конца строки (нужен Serial.println)`;
    shown.en = `only "${tail}" with no line ending (use Serial.println)`;
  } else if (tail) {
    shown.ru += ` и ещё «${tail}» без конца строки (нужен Serial.println)`;
    shown.en += ` and "${tail}" with no line ending (use Serial.println)`;
  }
  t.fail({
    ru: `${when.ru} в мониторе порта должно быть ${show(want, 'ru')}, а было ${shown.ru}`,
    en: `${when.en} the Serial Monitor should show ${show(want, 'en')}, but it showed ${shown.en}`,
  });
}

/** `count` clicks (press `pressMs`, released `gapMs`), checking the output after each. */
async function clicks(t: T, count: number, pressMs: number, gapMs: number, already = 0): Promise<void> {
  for (let i = 1; i <= count; i++) {
    t.part('btn').press();
    await t.runMs(pressMs);
    t.part('btn').release();
    await t.runMs(gapMs);
    const n = already + i;
    expectCount(t, n, { ru: `После ${n}-го нажатия`, en: `After press number ${n}` });
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'first',
      title: { ru: 'Первое нажатие — строка «1»', en: 'The first press prints "1"' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        t.expect.pin('btn').isInputPullup();
        await clicks(t, 1, 150, 400);
      },
    },
    {
      id: 'idle',
      title: { ru: 'Без нажатий ничего не печатается', en: 'No presses — nothing is printed' },
      points: 10,
      async run(t) {
        await t.runMs(2000);
        expectCount(t, 0, { ru: 'Без единого нажатия', en: 'Without a single press' });
      },
    },
    {
      id: 'three',
      title: { ru: 'Три нажатия — «1», «2», «3»', en: 'Three presses — "1", "2", "3"' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await clicks(t, 3, 150, 350);
      },
    },
    {
      id: 'hold',
      title: { ru: 'Долгое удержание считается один раз', en: 'A long hold counts once' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        t.part('btn').press();
        await t.runMs(2000);
        expectCount(t, 1, { ru: 'Пока кнопку держат 2 секунды,', en: 'While the button is held for 2 seconds' });
        t.part('btn').release();
        await t.runMs(500);
        expectCount(t, 1, { ru: 'После отпускания', en: 'After the release' });
        await clicks(t, 1, 150, 400, 1);
      },
    },
    {
      id: 'bounce',
      title: { ru: 'Дребезг контактов: 5 нажатий', en: 'Contact bounce: 5 presses' },
      points: 20,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(300);
        await clicks(t, 5, 150, 350);
      },
    },
    {
      id: 'bounce-fast',
      title: { ru: 'Дребезг и 10 быстрых нажатий', en: 'Bounce and 10 quick presses' },
      points: 15,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(300);
        await clicks(t, 10, 90, 130);
      },
    },
  ],
});
