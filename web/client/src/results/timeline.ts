import type { Trace } from '../api/types.ts';

/** One pin's recorded signal as level segments, in ms from the start of the test. */
export interface PinTrack {
  pin: string;
  /** [startMs, endMs, level], consecutive and covering the whole recording. */
  segments: [number, number, 0 | 1][];
  /** Number of level changes (edges), for the label. */
  edges: number;
}

export interface TimelineModel {
  durationMs: number;
  tracks: PinTrack[];
  /** Serial bytes as text pieces with their time, for markers on the timeline. */
  serial: { ms: number; dir: 'tx' | 'rx'; text: string }[];
}

function pinOrder(a: string, b: string): number {
  const key = (p: string) => (p[0] === 'A' ? 100 : 0) + Number(p.slice(1));
  return key(a) - key(b);
}

/**
 * Turns a trace (cycle-stamped pin changes) into drawable tracks: the logic-analyzer view of a
 * failed test. The first entry of each pin is its initial level; later entries are changes.
 */
export function buildTimeline(trace: Trace): TimelineModel {
  const ms = (cycle: number) => ((cycle - trace.startCycle) / trace.hz) * 1000;
  const durationMs = Math.max(0, ms(trace.endCycle));
  const byPin = new Map<string, [number, 0 | 1][]>();
  for (const [cycle, pin, level] of trace.pins) {
    const list = byPin.get(pin) ?? [];
    list.push([ms(cycle), level]);
    byPin.set(pin, list);
  }
  const tracks: PinTrack[] = [...byPin.keys()].sort(pinOrder).map((pin) => {
    const changes = byPin.get(pin)!;
    const segments: [number, number, 0 | 1][] = [];
    let edges = 0;
    let start = 0;
    let level = changes[0][1];
    for (let i = 1; i < changes.length; i++) {
      const [t, l] = changes[i];
      if (l === level) continue;
      segments.push([start, t, level]);
      start = t;
      level = l;
      edges++;
    }
    segments.push([start, durationMs, level]);
    return { pin, segments, edges };
  });
  const serial: TimelineModel['serial'] = [];
  for (const [cycle, dir, byte] of trace.serial) {
    const t = ms(cycle);
    const last = serial[serial.length - 1];
    const ch = String.fromCharCode(byte);
    // Bytes of one burst (printed by one println) become one label.
    if (last && last.dir === dir && t - last.ms < 20 && !last.text.endsWith('\n')) last.text += ch;
    else serial.push({ ms: t, dir, text: ch });
  }
  return { durationMs, tracks, serial };
}

/**
 * Segments of a track visible in [fromMs, toMs], merged so that each drawn piece is at least
 * `minMs` wide (a 490 Hz PWM over 10 s would otherwise be 10 000 rectangles). Merged pieces carry
 * level 2 = "busy" (drawn as a filled band, like logic analyzers do).
 */
export function visibleSegments(track: PinTrack, fromMs: number, toMs: number, minMs: number): [number, number, 0 | 1 | 2][] {
  const out: [number, number, 0 | 1 | 2][] = [];
  for (const [a, b, level] of track.segments) {
    if (b <= fromMs || a >= toMs) continue;
    const s = Math.max(a, fromMs);
    const e = Math.min(b, toMs);
    const last = out[out.length - 1];
    const tiny = e - s < minMs;
    // Runs of too-narrow pieces join into one busy band; a long piece always keeps its own level.
    if (tiny && last && (last[1] - last[0] < minMs || last[2] === 2)) {
      last[1] = e;
      if (last[2] !== level) last[2] = 2;
    } else if (last && last[2] === level) {
      last[1] = e;
    } else {
      out.push([s, e, level]);
    }
  }
  return out;
}
