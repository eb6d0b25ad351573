// Our Servo library, compiled by the real toolchain and run on the simulated Uno: the pulses on
// the pin are what a hobby servo reads (544–2400 µs every 20 ms, hardware.md).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHex } from '../board/hex.ts';
import { Uno } from '../board/uno.ts';
import { compile } from './index.ts';

process.env.TECHNOLAB_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tl-servo-spec-'));

async function pulses(setup: string, pin: 'D9' | 'D10' = 'D9') {
  const r = await compile({ source: `#include <Servo.h>\nServo s;\nvoid setup() {\n${setup}\n}\nvoid loop() {}\n` });
  expect(r.errors).toEqual([]);
  const board = new Uno(loadHex(r.hex!));
  const edges: { level: number; cycle: number }[] = [];
  board.onPinChange(pin, (level, cycle) => edges.push({ level, cycle }));
  board.runMs(105);
  const widths: number[] = [];
  const periods: number[] = [];
  for (let i = 1; i < edges.length; i++) {
    if (edges[i - 1].level === 1 && edges[i].level === 0) widths.push((edges[i].cycle - edges[i - 1].cycle) / 16);
    if (edges[i].level === 1) {
      const prev = edges.slice(0, i).reverse().find((e) => e.level === 1);
      if (prev) periods.push((edges[i].cycle - prev.cycle) / 16);
    }
  }
  return { widths, periods };
}

describe('Servo library', () => {
  for (const [angle, us] of [[0, 544], [90, 1472], [180, 2400]] as const) {
    it(`write(${angle}) sends ${us} µs pulses every 20 ms on D9`, async () => {
      const { widths, periods } = await pulses(`s.attach(9);\ns.write(${angle});`);
      expect(widths.length).toBeGreaterThanOrEqual(4);
      for (const w of widths) expect(Math.abs(w - us)).toBeLessThan(4);
      for (const p of periods) expect(Math.abs(p - 20_000)).toBeLessThan(20);
    });
  }

  it('takes microseconds from 544 up and reads back what was written', async () => {
    const { widths } = await pulses('s.attach(9);\ns.writeMicroseconds(1000);');
    for (const w of widths) expect(Math.abs(w - 1000)).toBeLessThan(4);
    const r = await compile({
      source: `#include <Servo.h>\nServo s;\nvoid setup() {\n  Serial.begin(115200);\n  s.attach(10);\n  s.write(45);\n  Serial.println(s.read());\n  Serial.println(s.readMicroseconds());\n  Serial.println(s.attached());\n  s.detach();\n  Serial.println(s.attached());\n  s.write(1800);\n  Serial.println(s.readMicroseconds());\n}\nvoid loop() {}\n`,
    });
    const board = new Uno(loadHex(r.hex!));
    let text = '';
    board.onSerialTransmit((b) => (text += String.fromCharCode(b)));
    board.runMs(20);
    expect(text.split('\r\n').slice(0, 5)).toEqual(['45', '1008', '1', '0', '1800']);
  });

  it('drives several servos in turn, each with its own width', async () => {
    const a = await pulses('s.attach(9);\ns.write(0);\nstatic Servo t;\nt.attach(10);\nt.write(180);', 'D9');
    const b = await pulses('s.attach(9);\ns.write(0);\nstatic Servo t;\nt.attach(10);\nt.write(180);', 'D10');
    for (const w of a.widths) expect(Math.abs(w - 544)).toBeLessThan(4);
    for (const w of b.widths) expect(Math.abs(w - 2400)).toBeLessThan(4);
  });
});
