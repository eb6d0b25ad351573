import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// Counts falling edges on D2 (INT0) and prints the count whenever it changes.
const EDGE_COUNTER = `
volatile unsigned int falls = 0;
void onFall() { falls++; }
void setup() {
  Serial.begin(115200);
  pinMode(2, INPUT_PULLUP);
  attachInterrupt(0, onFall, FALLING);
}
void loop() {
  static unsigned int shown = 0;
  noInterrupts(); unsigned int n = falls; interrupts();
  if (n != shown) { shown = n; Serial.println(n); }
}`;

function lastNumber(text: string): number {
  const lines = text.trim().split(/\r?\n/);
  return Number(lines[lines.length - 1] || 0);
}

describe('button', () => {
  it('reads LOW while pressed with INPUT_PULLUP, HIGH when released', async () => {
    const { board, parts } = await rig(compile, `void setup(){ pinMode(4, INPUT_PULLUP); } void loop(){}`, [
      { kind: 'button', id: 'btn', pins: { pin: 'D4' } },
    ]);
    board.runMs(2);
    const btn = parts.get('btn', 'button');
    expect(board.level('D4')).toBe(1);
    btn.press();
    expect(board.level('D4')).toBe(0);
    btn.release();
    expect(board.level('D4')).toBe(1);
  });

  it('reads HIGH while pressed when wired to VCC with a pull-down', async () => {
    const { board, parts, serial } = await rig(
      compile,
      `void setup(){ Serial.begin(115200); pinMode(4, INPUT); } void loop(){ Serial.print(digitalRead(4)); delay(10); }`,
      [{ kind: 'button', id: 'btn', pins: { pin: '4' }, wiring: 'to-vcc' }],
    );
    board.runMs(15);
    expect(serial()).toMatch(/^0+$/);
    parts.get('btn', 'button').click(25);
    board.runMs(40);
    expect(serial()).toMatch(/^0+1+0+$/);
  });

  it('without bounce, one press is one falling edge', async () => {
    const { board, parts, serial } = await rig(compile, EDGE_COUNTER, [{ kind: 'button', id: 'btn', pins: { pin: 'D2' } }]);
    board.runMs(5);
    parts.get('btn', 'button').click(50);
    board.runMs(100);
    expect(lastNumber(serial())).toBe(1);
  });

  it('with bounce, the contact chatters for 1–10 ms and a naive counter sees several edges', async () => {
    const { board, parts, serial } = await rig(compile, EDGE_COUNTER, [
      { kind: 'button', id: 'btn', pins: { pin: 'D2' }, bounce: true },
    ]);
    board.runMs(5);
    const btn = parts.get('btn', 'button');
    const changes: number[] = [];
    board.onPinChange('D2', (_level, cycle) => changes.push(cycle));
    const start = board.cycles;
    btn.press();
    board.runMs(50);
    expect(btn.isClosed()).toBe(true);
    expect(board.level('D2')).toBe(0);
    const settledMs = (changes[changes.length - 1] - start) / 16000;
    expect(settledMs).toBeGreaterThanOrEqual(0);
    expect(settledMs).toBeLessThanOrEqual(10);
    expect(changes.length).toBeGreaterThan(2);
    btn.release();
    board.runMs(50);
    expect(board.level('D2')).toBe(1);
    expect(lastNumber(serial())).toBeGreaterThan(1);
  });

  it('bounces the same way for the same seed', async () => {
    const runs: number[][] = [];
    for (let i = 0; i < 2; i++) {
      const { board, parts } = await rig(compile, EDGE_COUNTER, [{ kind: 'button', id: 'btn', pins: { pin: 'D2' }, bounce: true }], 42);
      board.runMs(1);
      const changes: number[] = [];
      board.onPinChange('D2', (_l, cycle) => changes.push(cycle));
      parts.get('btn', 'button').click(20);
      board.runMs(40);
      runs.push(changes);
    }
    expect(runs[0]).toEqual(runs[1]);
  });

  it('reports a short circuit when pressed on a pin the sketch drives HIGH (forgot INPUT_PULLUP)', async () => {
    const { board, parts, events } = await rig(compile, `void setup(){ pinMode(2, OUTPUT); digitalWrite(2, HIGH); } void loop(){}`, [
      { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
    ]);
    board.runMs(2);
    parts.get('btn', 'button').press();
    expect(events.filter(([, , what]) => what === 'short-circuit').map(([, , , v]) => v)).toEqual(['D2']);
  });
});
