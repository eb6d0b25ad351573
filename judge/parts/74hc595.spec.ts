import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// The ShiftOut tutorial: data D11, clock D12, latch D8.
const SHIFT = (body: string) => `
const int DATA = 11, CLOCK = 12, LATCH = 8;
void put(byte v) { digitalWrite(LATCH, LOW); shiftOut(DATA, CLOCK, MSBFIRST, v); digitalWrite(LATCH, HIGH); }
void setup() { pinMode(DATA, OUTPUT); pinMode(CLOCK, OUTPUT); pinMode(LATCH, OUTPUT); ${body} }
void loop() {}`;
const SR = { kind: '74hc595', id: 'sr', pins: { data: 'D11', clock: 'D12', latch: 'D8' } };

describe('74hc595', () => {
  it('latches a byte sent with shiftOut(MSBFIRST): bit 0 on Q0', async () => {
    const { board, parts, events } = await rig(compile, SHIFT(`put(0b10100110); delay(10); put(0x0F);`), [SR]);
    const sr = parts.get('sr', '74hc595');
    board.runMs(5);
    expect(sr.outputs()).toBe(0b10100110);
    expect(sr.output('Q0')!.level()).toBe(0);
    expect(sr.output('Q1')!.level()).toBe(1);
    expect(sr.output('Q7')!.level()).toBe(1);
    board.runMs(10);
    expect(sr.snapshot().bits).toBe('00001111');
    expect(events.filter(([, , what]) => what === 'q').map(([, , , v]) => v)).toEqual([0b10100110, 0x0f]);
  });

  it('shows nothing new until the latch rises', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ pinMode(11, OUTPUT); pinMode(12, OUTPUT); pinMode(8, OUTPUT); shiftOut(11, 12, MSBFIRST, 0xFF); } void loop(){}`,
      [SR],
    );
    board.runMs(5);
    const sr = parts.get('sr', '74hc595');
    expect(sr.shifted()).toBe(0xff);
    expect(sr.outputs()).toBe(0);
  });

  it('drives a 7-segment display wired to its outputs, and chains to a second 595 through Q7S', async () => {
    const { board, parts } = await rig(compile, SHIFT(`put(0x5B); put(0x66);`), [
      SR,
      { kind: '74hc595', id: 'sr2', pins: { data: 'sr.Q7S', clock: 'D12', latch: 'D8' } },
      {
        kind: 'seven-segment',
        id: 'ones',
        pins: { a: 'sr.Q0', b: 'sr.Q1', c: 'sr.Q2', d: 'sr.Q3', e: 'sr.Q4', f: 'sr.Q5', g: 'sr.Q6', dp: 'sr.Q7' },
      },
      {
        kind: 'seven-segment',
        id: 'tens',
        pins: { a: 'sr2.Q0', b: 'sr2.Q1', c: 'sr2.Q2', d: 'sr2.Q3', e: 'sr2.Q4', f: 'sr2.Q5', g: 'sr2.Q6' },
      },
    ]);
    board.runMs(5);
    // The first byte went on through the first 595 into the second one.
    expect(parts.get('ones', 'seven-segment').digit()).toBe('4');
    expect(parts.get('tens', 'seven-segment').digit()).toBe('2');
  });

  it('releases its outputs while /OE is HIGH', async () => {
    const { board, parts } = await rig(compile, SHIFT(`pinMode(7, OUTPUT); digitalWrite(7, HIGH); put(0xFF);`), [
      { ...SR, pins: { ...SR.pins, oe: 'D7' } },
      { kind: 'led', id: 'led', pins: { anode: 'sr.Q3' } },
    ]);
    board.runMs(5);
    expect(parts.get('sr', '74hc595').outputs()).toBe(0xff);
    expect(parts.get('led', 'led').isOn()).toBe(false);
  });
});
