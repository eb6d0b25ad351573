import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Эхо: the sketch opens Serial at 9600 baud and sends back every line it receives, unchanged,
 * as a line of its own (println). The hidden tests type like the Serial Monitor set to
 * "Both NL & CR" ("\r\n"), send several lines at once and a line of 60 characters.
 */
async function echo(t: CommonContext, text: string, ending = '\n'): Promise<void> {
  t.serial.write(text + ending);
  const what = { ru: `эхо строки «${text}»`, en: `the echo of "${text}"` };
  const line = await t.serial.waitForLine({ timeoutMs: 1000, what });
  t.expect.line(line, what).equals(text);
}

const WORDS = ['robot', 'Arduino', 'LED', 'кот', 'pin 13', 'hello world', '42', '3.14', 'A0=512', 'OK!'];

export default defineBench({
  parts: [],
  tests: [
    {
      id: 'hello',
      title: { ru: 'Возвращает строку hello', en: 'Echoes the line hello' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await echo(t, 'hello');
      },
    },
    {
      id: 'three-lines',
      title: { ru: 'Три строки по очереди', en: 'Three lines one after another' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await echo(t, 'Arduino');
        await t.runMs(200);
        await echo(t, 'robot 2');
        await t.runMs(200);
        await echo(t, '12345');
      },
    },
    {
      id: 'spaces',
      title: { ru: 'Строка с пробелами и знаками', en: 'A line with spaces and symbols' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await echo(t, 'LED ON, speed = 100%');
      },
    },
    {
      id: 'crlf',
      title: { ru: 'Окончание строки \\r\\n (Both NL & CR)', en: 'Line ending \\r\\n (Both NL & CR)' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        await echo(t, 'hello', '\r\n');
        await echo(t, 'second line', '\r\n');
        if (t.serial.output().includes('\r\r')) {
          t.fail({
            ru: 'В ответе остался лишний символ \\r из окончания \\r\\n: строка «hello\\r» — не «hello» (уберите его: line.trim())',
            en: 'The echo kept the extra \\r of the \\r\\n ending: "hello\\r" is not "hello" (strip it: line.trim())',
          });
        }
      },
    },
    {
      id: 'burst',
      title: { ru: 'Несколько строк сразу', en: 'Several lines at once' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        const lines = Array.from({ length: 4 }, () => WORDS[t.random.int(0, WORDS.length - 1)]!);
        t.serial.write(lines.map((l) => l + '\n').join(''));
        for (const text of lines) {
          const what = { ru: `эхо строки «${text}»`, en: `the echo of "${text}"` };
          t.expect.line(await t.serial.waitForLine({ timeoutMs: 2000, what }), what).equals(text);
        }
      },
    },
    {
      id: 'long',
      title: { ru: 'Длинная строка (60 символов)', en: 'A long line (60 characters)' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        await echo(t, 'The quick brown fox jumps over the lazy dog 0123456789 ABCDE');
      },
    },
  ],
});
