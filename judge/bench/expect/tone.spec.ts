import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

const MELODY = `void setup(){tone(8,440);delay(500);tone(8,880);delay(500);noTone(8);} void loop(){}`;

describe('tone expectations', () => {
  it('measures the frequency of tone() and silence after noTone()', async () => {
    const outcome = await runOne(MELODY, async (t) => {
      await t.runMs(1500);
      t.expect.tone('D8').frequency(440, { at: 400 });
      t.expect.tone('D8').frequency(880, { at: 900 });
      t.expect.tone('D8').silent({ from: 1010 });
    });
    expect(outcome.message.en).toBe('Test passed');
  });

  it('says what it heard', async () => {
    const outcome = await runOne(MELODY, async (t) => {
      await t.runMs(400);
      t.expect.tone('buzzer').frequency(523);
    }, [{ kind: 'buzzer', id: 'buzzer', pins: { pin: 'D8' } }]);
    expect(outcome.message.ru).toMatch(/^Пищалка D8 должна звучать с частотой 523 ± 5 Гц на 0,40 с, а звучит 44\d Гц$/);
    const silent = await runOne(MELODY, async (t) => {
      await t.runMs(1500);
      t.expect.tone('D8').frequency(440);
    });
    expect(silent.message.en).toBe('Pin D8 should sound at 440 ± 4 Hz at 1.50 s, but it is silent');
  });
});
