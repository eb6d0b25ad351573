import { describe, expect, it } from 'vitest';
import { isValidOpcode } from '../../opcodes.ts';
import { templateFor } from './compile.ts';
import { foldConstants } from './fold.ts';
import { inlineConstants, onLocals, runFrame } from './registers.ts';
import { bodyRunner } from './body-runner.ts';
import { Random } from '../../random.ts';


describe('registers in locals', () => {
  it('turns the template constants into literal register indices', () => {
    expect(inlineConstants('const r2 = 2 * 12; const d2 = 2 * 15; data[d2] = data[r2]; data[d2 + 1] = data[r2 + 1];').trim())
      .toBe('data[30] = data[24]; data[31] = data[25];');
    // A constant that is not made of literals stays.
    expect(inlineConstants('const d = data[24]; data[25] = d;')).toBe('const d = data[24]; data[25] = d;');
  });

  it('leaves alone what may touch memory other than registers and SREG', () => {
    for (const op of [0x918c /* ld r24, X */, 0x920f /* push r0 */, 0xb79f /* in r25, SREG */, 0x9180 /* lds */]) {
      expect(onLocals(foldConstants(templateFor(op).body, op))).toBeNull();
    }
  });

  it('a body it rewrites does on locals exactly what it did on cpu.data (a seventh of all opcodes)', () => {
    const rnd = new Random(11);
    const random = (): number => rnd.next();
    const pb = new Uint8Array(0x8000).map(() => Math.floor(random() * 256));
    let rewritten = 0;
    for (let op = 0; op < 0x10000; op++) {
      if (!isValidOpcode(op) || random() > 1 / 7) continue;
      const t = templateFor(op);
      const body = foldConstants(t.body, op);
      if (/\bpc\b/.test(body)) continue; // transfers are never on locals
      const local = onLocals(body);
      if (local === null) continue;
      rewritten++;
      // Run the instruction twice in a row, the second time on its own results: locals carried over.
      const frame = runFrame([local]);
      const onLocalsTwice = `${frame.open}\n{ ${local} }\n{ ${local} }\n${frame.close}`;
      const data = new Uint8Array(256).map(() => Math.floor(random() * 256));
      data[31] &= 0x3f;
      data[30] &= 0xfe;
      const a = data.slice();
      const b = data.slice();
      const ca = bodyRunner(`{ ${body} } { ${body} }`)(a, pb);
      const cb = bodyRunner(onLocalsTwice)(b, pb);
      expect({ name: t.name, op, c: cb, data: Array.from(b) }).toEqual({ name: t.name, op, c: ca, data: Array.from(a) });
    }
    expect(rewritten).toBeGreaterThan(3_000);
  });
});
