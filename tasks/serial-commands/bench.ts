import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Эхо-команды: the sketch says READY, then obeys lines typed into the Serial Monitor:
 * "LED ON", "LED OFF", "BLINK n" (n blinks of 200 ms on / 200 ms off) → "OK"; anything else →
 * "UNKNOWN". The hidden tests type like the Serial Monitor set to "Both NL & CR" ("\r\n").
 */
const OK = { ru: 'ответ на команду', en: 'the answer to the command' };

async function ready(t: CommonContext): Promise<void> {
  const line = await t.serial.waitForLine({ timeoutMs: 1000, what: { ru: 'строку READY', en: 'the line READY' } });
  t.expect.line(line, { ru: 'первая строка', en: 'the first line' }).equals('READY');
}

/** Types a command and expects `answer` back within `timeoutMs`. */
async function command(t: CommonContext, text: string, answer: string, timeoutMs = 500, ending = '\n'): Promise<void> {
  t.serial.write(text + ending);
  const what = { ru: `${OK.ru} «${text}»`, en: `${OK.en} "${text}"` };
  t.expect.line(await t.serial.waitForLine({ timeoutMs, what }), what).equals(answer);
}

/** BLINK n: exactly n flashes of 200 ms after the command, then OK. */
async function blink(t: CommonContext, n: number, ending = '\n'): Promise<void> {
  const from = t.nowMs;
  await command(t, `BLINK ${n}`, 'OK', n * 400 + 500, ending);
  await t.runMs(100);
  t.expect.pin('led').isOutput();
  t.expect.pin('led').pulsesHigh(200, { tolerance: 20, from, count: n });
  const flashes = t.signals.edges('D13', t.cycleAt(from), t.board.cycles).filter((e) => e.level === 1).length;
  if (flashes !== n) {
    t.fail({
      ru: `После команды «BLINK ${n}» светодиод должен мигнуть ${n} раз(а), а мигнул ${flashes}`,
      en: `After "BLINK ${n}" the LED should flash ${n} times, but it flashed ${flashes} times`,
    });
  }
}

export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
  tests: [
    {
      id: 'ready',
      title: { ru: 'После запуска печатает READY', en: 'Prints READY after start' },
      points: 10,
      async run(t) {
        await ready(t);
      },
    },
    {
      id: 'led-on',
      title: { ru: 'LED ON включает светодиод', en: 'LED ON turns the LED on' },
      points: 20,
      async run(t) {
        await ready(t);
        await command(t, 'LED ON', 'OK');
        await t.runMs(50);
        t.expect.pin('led').isHigh();
      },
    },
    {
      id: 'led-off',
      title: { ru: 'LED OFF выключает светодиод', en: 'LED OFF turns the LED off' },
      points: 15,
      async run(t) {
        await ready(t);
        await command(t, 'LED ON', 'OK');
        await t.runMs(200);
        await command(t, 'LED OFF', 'OK');
        const from = t.nowMs;
        await t.runMs(300);
        t.expect.pin('led').staysLow({ from });
      },
    },
    {
      id: 'blink',
      title: { ru: 'BLINK 3 — три вспышки', en: 'BLINK 3 — three flashes' },
      points: 20,
      async run(t) {
        await ready(t);
        await blink(t, 3);
      },
    },
    {
      id: 'unknown',
      title: { ru: 'Неизвестная команда', en: 'An unknown command' },
      points: 15,
      hidden: true,
      async run(t) {
        await ready(t);
        await command(t, 'LED ON', 'OK');
        await command(t, 'HELLO', 'UNKNOWN');
        await t.runMs(100);
        t.expect.pin('led').isHigh();
      },
    },
    {
      id: 'crlf',
      title: { ru: 'Команды с окончанием строки \\r\\n', en: 'Commands ending in \\r\\n' },
      points: 20,
      hidden: true,
      async run(t) {
        await ready(t);
        await command(t, 'LED ON', 'OK', 500, '\r\n');
        await t.runMs(50);
        t.expect.pin('led').isHigh();
        await command(t, 'LED OFF', 'OK', 500, '\r\n');
        await t.runMs(50);
        t.expect.pin('led').isLow();
        await blink(t, t.random.int(2, 9), '\r\n');
      },
    },
  ],
});
