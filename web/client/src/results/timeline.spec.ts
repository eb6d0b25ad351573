import { describe, expect, it } from 'vitest';
import type { Trace } from '../api/types.ts';
import { buildTimeline, visibleSegments } from './timeline.ts';

const HZ = 16_000_000;
const ms = (x: number) => x * 16_000;

/** D13 blinking 500 ms on / 500 ms off for 2 s; D2 steady low; "hi\n" printed at 100 ms. */
const blink: Trace = {
  hz: HZ,
  startCycle: 0,
  endCycle: ms(2000),
  pins: [
    [0, 'D13', 0],
    [0, 'D2', 0],
    [ms(0), 'D13', 1],
    [ms(500), 'D13', 0],
    [ms(1000), 'D13', 1],
    [ms(1500), 'D13', 0],
  ],
  serial: [
    [ms(100), 'tx', 104],
    [ms(100.5), 'tx', 105],
    [ms(101), 'tx', 10],
  ],
  events: [],
};

describe('pin timeline model', () => {
  it('turns level changes into consecutive segments covering the whole recording', () => {
    const model = buildTimeline(blink);
    expect(model.durationMs).toBe(2000);
    expect(model.tracks.map((t) => t.pin)).toEqual(['D2', 'D13']);
    const d13 = model.tracks[1];
    expect(d13.segments).toEqual([
      [0, 0, 0],
      [0, 500, 1],
      [500, 1000, 0],
      [1000, 1500, 1],
      [1500, 2000, 0],
    ]);
    expect(model.tracks[0].segments).toEqual([[0, 2000, 0]]);
  });

  it('joins the bytes of one print into one serial label', () => {
    expect(buildTimeline(blink).serial).toEqual([{ ms: 100, dir: 'tx', text: 'hi\n' }]);
  });

  it('measures time from the recording start, not from cycle 0', () => {
    const shifted = { ...blink, startCycle: ms(1000), endCycle: ms(3000), pins: blink.pins.map(([c, p, l]) => [c + ms(1000), p, l] as [number, string, 0 | 1]) };
    expect(buildTimeline(shifted).tracks[1].segments[1]).toEqual([0, 500, 1]);
  });

  it('clips segments to the visible window', () => {
    const d13 = buildTimeline(blink).tracks[1];
    expect(visibleSegments(d13, 250, 750, 1)).toEqual([
      [250, 500, 1],
      [500, 750, 0],
    ]);
  });

  it('keeps a long level after a tiny start glitch as that level, not a busy band', () => {
    const pins: Trace['pins'] = [[0, 'D13', 0], [ms(0.01), 'D13', 1], [ms(1000), 'D13', 0]];
    const track = buildTimeline({ ...blink, pins, serial: [] }).tracks[0];
    const drawn = visibleSegments(track, 0, 2000, 5);
    expect(drawn.map((d) => d[2])).toEqual([0, 1, 0]);
    expect(drawn[1][1]).toBe(1000);
  });

  it('draws fast PWM as a busy band instead of thousands of edges', () => {
    const pins: Trace['pins'] = [[0, 'D9', 0]];
    // 490 Hz, 50 % duty for one second.
    for (let k = 0; k < 490; k++) {
      pins.push([Math.round((k / 490) * HZ), 'D9', 1]);
      pins.push([Math.round(((k + 0.5) / 490) * HZ), 'D9', 0]);
    }
    const track = buildTimeline({ ...blink, endCycle: HZ, pins, serial: [] }).tracks[0];
    expect(track.edges).toBeGreaterThan(900);
    const drawn = visibleSegments(track, 0, 1000, 5);
    expect(drawn.length).toBeLessThan(10);
    expect(drawn.some((s) => s[2] === 2)).toBe(true);
  });
});
