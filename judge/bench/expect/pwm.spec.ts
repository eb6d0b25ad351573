import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

const FADE = `void setup(){analogWrite(9,64);analogWrite(5,200);delay(500);analogWrite(9,255);analogWrite(5,0);} void loop(){}`;

describe('PWM expectations', () => {
  it('reads analogWrite values back from the duty cycle on Timer0 and Timer1 pins', async () => {
    const outcome = await runOne(FADE, async (t) => {
      await t.runMs(1000);
      t.expect.pin('D9').pwm(64, { at: 400 });
      t.expect.pin('D5').pwm(200, { at: 400 });
      t.expect.pin('D9').pwm(255);
      t.expect.pin('D5').pwm(0);
    });
    expect(outcome.message.en).toBe('Test passed');
  });

  it('reports the value it measured', async () => {
    const outcome = await runOne(FADE, async (t) => {
      await t.runMs(400);
      t.expect.pin('led').pwm(128);
    }, [{ kind: 'led', id: 'led', pins: { anode: 'D9' } }]);
    expect(outcome.verdict).toBe('wrong');
    expect(outcome.message.en).toMatch(/^LED D9: PWM \(analogWrite\) at 0.40 s should be 128 ± 3, but it was 6[45] \(HIGH 25 % of the time\)$/);
    expect(outcome.message.ru).toMatch(/^Светодиод D9: ШИМ \(analogWrite\) на 0,40 с должен быть 128 ± 3, а был 6[45] \(HIGH 25 % времени\)$/);
  });
});
