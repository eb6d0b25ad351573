import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../../judge/toolchain/index.ts';
import type { PartSpec } from '../../../../judge/parts/part.ts';
import type { FromWorker, Snapshot } from './protocol.ts';
import { SimCore } from './core.ts';

/**
 * The browser simulator's core with the real toolchain and the judge's own board and parts: what a
 * child sees on «Запустить» is what the judge will see. A fake wall clock makes frames exact.
 */
const ROOT = join(import.meta.dirname, '../../../..');

async function hexOf(source: string): Promise<string> {
  const r = await compile({ source });
  if (!r.ok || !r.hex) throw new Error(`compile failed: ${JSON.stringify(r.errors)}`);
  return r.hex;
}

function rig() {
  let clock = 0;
  const posted: FromWorker[] = [];
  const core = new SimCore((m) => posted.push(m), () => clock);
  const frame = (wallMs: number): Snapshot => {
    clock += wallMs;
    core.frame();
    const last = [...posted].reverse().find((m) => m.type === 'snapshot');
    return last as Snapshot;
  };
  return { core, posted, frame };
}

const LED: PartSpec[] = [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }];

describe('browser simulator core', () => {
  it('runs in real time: the LED of «Маячок» is on and off as simulated time passes', async () => {
    const hex = await hexOf(readFileSync(join(ROOT, 'tasks/blink/solutions/accepted.ino'), 'utf8'));
    const { core, frame } = rig();
    core.start({ type: 'start', hex, parts: LED, speed: 1, seed: 1 });
    const seen: boolean[] = [];
    let last: Snapshot | undefined;
    for (let i = 0; i < 30; i++) {
      last = frame(100);
      seen.push(Boolean(last.parts.led.on));
    }
    expect(last!.timeMs).toBeCloseTo(3000, -1);
    expect(seen).toContain(true);
    expect(seen).toContain(false);
  }, 120_000);

  it('runs ten times faster at ×10 and pauses without losing time', async () => {
    const hex = await hexOf(readFileSync(join(ROOT, 'tasks/blink/solutions/accepted.ino'), 'utf8'));
    const { core, frame } = rig();
    core.start({ type: 'start', hex, parts: LED, speed: 10, seed: 1 });
    expect(frame(100).timeMs).toBeCloseTo(1000, -1);
    core.paused = true;
    const paused = frame(100).timeMs;
    expect(frame(500).timeMs).toBe(paused);
    core.paused = false;
    expect(frame(100).timeMs).toBeGreaterThan(paused);
  }, 120_000);

  it('passes serial both ways and a button press to the sketch', async () => {
    const hex = await hexOf(`
      void setup() { Serial.begin(9600); pinMode(2, INPUT_PULLUP); pinMode(13, OUTPUT); Serial.println("READY"); }
      void loop() {
        digitalWrite(13, digitalRead(2) == LOW);
        if (Serial.available()) { char c = Serial.read(); Serial.print((char)(c + 1)); }
      }`);
    const { core, frame } = rig();
    core.start({ type: 'start', hex, parts: [...LED, { kind: 'button', id: 'btn', pins: { pin: 'D2' } }], speed: 1, seed: 1 });
    let out = frame(100).serial;
    core.serial('abc');
    for (let i = 0; i < 5; i++) out += frame(50).serial;
    expect(out).toBe('READY\r\nbcd');
    expect(frame(50).parts.led.on).toBe(false);
    core.input('btn', 'press');
    expect(frame(50).parts.led.on).toBe(true);
    core.input('btn', 'release');
    expect(frame(50).pins.D13.level).toBe(0);
  }, 120_000);

  it('drives the robot on its field with the judge’s robot world', async () => {
    const hex = await hexOf(readFileSync(join(ROOT, 'tasks/robot-square/solutions/accepted.ino'), 'utf8'));
    const { core, frame } = rig();
    const scene = { kind: 'robot', field: 'arena', start: { x: 700, y: 700, heading: 0 } };
    core.start({ type: 'start', hex, parts: [], scene, speed: 1, seed: 1 });
    const start = frame(10).robot!;
    expect(start.x).toBeCloseTo(700, 0);
    let now = start;
    for (let i = 0; i < 15; i++) now = frame(100).robot!;
    expect(Math.hypot(now.x - start.x, now.y - start.y)).toBeGreaterThan(100);
    // The robot's own parts report too (the motor drivers at least), for the live readings.
    expect(Object.keys(now.parts ?? {})).toEqual(expect.arrayContaining(['motorLeft', 'motorRight']));
  }, 120_000);

  it('reports a crash in both languages and stops', async () => {
    const hex = await hexOf('void (*f)() = 0; void setup() { f(); } void loop() {}');
    const { core, posted, frame } = rig();
    core.start({ type: 'start', hex, parts: [], speed: 1, seed: 1 });
    for (let i = 0; i < 5 && !posted.some((m) => m.type === 'crash'); i++) frame(100);
    const crash = posted.find((m) => m.type === 'crash');
    if (crash?.type !== 'crash') throw new Error('no crash reported');
    expect(crash.message.ru).toMatch(/[а-я]/);
    expect(crash.message.en).toMatch(/reset|address/);
    expect(core.frame()).toBe(false);
  }, 120_000);
});
