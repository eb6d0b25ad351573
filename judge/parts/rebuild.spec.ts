import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// Lights an active-low LED on D12 in setup(), darkens it in loop(); the watchdog resets every ≈ 16 ms.
const WATCHDOG = `
#include <avr/wdt.h>
void setup() {
  Serial.begin(115200);
  pinMode(12, OUTPUT); digitalWrite(12, LOW);
  wdt_enable(WDTO_15MS);
}
void loop() { delay(2); digitalWrite(12, HIGH); Serial.println(analogRead(A0)); }`;

describe('parts across a watchdog reset (the board rebuilds its chip)', () => {
  it('keep seeing pins and feeding the ADC after the reset', async () => {
    const { board, parts, serial } = await rig(compile, WATCHDOG, [
      { kind: 'led', id: 'led', pins: { anode: 'D12' }, activeLow: true },
      { kind: 'potentiometer', id: 'pot', pins: { wiper: 'A0' } },
    ]);
    board.runMs(1);
    expect(parts.get('led', 'led').isOn()).toBe(true);
    board.runMs(9);
    expect(parts.get('led', 'led').isOn()).toBe(false);
    expect(serial().trim().split(/\r?\n/).at(-1)).toBe('512');
    const seen: boolean[] = [];
    for (let i = 0; i < 24; i++) {
      board.runMs(0.5);
      if (seen.at(-1) !== parts.get('led', 'led').isOn()) seen.push(parts.get('led', 'led').isOn());
    }
    expect(board.watchdogResets).toBeGreaterThanOrEqual(1);
    // Turned after the reset: only a hook on the new ADC can see it.
    parts.get('pot', 'potentiometer').setPosition(0.75);
    board.runMs(5);
    expect(serial().trim().split(/\r?\n/).at(-1)).toBe('768');
    // setup() lit the LED again after the reset and loop() darkened it: the part saw both.
    expect(seen.slice(0, 3)).toEqual([false, true, false]);
  });
});
