import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

// D13 on for the first second, then off for good.
const ONCE = `void setup(){pinMode(13,OUTPUT);digitalWrite(13,HIGH);delay(1000);digitalWrite(13,LOW);} void loop(){}`;
const led = [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }];

describe('pin level expectations', () => {
  it('accepts the level at a moment and over a window', async () => {
    const outcome = await runOne(ONCE, async (t) => {
      await t.runMs(1500);
      t.expect.pin('D13').isHigh({ at: 500 });
      t.expect.pin('D13').isLow();
      t.expect.pin('led').staysHigh({ from: 10, to: 990 });
      t.expect.pin('D13').staysLow({ from: 1010 });
    }, led);
    expect(outcome.verdict).toBe('accepted');
  });

  it('speaks of an LED as lit or dark in Russian', async () => {
    const outcome = await runOne(ONCE, async (t) => {
      await t.runMs(1500);
      t.expect.pin('D13').isHigh({ at: 1200 });
    }, led);
    expect(outcome.message).toEqual({
      ru: 'Светодиод D13 должен гореть на 1,20 с, но он не горел',
      en: 'LED D13 should be HIGH at 1.20 s, but it was LOW',
    });
  });

  it('names the moment a pin left the level it had to keep', async () => {
    const outcome = await runOne(ONCE, async (t) => {
      await t.runMs(1500);
      t.expect.pin('D13').staysHigh({ from: 500 });
    });
    expect(outcome.message.ru).toMatch(/^Вывод D13 должен быть HIGH всё время с 0,50 с до 1,50 с, но на 1,00 с он был LOW$/);
    expect(outcome.message.en).toMatch(/^Pin D13 should be HIGH all the time from 0.50 s to 1.50 s, but at 1.00 s it was LOW$/);
  });

  it('uses feminine agreement for a button in Russian', async () => {
    const outcome = await runOne(ONCE, async (t) => {
      await t.runMs(100);
      t.expect.pin('btn').isLow();
    }, [{ kind: 'button', id: 'btn', pins: { pin: 'D2' } }]);
    // Nothing drives D2 and the sketch has no pull-up: it reads LOW — so this passes …
    expect(outcome.verdict).toBe('accepted');
    const high = await runOne(ONCE, async (t) => {
      await t.runMs(100);
      t.expect.pin('btn').isHigh();
    }, [{ kind: 'button', id: 'btn', pins: { pin: 'D2' } }]);
    expect(high.message.ru).toBe('Кнопка D2 должна быть HIGH на 0,10 с, но она была LOW');
  });
});

describe('an LED on a pin that is not an OUTPUT', () => {
  it('counts as dark, and the message says which pinMode is missing', async () => {
    const outcome = await runOne(`void setup(){digitalWrite(13,HIGH);} void loop(){}`, async (t) => {
      await t.runMs(300);
      t.expect.pin('led').staysHigh({ from: 100 });
    }, [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }]);
    expect(outcome.message).toEqual({
      ru: 'Светодиод D13 должен гореть всё время с 0,10 с до 0,30 с, но на 0,10 с он почти не светится: вывод не настроен как выход — pinMode(13, OUTPUT)',
      en: 'LED D13 should be HIGH all the time from 0.10 s to 0.30 s, but at 0.10 s it barely glows: the pin is not an output — pinMode(13, OUTPUT)',
    });
  });
});
