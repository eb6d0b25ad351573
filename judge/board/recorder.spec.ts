import { describe, expect, it } from 'vitest';
import { compileSketch } from '../task/testing.ts';
import { loadHex } from './hex.ts';
import { Recorder } from './recorder.ts';
import { Uno } from './uno.ts';

async function boot(source: string): Promise<Uno> {
  const program = await compileSketch(source);
  return new Uno(loadHex(program.hex), { stackLimit: program.stackLimit });
}

describe('Recorder', () => {
  it('keeps the initial level of every pin, then each change at the cycle it happened', async () => {
    const uno = await boot(`void setup(){pinMode(13,OUTPUT);pinMode(2,INPUT_PULLUP);} void loop(){digitalWrite(13,HIGH);delay(10);digitalWrite(13,LOW);delay(10);}`);
    const rec = new Recorder(uno);
    const seen: number[] = [];
    uno.onPinChange('D13', (_level, cycle) => seen.push(cycle));
    uno.runMs(45);
    const trace = rec.toTrace();
    expect(trace.hz).toBe(16_000_000);
    expect(trace.pins.slice(0, 20).map((p) => p[1])).toEqual([
      'D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13', 'A0', 'A1', 'A2', 'A3', 'A4', 'A5',
    ]);
    expect(trace.pins.slice(0, 20).every((p) => p[0] === 0 && p[2] === 0)).toBe(true);
    const d13 = trace.pins.slice(20).filter((p) => p[1] === 'D13');
    expect(d13.map((p) => p[0])).toEqual(seen);
    expect(d13.map((p) => p[2])).toEqual([1, 0, 1, 0, 1]);
    expect(trace.pins.slice(20)).toContainEqual([expect.any(Number), 'D2', 1]); // the pull-up
    expect(trace.endCycle).toBe(uno.cycles);
    expect(trace.truncated).toBeUndefined();
  });

  it('records serial bytes both ways and part events', async () => {
    const uno = await boot(`void setup(){Serial.begin(115200);Serial.print("hi");} void loop(){ if(Serial.available()) Serial.write(Serial.read()+1); }`);
    const rec = new Recorder(uno);
    uno.runMs(5);
    uno.serialWrite('A');
    rec.event('led', 'brightness', 255);
    uno.runMs(5);
    const trace = rec.toTrace();
    expect(trace.serial.map(([, dir, byte]) => [dir, String.fromCharCode(byte)])).toEqual([['tx', 'h'], ['tx', 'i'], ['rx', 'A'], ['tx', 'B']]);
    const rx = trace.serial[2][0];
    expect(trace.serial[3][0]).toBeGreaterThan(rx);
    expect(trace.events).toEqual([[Math.round(5 * 16000), 'led', 'brightness', 255]].map((e) => [expect.any(Number), ...e.slice(1)]));
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('stops at its size cap and says the trace is truncated', async () => {
    const uno = await boot(`void setup(){pinMode(8,OUTPUT);} void loop(){PORTB ^= 1;}`);
    const rec = new Recorder(uno, { maxEntries: 100, pins: ['D8'] });
    uno.runMs(2);
    const trace = rec.toTrace();
    expect(trace.pins.length).toBe(100);
    expect(trace.truncated).toBe(true);
    expect(trace.endCycle).toBe(uno.cycles);
  });
});
