import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

describe('led', () => {
  it('glows at 25 % for analogWrite(9, 64) on Timer1 PWM', async () => {
    const { board, parts } = await rig(compile, `void setup(){ pinMode(9, OUTPUT); analogWrite(9, 64); } void loop(){}`, [
      { kind: 'led', id: 'led', pins: { anode: 'D9' } },
    ]);
    board.runMs(30);
    const led = parts.get('led', 'led');
    expect(led.brightness()).toBeCloseTo(64 / 255, 2);
    expect(led.snapshot().brightness).toBeCloseTo(0.25, 2);
  });

  it('follows a fast-PWM duty on Timer0 (D5, 980 Hz) and goes dark at analogWrite 0', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ pinMode(5, OUTPUT); analogWrite(5, 191); delay(50); analogWrite(5, 0); } void loop(){}`,
      [{ kind: 'led', id: 'led', pins: { anode: 'D5' } }],
    );
    board.runMs(40);
    // Fast PWM keeps the pin high for OCR+1 of 256 counts.
    expect(parts.get('led', 'led').brightness()).toBeCloseTo(192 / 256, 2);
    board.runMs(60);
    expect(parts.get('led', 'led').brightness()).toBe(0);
    expect(parts.get('led', 'led').isOn()).toBe(false);
  });

  it('blinks with digitalWrite and reports each switch at the moment it happens', async () => {
    const { board, parts, events } = await rig(
      compile,
      `void setup(){ pinMode(13, OUTPUT); } void loop(){ digitalWrite(13, HIGH); delay(100); digitalWrite(13, LOW); delay(100); }`,
      [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
    );
    board.runMs(150);
    const led = parts.get('led', 'led');
    expect(led.isOn()).toBe(false);
    expect(led.brightness()).toBe(0);
    board.runMs(100);
    expect(led.isOn()).toBe(true);
    expect(led.brightness()).toBe(1);
    const switches = events.filter(([, id, what]) => id === 'led' && what === 'brightness');
    expect(switches.map(([, , , v]) => v)).toEqual([1, 0, 1]);
    const ms = switches.map(([c]) => c / 16000);
    expect(ms[1] - ms[0]).toBeCloseTo(100, 0);
  });

  it('stays dark when the sketch forgets pinMode(OUTPUT) (only the pull-up is on)', async () => {
    const { board, parts } = await rig(compile, `void setup(){ digitalWrite(13, HIGH); } void loop(){}`, [
      { kind: 'led', id: 'led', pins: { anode: 'D13' } },
    ]);
    board.runMs(10);
    expect(board.level('D13')).toBe(1);
    expect(parts.get('led', 'led').isOn()).toBe(false);
  });

  it('lights on LOW when wired active-low', async () => {
    const { board, parts } = await rig(compile, `void setup(){ pinMode(7, OUTPUT); digitalWrite(7, LOW); } void loop(){}`, [
      { kind: 'led', id: 'led', pins: { anode: 'D7' }, activeLow: true },
    ]);
    board.runMs(5);
    expect(parts.get('led', 'led').isOn()).toBe(true);
  });
});
