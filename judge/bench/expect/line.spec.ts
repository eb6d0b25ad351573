import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

const ECHO = `void setup(){Serial.begin(9600);Serial.println("ready");} void loop(){ if(Serial.available()){ String s=Serial.readStringUntil('\\n'); Serial.print("len "); Serial.println(s.length()); } }`;

describe('line expectations and serial input', () => {
  it('types into Serial, waits for the answer line and checks it as text and as a number', async () => {
    const outcome = await runOne(ECHO, async (t) => {
      t.expect.line(await t.serial.waitForLine({ timeoutMs: 100 })).equals('ready');
      t.serial.write('hello\n');
      const answer = await t.serial.waitForLine({ timeoutMs: 1500 });
      t.expect.line(answer).matches(/^len \d+$/);
      t.expect.line(answer).contains('len');
      t.expect.line(answer).isNumber(5);
      t.expect.line(answer).isNumber(6, { tolerance: 1 });
    });
    expect(outcome.message.en).toBe('Test passed');
  });

  it('explains a wrong number and a missing line', async () => {
    const wrong = await runOne(ECHO, async (t) => {
      await t.serial.waitForLine();
      t.serial.write('abc\n');
      t.expect.line(await t.serial.waitForLine({ timeoutMs: 1500 }), { ru: 'ответ', en: 'the answer' }).isNumber(4);
    });
    expect(wrong.message).toEqual({
      ru: 'Ответ: ожидали число 4, а программа напечатала «len 3»',
      en: 'The answer: expected the number 4, but the program printed «len 3»',
    });
    const missing = await runOne(ECHO, async (t) => {
      await t.serial.waitForLine();
      await t.serial.waitForLine({ timeoutMs: 200 });
    });
    expect(missing.verdict).toBe('wrong');
    expect(missing.message.en).toMatch(/^Expected a line on Serial within 200 ms, but the program printed nothing/);
  });

  it('says when a line lacks its end (print instead of println)', async () => {
    const outcome = await runOne(`void setup(){Serial.begin(9600);Serial.print("READY");} void loop(){}`, async (t) => {
      await t.serial.waitForLine({ timeoutMs: 300 });
    });
    expect(outcome.message.en).toBe('Expected a line on Serial within 300 ms, but the program printed «READY» without a line end (use println) (until 300 ms)');
  });
});
