import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// The classroom conversion: divider resistance, then the B-parameter equation; prints tenths of °C.
const THERMOMETER = `
void setup(){ Serial.begin(115200); }
void loop(){
  float raw = analogRead(A2);
  float r = 10000.0 / (1023.0 / raw - 1.0);
  float t = 1.0 / (log(r / 10000.0) / 3950.0 + 1.0 / 298.15) - 273.15;
  Serial.println((long)(t * 10 + (t < 0 ? -0.5 : 0.5)));
  delay(5);
}`;
const last = (text: string) => Number(text.trim().split(/\r?\n/).at(-1)) / 10;

describe('thermistor', () => {
  it('reads back the set temperature through a 10k NTC divider (B = 3950)', async () => {
    const { board, parts, serial } = await rig(compile, THERMOMETER, [{ kind: 'thermistor', id: 't', pins: { out: 'A2' } }]);
    const th = parts.get('t', 'thermistor');
    board.runMs(15);
    expect(Math.abs(last(serial()) - 25)).toBeLessThan(0.5);
    for (const celsius of [0, 50, 80]) {
      th.setCelsius(celsius);
      board.runMs(15);
      // One ADC step is ≈ 0.1–0.3 °C around these temperatures.
      expect(Math.abs(last(serial()) - celsius)).toBeLessThan(0.5);
    }
    expect(th.resistance()).toBeLessThan(10_000);
  });
});
