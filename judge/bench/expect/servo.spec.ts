import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

// Servo pulses by hand (no library): 1 472 µs ≈ 90°, then 544 µs = 0°, every 20 ms.
const PULSES = `void pulse(int us){digitalWrite(9,HIGH);delayMicroseconds(us);digitalWrite(9,LOW);delay(18);}
void setup(){pinMode(9,OUTPUT);} void loop(){ for(int i=0;i<25;i++) pulse(1472); for(int i=0;i<25;i++) pulse(544); }`;
const servo = [{ kind: 'servo', id: 'servo', pins: { signal: 'D9' } }];

describe('servo expectations', () => {
  it('reads the angle from the pulse width', async () => {
    const outcome = await runOne(PULSES, async (t) => {
      await t.runMs(900);
      t.expect.servo('D9').angle(90, { at: 300 });
      t.expect.servo('D9').angle(0);
      t.expect.servo('D9').reaches(90, { from: 0, to: 400 });
    });
    expect(outcome.message.en).toBe('Test passed');
  });

  it('reports the angle it saw, or that no pulses came', async () => {
    const outcome = await runOne(PULSES, async (t) => {
      await t.runMs(300);
      t.expect.servo('D9').angle(180);
    });
    expect(outcome.message.en).toMatch(/^Servo D9 should be at 180° ± 3° at 0.30 s, but it is at (89|90|91)° \(pulse 1 4\d\d µs\)$/);
    const none = await runOne(`void setup(){} void loop(){}`, async (t) => {
      await t.runMs(100);
      t.expect.servo('D9').angle(90);
    });
    expect(none.message.ru).toBe('Сервопривод D9 должен стоять на 90° ± 3° на 0,10 с, но на него не приходят импульсы управления (servo.attach(9) сделан?)');
    const range = await runOne(PULSES, async (t) => {
      await t.runMs(400);
      t.expect.servo('D9').reaches(180);
    });
    expect(range.message.en).toMatch(/^Servo D9 should reach 180° ± 3° from 0.00 s to 0.40 s, but it stayed at (89|90|91)°$/);
  });
});
