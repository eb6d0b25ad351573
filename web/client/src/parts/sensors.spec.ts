import { describe, expect, it } from 'vitest';
import { SENSORS, fromSlider, toSlider } from './sensors.ts';

describe('sensor sliders', () => {
  it('cover the full range and round-trip', () => {
    for (const [kind, c] of Object.entries(SENSORS)) {
      expect(fromSlider(c, 0), kind).toBeCloseTo(c.min);
      expect(fromSlider(c, 1000), kind).toBeCloseTo(c.max);
      const mid = fromSlider(c, 500);
      expect(toSlider(c, mid), kind).toBeCloseTo(500);
    }
  });

  it('move light on a log scale: the middle of the slider is 100 lux, not 5 000', () => {
    expect(fromSlider(SENSORS.photoresistor, 500)).toBeCloseTo(100);
  });

  it('start from the task’s own setting', () => {
    expect(SENSORS.photoresistor.initial({ kind: 'photoresistor', id: 'ldr', pins: {}, lux: 50 })).toBe(50);
    expect(SENSORS['hc-sr04'].initial({ kind: 'hc-sr04', id: 'us', pins: {} })).toBe(100);
  });
});
