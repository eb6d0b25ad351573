import { describe, expect, it } from 'vitest';
import { runOne } from '../../task/testing.ts';

// The classic mistake: digitalWrite without pinMode only toggles the pull-up.
const NO_PINMODE = `void setup(){pinMode(2,INPUT_PULLUP);delay(200);pinMode(12,OUTPUT);} void loop(){digitalWrite(13,HIGH);delay(100);digitalWrite(13,LOW);delay(100);}`;

describe('pin mode expectations', () => {
  it('tells a student that forgot pinMode what to write', async () => {
    const outcome = await runOne(NO_PINMODE, async (t) => {
      await t.runMs(500);
      t.expect.pin('D2').isInputPullup();
      t.expect.pin('D12').isOutput();
      t.expect.pin('A0').isInput();
      t.expect.pin('D13').isOutput();
    }, [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }]);
    expect(outcome.verdict).toBe('wrong');
    expect(outcome.message).toEqual({
      ru: 'Светодиод D13 должен быть в режиме OUTPUT — pinMode(13, OUTPUT), но на 0,50 с он в режиме INPUT_PULLUP',
      en: 'LED D13 must be an OUTPUT — pinMode(13, OUTPUT), but at 0.50 s it is INPUT_PULLUP',
    });
  });

  it('knows the mode a pin had at an earlier moment', async () => {
    const outcome = await runOne(NO_PINMODE, async (t) => {
      await t.runMs(500);
      t.expect.pin('D12').isInput({ at: 100 });
      t.expect.pin('D12').isOutput({ at: 300 });
    });
    expect(outcome.verdict).toBe('accepted');
  });
});
