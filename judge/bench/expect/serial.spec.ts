import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

const HELLO = `void setup(){Serial.begin(9600);Serial.println("Hello");delay(100);Serial.println("t=42");} void loop(){}`;

describe('serial expectations', () => {
  it('compares the whole output, a part of it and a pattern', async () => {
    const outcome = await runOne(HELLO, async (t) => {
      await t.runMs(300);
      t.expect.serial().equals('Hello\nt=42\n');
      t.expect.serial().contains('t=42');
      t.expect.serial({ from: 50 }).notContains('Hello');
      t.expect.serial().matches(/^Hello\r?\nt=\d+/);
    });
    expect(outcome.message.en).toBe('Test passed');
  });

  it('quotes what was printed when it differs', async () => {
    const outcome = await runOne(HELLO, async (t) => {
      await t.runMs(300);
      t.expect.serial().contains('Привет');
    });
    expect(outcome.message).toEqual({
      ru: 'В Serial ожидали текст «Привет», а напечатано «Hello\\nt=42\\n»',
      en: 'Expected the text «Привет» on Serial, but it printed «Hello\\nt=42\\n»',
    });
  });

  it('says when nothing was printed', async () => {
    const outcome = await runOne(`void setup(){} void loop(){}`, async (t) => {
      await t.runMs(100);
      t.expect.serial().equals('OK');
    });
    expect(outcome.message.en).toBe('Expected exactly «OK» on Serial, but the program printed nothing');
  });
});
