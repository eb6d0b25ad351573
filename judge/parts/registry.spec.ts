import { describe, expect, it } from 'vitest';
import { Uno } from '../board/uno.ts';
import { Random } from '../board/random.ts';
import { createPart, createParts, partKinds, PartSpecError } from './index.ts';
import type { PartSpec } from './part.ts';

const board = () => new Uno(new Uint16Array(64), { engine: 'reference' });
const make = (specs: PartSpec[]) => createParts(specs, { board: board(), random: new Random(1) });
const problems = (specs: PartSpec[]): string[] => {
  try {
    make(specs);
  } catch (e) {
    if (e instanceof PartSpecError) return e.problems;
    throw e;
  }
  return [];
};

describe('part registry', () => {
  it('knows every part file listed in index.ts', () => {
    expect(partKinds()).toEqual(
      [
        '74hc595', 'button', 'buzzer', 'hc-sr04', 'l298n', 'lcd1602', 'lcd1602-i2c', 'led', 'led-bar', 'line-sensor',
        'photoresistor', 'potentiometer', 'rgb-led', 'servo', 'seven-segment', 'thermistor',
      ].sort(),
    );
  });

  it('creates parts from data with defaults filled in, pins in canonical form', () => {
    const parts = make([
      { kind: 'led', id: 'led1', pins: { anode: '13' } },
      { kind: 'button', id: 'btn', pins: { pin: 'd2' } },
    ]);
    expect(parts.get('led1', 'led').color).toBe('red');
    expect(parts.get('btn', 'button').isPressed()).toBe(false);
    expect(Object.keys(parts.snapshot())).toEqual(['led1', 'btn']);
    expect(() => parts.get('btn', 'led')).toThrow(/is a button, not a led/);
    expect(() => parts.get('nope')).toThrow(/No part "nope"/);
  });

  it('lists every problem of every part at once, in English and Russian', () => {
    const found = problems([
      { kind: 'lamp', id: 'x', pins: {} },
      { kind: 'led', id: 'a', pins: { cathode: 'D3' } },
      { kind: 'servo', id: 's', pins: { signal: 'D99' }, minUs: 'wide' },
      { kind: 'led', id: 'a', pins: { anode: 'D4' }, colour: 'red' },
      { kind: 'potentiometer', id: 'p', pins: { wiper: 'D5' } },
    ]);
    const text = found.join('\n');
    expect(text).toMatch(/part "x" \(lamp\): unknown kind "lamp"; known kinds: .*led/);
    expect(text).toMatch(/part "a" \(led\): missing pin "anode"/);
    expect(text).toMatch(/part "a" \(led\): unknown pin "cathode" \(pins: anode\)/);
    expect(text).toMatch(/part "s" \(servo\): pin "signal": unknown Arduino Uno pin "D99"/);
    expect(text).toMatch(/part "s" \(servo\): setting "minUs"/);
    expect(text).toMatch(/part "a": the id is used twice/);
    expect(text).toMatch(/part "a" \(led\): setting "\(settings\)".*colour/);
    expect(text).toMatch(/part "p" \(potentiometer\): pin "wiper": "D5" is not an analog input/);
    expect(text).toMatch(/неизвестный тип детали/);
    expect(found.length).toBe(8);
  });

  it('wires a part to another part’s output and orders creation by those wires', () => {
    const parts = make([
      { kind: 'led', id: 'q0', pins: { anode: 'sr.Q0' } },
      { kind: '74hc595', id: 'sr', pins: { data: 'D11', clock: 'D12', latch: 'D8' } },
    ]);
    expect(parts.get('q0', 'led').isOn()).toBe(false);
    expect(parts.all().map((p) => p.id)).toEqual(['q0', 'sr']);
    expect(problems([{ kind: 'led', id: 'q0', pins: { anode: 'nobody.Q0' } }]).join()).toMatch(/no part "nobody"/);
    expect(problems([{ kind: 'led', id: 'l', pins: { anode: 'b.Q0' } }, { kind: 'button', id: 'b', pins: { pin: 'D2' } }]).join()).toMatch(
      /a button has no output "Q0" \(outputs: none\)/,
    );
    expect(problems([{ kind: 'led', id: 'l', pins: { anode: 'sr.Q8' } }, { kind: '74hc595', id: 'sr', pins: { data: 'D1', clock: 'D2', latch: 'D3' } }]).join()).toMatch(
      /outputs: Q0, Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q7S/,
    );
    expect(problems([{ kind: 'button', id: 'b', pins: { pin: 'sr.Q0' } }, { kind: '74hc595', id: 'sr', pins: { data: 'D1', clock: 'D2', latch: 'D3' } }]).join()).toMatch(
      /must be a board pin/,
    );
    expect(
      problems([
        { kind: '74hc595', id: 'a', pins: { data: 'b.Q7S', clock: 'D2', latch: 'D3' } },
        { kind: '74hc595', id: 'b', pins: { data: 'a.Q7S', clock: 'D2', latch: 'D3' } },
      ]).join(),
    ).toMatch(/in a loop/);
  });

  it('refuses two parts driving one pin, but lets a part read a pin another drives', () => {
    expect(
      problems([
        { kind: 'button', id: 'b1', pins: { pin: 'D2' } },
        { kind: 'button', id: 'b2', pins: { pin: '2' } },
        { kind: 'potentiometer', id: 'p1', pins: { wiper: 'A0' } },
        { kind: 'line-sensor', id: 'ls', pins: { ao: 'A0' } },
      ]),
    ).toEqual([
      'pin D2 is driven by both "b1" and "b2" / выводом D2 управляют сразу две детали',
      'pin A0 is driven by both "p1" and "ls" / выводом A0 управляют сразу две детали',
    ]);
    expect(problems([{ kind: 'button', id: 'b', pins: { pin: 'D2' } }, { kind: 'led', id: 'l', pins: { anode: 'D2' } }])).toEqual([]);
  });

  it('createPart validates a single spec the same way', () => {
    const ctx = { board: board(), random: new Random(1), emit: () => {} };
    expect(() => createPart({ kind: 'led', id: 'l', pins: {} }, ctx)).toThrow(PartSpecError);
    expect(createPart({ kind: 'l298n', id: 'm', pins: { in1: 'D7', in2: 'D8' } }, ctx).current.mode).toBe('brake');
  });

  it('accepts a pinless part without "pins"', () => {
    const parts = make([{ kind: 'lcd1602-i2c', id: 'lcd' } as unknown as PartSpec]);
    expect(parts.get('lcd', 'lcd1602-i2c').address).toBe(0x27);
  });
});
