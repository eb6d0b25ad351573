import { describe, expect, it } from 'vitest';
import { PlotterModel } from './plotter.ts';
import { PinActivity } from './pinActivity.ts';

describe('serial plotter model', () => {
  it('takes one sample per line, across chunk boundaries', () => {
    const p = new PlotterModel();
    expect(p.feed('12')).toBe(false);
    expect(p.feed('3\n456\n')).toBe(true);
    expect(p.series).toEqual([{ name: '1', values: [123, 456] }]);
  });

  it('reads several values per line and name:value labels like the Arduino IDE', () => {
    const p = new PlotterModel();
    p.feed('light:100,temp:20\r\nlight:120 temp:21\n');
    expect(p.series.map((s) => [s.name, s.values])).toEqual([
      ['light', [100, 120]],
      ['temp', [20, 21]],
    ]);
  });

  it('ignores text lines and keeps only the last samples', () => {
    const p = new PlotterModel(3);
    p.feed('Hello!\n1\n2\n3\n4\n');
    expect(p.series[0].values).toEqual([2, 3, 4]);
  });

  it('keeps series aligned when a value first appears later', () => {
    const p = new PlotterModel();
    p.feed('a:1\na:2 b:5\n');
    expect(p.series[1].values.length).toBe(2);
    expect(Number.isNaN(p.series[1].values[0])).toBe(true);
  });
});

describe('pin activity (PWM duty per frame)', () => {
  it('measures the high fraction of a frame and starts the next frame fresh', () => {
    const a = new PinActivity(['D9', 'D13'], () => 0, 0);
    a.change('D9', 1, 0);
    a.change('D9', 0, 250);
    a.change('D9', 1, 1000);
    a.change('D9', 0, 1250);
    a.change('D13', 1, 500);
    const f = a.frame(2000);
    expect(f.D9).toBeCloseTo(0.25);
    expect(f.D13).toBeCloseTo(0.75);
    expect(a.frame(3000).D13).toBe(1);
  });
});
