import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Кубок, задача B «Калькулятор по Serial»: the sketch says READY, then answers each line "a+b",
 * "a-b", "a*b", "a/b" (integers, a may be negative, |a|, |b| ≤ 100 000, the result
 * within ±2·10⁹ — a long, not an int) with the integer result
 * (division truncates, as in C), and "ERR" for division by zero or a line that is not an example;
 * the LED on D13 is lit exactly while the last answer was ERR. Hidden tests: results beyond int,
 * errors, and the Serial Monitor's "\r\n" line endings.
 */
async function ready(t: CommonContext): Promise<void> {
  const line = await t.serial.waitForLine({ timeoutMs: 1000, what: { ru: 'строку READY', en: 'the line READY' } });
  t.expect.line(line, { ru: 'первая строка', en: 'the first line' }).equals('READY');
}

/** Sends `example` and expects `answer` within 300 ms. */
async function ask(t: CommonContext, example: string, answer: string, ending = '\n'): Promise<void> {
  t.serial.write(example + ending);
  const what = { ru: `ответ на «${example}»`, en: `the answer to "${example}"` };
  t.expect.line(await t.serial.waitForLine({ timeoutMs: 300, what }), what).equals(answer);
}

async function led(t: CommonContext, lit: boolean): Promise<void> {
  await t.runMs(30);
  t.expect.pin('led').isOutput();
  if (lit) t.expect.pin('led').isHigh();
  else t.expect.pin('led').isLow();
}

export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
  tests: [
    {
      id: 'add', title: { ru: 'READY, затем 2+3 = 5', en: 'READY, then 2+3 = 5' }, points: 15,
      async run(t) {
        await ready(t);
        await ask(t, '2+3', '5');
        await led(t, false);
      },
    },
    {
      id: 'four-ops', title: { ru: 'Все четыре действия', en: 'All four operations' }, points: 20,
      async run(t) {
        await ready(t);
        await ask(t, '7-10', '-3');
        await ask(t, '6*7', '42');
        await ask(t, '17/5', '3');
        await ask(t, '-5*3', '-15');
      },
    },
    {
      id: 'series', title: { ru: 'Десять примеров подряд', en: 'Ten examples in a row' }, points: 15,
      async run(t) {
        await ready(t);
        for (let i = 0; i < 10; i++) {
          const a = t.random.int(-99, 99), b = t.random.int(1, 99);
          const op = ['+', '-', '*', '/'][i % 4];
          const r = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : Math.trunc(a / b);
          await ask(t, `${a}${op}${b}`, String(r));
        }
      },
    },
    {
      id: 'big', title: { ru: 'Большие числа (больше int)', en: 'Big numbers (beyond int)' }, points: 20, hidden: true,
      async run(t) {
        await ready(t);
        await ask(t, '40000*3', '120000');
        await ask(t, '-100000+1', '-99999');
        await ask(t, '50000*40000', '2000000000');
      },
    },
    {
      id: 'errors', title: { ru: 'Деление на ноль и непонятная строка — ERR и светодиод', en: 'Division by zero and a garbled line — ERR and the LED' }, points: 15, hidden: true,
      async run(t) {
        await ready(t);
        await ask(t, '5/0', 'ERR');
        await led(t, true);
        await ask(t, 'hello', 'ERR');
        await led(t, true);
        await ask(t, '8/2', '4');
        await led(t, false);
      },
    },
    {
      id: 'crlf', title: { ru: 'Строки оканчиваются на \\r\\n', en: 'Lines end in \\r\\n' }, points: 15, hidden: true,
      async run(t) {
        await ready(t);
        await ask(t, '12+30', '42', '\r\n');
        await ask(t, '9/0', 'ERR', '\r\n');
        await ask(t, '100-1', '99', '\r\n');
      },
    },
  ],
});
