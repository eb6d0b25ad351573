import { beforeAll, describe, expect, it } from 'vitest';
import { compileSketch, runOne, type Program } from '../../task/testing.ts';

const BLINK = `void setup(){pinMode(13,OUTPUT);} void loop(){digitalWrite(13,HIGH);delay(500);digitalWrite(13,LOW);delay(500);}`;
// Stays on 1 s, then off 0.5 s: the classic "wrong delay" mistake.
const UNEVEN = `void setup(){pinMode(13,OUTPUT);} void loop(){digitalWrite(13,HIGH);delay(1000);digitalWrite(13,LOW);delay(500);}`;
const led = [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }];

describe('pin timing expectations', () => {
  let blink: Program;
  let uneven: Program;
  beforeAll(async () => {
    [blink, uneven] = await Promise.all([compileSketch(BLINK), compileSketch(UNEVEN)]);
  });

  it('accepts a 1 Hz blink as togglesEvery(500), hasPeriod(1000), hasDuty(50) and 500 ms pulses', async () => {
    const outcome = await runOne(blink, async (t) => {
      await t.runMs(3000);
      t.expect.pin('D13').togglesEvery(500, { tolerance: 20, from: 100 });
      t.expect.pin('led').hasPeriod(1000, { tolerance: 20 });
      t.expect.pin('D13').hasDuty(50, { tolerance: 2, from: 0, to: 3000 });
      t.expect.pin('D13').pulsesHigh(500, { tolerance: 5, count: 2 });
      t.expect.pin('D13').pulsesLow(500, { tolerance: 5, count: 2 });
    }, led);
    expect(outcome.message.en).toBe('Test passed');
    expect(outcome.verdict).toBe('accepted');
  });

  it('says how long the LED stayed on, and when, in Russian and English', async () => {
    const outcome = await runOne(uneven, async (t) => {
      await t.runMs(3000);
      t.expect.pin('D13').togglesEvery(500, { tolerance: 20, from: 100 });
    }, led);
    expect(outcome.verdict).toBe('wrong');
    expect(outcome.message.ru).toBe('Светодиод D13 должен переключаться каждые 500 ± 20 мс; он горел 1 000 мс подряд на 0,00 с');
    expect(outcome.message.en).toBe('LED D13 should toggle every 500 ± 20 ms; it stayed HIGH for 1 000 ms at 0.00 s');
  });

  it('fails a pin that never changes, naming the window', async () => {
    const outcome = await runOne(blink, async (t) => {
      await t.runMs(1000);
      t.expect.pin('D12').togglesEvery(500);
    });
    expect(outcome.verdict).toBe('wrong');
    expect(outcome.message.en).toBe('Pin D12 should toggle every 500 ± 10 ms, but it stayed LOW the whole time from 0.00 s to 1.00 s');
  });

  it('reports a wrong period and a wrong duty with the measured values', async () => {
    const period = await runOne(uneven, async (t) => {
      await t.runMs(4000);
      t.expect.pin('D13').hasPeriod(1000, { tolerance: 20 });
    }, led);
    expect(period.verdict).toBe('wrong');
    expect(period.message.en).toMatch(/period of 1 000 ± 20 ms; after going HIGH at 0.00 s it did again after 1 500 ms/);
    const duty = await runOne(uneven, async (t) => {
      await t.runMs(3000);
      t.expect.pin('D13').hasDuty(50);
    }, led);
    expect(duty.message.en).toMatch(/should be HIGH 50 ± 5 % of the time from 0.00 s to 3.00 s, but it was 67 %/);
    expect(duty.message.ru).toMatch(/быть HIGH 50 ± 5 % времени с 0,00 с до 3,00 с, а был 67 %/);
  });

  it('checks pulse widths and counts', async () => {
    const outcome = await runOne(uneven, async (t) => {
      await t.runMs(3100);
      t.expect.pin('D13').pulsesHigh(500, { tolerance: 10 });
    }, led);
    expect(outcome.message.en).toMatch(/HIGH pulses from 0.00 s to 3.10 s should last 500 ± 10 ms; the pulse at 0.00 s lasted 1 000 ms/);
    const few = await runOne(blink, async (t) => {
      await t.runMs(1200);
      t.expect.pin('D13').pulsesLow(500, { count: 3 });
    }, led);
    expect(few.message.en).toMatch(/expected at least 3, but there were 1/);
  });
});
