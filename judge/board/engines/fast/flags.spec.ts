import { describe, expect, it } from 'vitest';
import { isValidOpcode } from '../../opcodes.ts';
import { templateFor } from './compile.ts';
import { foldConstants } from './fold.ts';
import { flagEffect, liveAfter, pruneFlags } from './flags.ts';
import { bodyRunner } from './body-runner.ts';
import { Random } from '../../random.ts';


/** Every valid opcode whose body touches only registers, SREG and flash. */
const PLAIN: number[] = [];
for (let op = 0; op < 0x10000; op++) {
  if (!isValidOpcode(op)) continue;
  const body = foldConstants(templateFor(op).body, op);
  if (!/\b(?:ra|wa|pc|sp|cpu|pm)\b/.test(body) && !/data\[(?:value|i)\]/.test(body)) PLAIN.push(op);
}

describe('SREG flag liveness', () => {
  it('knows what the common instructions read and write', () => {
    const effect = (op: number) => flagEffect(templateFor(op), op, foldConstants(templateFor(op).body, op));
    expect(effect(0x0f88)).toEqual({ reads: 0, writes: 0x3f }); // add r24, r24
    expect(effect(0x1f99)).toEqual({ reads: 1, writes: 0x3f }); // adc r25, r25
    expect(effect(0x0a52)).toEqual({ reads: 3, writes: 0x3f }); // sbc r5, r18
    expect(effect(0x2788)).toEqual({ reads: 0, writes: 0x1e }); // eor r24, r24 (keeps C)
    expect(effect(0xf7e1)).toEqual({ reads: 2, writes: 0 }); // brne
    expect(effect(0x9588)).toEqual({ reads: 0, writes: 0 }); // sleep
    expect(effect(0x918c).reads).toBe(0xff); // ld r24, X: X may point at SREG
    expect(effect(0xb79f).reads).toBe(0xff); // in r25, SREG
  });

  it('keeps every flag live where the run may be left', () => {
    const add = { reads: 0, writes: 0x3f };
    expect(liveAfter([add, add, add], [false, false, true])).toEqual([0xc0, 0xc0, 0xff]);
    expect(liveAfter([add, add, add], [false, true, true])).toEqual([0xc0, 0xff, 0xff]);
    expect(liveAfter([add, { reads: 1, writes: 0x3f }, add], [false, false, true])).toEqual([0xc1, 0xc0, 0xff]);
  });

  it('a pruned body computes the same registers and live flags as the full one (a seventh of all plain opcodes)', () => {
    const rnd = new Random(7);
    const random = (): number => rnd.next();
    const pb = new Uint8Array(0x8000).map(() => Math.floor(random() * 256));
    let pruned = 0;
    for (const op of PLAIN) {
      if (random() > 1 / 7) continue;
      const t = templateFor(op);
      const body = foldConstants(t.body, op);
      const effect = flagEffect(t, op, body);
      for (let k = 0; k < 3; k++) {
        // Every flag dead once per opcode: the path that drops the whole computation.
        const live = k === 0 ? 0 : Math.floor(random() * 256);
        const short = pruneFlags(body, effect, live);
        if (short !== body) pruned++;
        const data = new Uint8Array(256).map(() => Math.floor(random() * 256));
        data[31] = data[31] & 0x3f; // Z inside flash for LPM
        const a = data.slice();
        const b = data.slice();
        const ca = bodyRunner(body)(a, pb);
        const cb = bodyRunner(short)(b, pb);
        expect({ op, live, c: cb, regs: Array.from(b.subarray(0, 32)), sreg: b[95] & live }).toEqual({
          op,
          live,
          c: ca,
          regs: Array.from(a.subarray(0, 32)),
          sreg: a[95] & live,
        });
      }
    }
    // The property is only worth something if pruning happened a lot.
    expect(pruned).toBeGreaterThan(PLAIN.length / 7);
  });
});
