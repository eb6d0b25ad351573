import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// The textbook sketch: 10 µs trigger, pulseIn on ECHO, divide by 58.
const RANGER = (pauseMs: number, triggerUs = 10) => `
const int TRIG = 9, ECHO = 10;
void setup() { Serial.begin(115200); pinMode(TRIG, OUTPUT); pinMode(ECHO, INPUT); }
void loop() {
  digitalWrite(TRIG, LOW); delayMicroseconds(2);
  digitalWrite(TRIG, HIGH); ${triggerUs ? `delayMicroseconds(${triggerUs});` : ''}
  digitalWrite(TRIG, LOW);
  unsigned long us = pulseIn(ECHO, HIGH, 50000UL);
  Serial.print(us); Serial.print(' '); Serial.println(us / 58);
  delay(${pauseMs});
}`;

function readings(text: string): { us: number; cm: number }[] {
  return text
    .trim()
    .split(/\r?\n/)
    .filter(Boolean)
    .map((l) => l.split(' ').map(Number))
    .map(([us, cm]) => ({ us, cm }));
}

const SONAR = { kind: 'hc-sr04', id: 'sonar', pins: { trig: 'D9', echo: 'D10' } };

describe('hc-sr04', () => {
  it('gives the set distance to pulseIn within ±1 cm, and follows setDistanceCm', async () => {
    const { board, parts, serial } = await rig(compile, RANGER(60), [{ ...SONAR, distanceCm: 100 }]);
    board.runMs(150);
    expect(readings(serial())[0].cm).toBeGreaterThanOrEqual(99);
    expect(readings(serial())[0].cm).toBeLessThanOrEqual(101);
    parts.get('sonar', 'hc-sr04').setDistanceCm(37);
    board.runMs(200);
    const last = readings(serial()).at(-1)!;
    expect(Math.abs(last.cm - 37)).toBeLessThanOrEqual(1);
  });

  it('takes the distance from a plugged-in distanceSource at the moment of the trigger', async () => {
    const { board, parts, serial } = await rig(compile, RANGER(60), [SONAR]);
    const sonar = parts.get('sonar', 'hc-sr04');
    sonar.distanceSource = () => 5 + board.millis / 10;
    board.runMs(300);
    const got = readings(serial());
    expect(got.length).toBeGreaterThanOrEqual(3);
    // Distances grow with time as the source says.
    expect(got[1].cm).toBeGreaterThan(got[0].cm);
    expect(got[0].cm).toBeGreaterThanOrEqual(5);
  });

  it('drops ECHO after ≈ 38 ms when nothing is in range', async () => {
    const { board, parts, serial } = await rig(compile, RANGER(60), [{ ...SONAR, distanceCm: 450 }]);
    board.runMs(100);
    expect(readings(serial())[0].us).toBeGreaterThan(37_500);
    expect(readings(serial())[0].us).toBeLessThan(38_500);
    parts.get('sonar', 'hc-sr04').setDistanceCm(null);
    board.runMs(120);
    expect(readings(serial()).at(-1)!.us).toBeGreaterThan(37_500);
  });

  it('ignores a trigger sooner than 60 ms after the previous one (pulseIn times out → 0)', async () => {
    const { board, parts, serial, events } = await rig(compile, RANGER(20), [{ ...SONAR, distanceCm: 50 }]);
    board.runMs(200);
    const got = readings(serial());
    expect(Math.abs(got[0].cm - 50)).toBeLessThanOrEqual(1);
    expect(got.some((r) => r.us === 0)).toBe(true);
    expect(events.some(([, id, what, value]) => id === 'sonar' && what === 'ignored' && value === 'too-soon')).toBe(true);
    // Every accepted measurement is ≥ 60 ms after the previous one.
    const starts = events.filter(([, , what]) => what === 'distance').map(([c]) => c / 16000);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(60);
    expect(parts.get('sonar', 'hc-sr04').count).toBe(starts.length);
  });

  it('ignores a trigger shorter than 10 µs', async () => {
    const { board, serial, events } = await rig(compile, RANGER(60, 0), [{ ...SONAR, distanceCm: 50 }]);
    board.runMs(100);
    expect(readings(serial())[0].us).toBe(0);
    expect(events.some(([, , what, value]) => what === 'ignored' && value === 'short-trigger')).toBe(true);
  });
});
