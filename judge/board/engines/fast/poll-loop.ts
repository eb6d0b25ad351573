import { flagEffect } from './flags.ts';
import type { Decoded } from './compile.ts';

/**
 * Exact fast-forward of poll loops, decided when the region is compiled: `while (ADCSRA & (1 << ADSC));`
 * in analogRead(), `while (!(UCSR0A & (1 << UDRE0)));`, `while (!flag);` on a volatile flag an ISR sets.
 *
 * A poll loop here is a path from a loop head H back to H made only of loads from fixed addresses
 * (LDS, IN, SBIC, SBIS), register and flag arithmetic, and branches — no stores, no stack, no
 * pointers — on which no register or flag is read before the pass itself writes it, unless the
 * pass never writes it. Then every pass computes the same values from the same inputs (the loaded
 * memory and the registers it only reads) and takes the same path in the same number of cycles L:
 * a second pass leaves the machine exactly as the first did. Those inputs change only when
 * something outside the CPU writes memory — a clock event or an interrupt, which the deadline `dl`
 * marks (a read hook would too, so the pass is taken only when none of its addresses has one).
 *
 * So at H, when the whole pass fits before the deadline, the region runs one pass; if it came back
 * to H, it adds the whole passes that still end before the deadline to the cycle count, and goes on
 * stepping from there: it meets the deadline at the same instruction boundary, with the same memory,
 * as running every pass would. The idle detector (idle.ts) proves the same thing at run time by
 * comparing memory, which costs about what the spin of an ADC conversion does; here the proof is
 * paid once per region.
 */

/** One decoded instruction, as compile.ts decodes them. */
export type PollInstruction = Decoded;

export interface PollPath {
  readonly insts: readonly PollInstruction[];
  /** For each instruction: the address the path goes on at (checked after transfers). */
  readonly onPath: readonly number[];
  /** Data-space addresses (≥ 32) the pass loads: none may have a read hook when it runs. */
  readonly loads: readonly number[];
  /** Most cycles one pass can take. */
  readonly maxCycles: number;
}

/** Instructions a poll pass may contain. */
const ALLOWED = new Set(['LDS', 'IN', 'SBIC', 'SBIS', 'SBRC', 'SBRS', 'RJMP', 'JMP', 'BRBC', 'BRBS', 'AND', 'ANDI', 'OR', 'ORI', 'EOR', 'CP', 'CPC', 'CPI', 'MOV']);
/** Of them, the loads from a data-space address (their flag effect is none). */
const LOADS = new Set(['LDS', 'IN', 'SBIC', 'SBIS']);
/** Longest pass looked for, in instructions. */
const MAX_PASS = 12;
/** Location ids: registers 0–31, flag bit b as 100 + b. */
const FLAG = 100;

/**
 * The poll path from `head` back to itself, if there is one. `block(pc)` decodes the basic block
 * at pc; `successors(d)` lists where a transfer may go.
 */
export function findPollPath(
  head: number,
  block: (pc: number) => PollInstruction[],
  successors: (d: PollInstruction) => number[],
  progMem: Uint16Array,
): PollPath | null {
  const search = (pc: number, path: PollInstruction[], onPath: number[]): PollPath | null => {
    const insts = block(pc);
    if (insts.length === 0 || path.length + insts.length > MAX_PASS || insts.some((d) => !ALLOWED.has(d.t.name))) return null;
    const here = [...path, ...insts];
    const last = insts[insts.length - 1];
    const nexts = last.transfer ? successors(last) : [last.next];
    for (const to of nexts) {
      const on = [...onPath, ...insts.slice(0, -1).map((d) => d.next), to];
      if (to === head) {
        const found = proven(here, on, progMem);
        if (found) return found;
      } else if (!here.some((d) => d.pc === to)) {
        const found = search(to, here, on);
        if (found) return found;
      }
    }
    return null;
  };
  return search(head, [], []);
}

/** The path as a PollPath when every pass provably computes the same (see above), else null. */
function proven(insts: PollInstruction[], onPath: number[], progMem: Uint16Array): PollPath | null {
  const written = new Set<number>();
  const input = new Set<number>();
  const loads: number[] = [];
  let maxCycles = 0;
  for (const d of insts) {
    const use = locations(d, progMem);
    if (!use) return null;
    for (const at of use.reads) if (!written.has(at)) input.add(at);
    for (const at of use.writes) written.add(at);
    if (use.load !== undefined) loads.push(use.load);
    maxCycles += cyclesAtMost(d.body);
  }
  for (const at of input) if (written.has(at)) return null; // read before the pass writes it
  return { insts, onPath, loads: [...new Set(loads)], maxCycles };
}

/** The registers and flags an instruction reads and writes, and the memory it loads; null if not analysable. */
function locations(d: PollInstruction, progMem: Uint16Array): { reads: number[]; writes: number[]; load?: number } | null {
  const reads: number[] = [];
  const writes: number[] = [];
  let load: number | undefined;
  let body = d.body;
  if (LOADS.has(d.t.name)) {
    const address = d.t.name === 'LDS' ? progMem[d.pc + 1] : Number(/\bra = (\d+),/.exec(body)?.[1] ?? NaN);
    if (!(address >= 0) || (address >= 93 && address <= 95)) return null; // SP and SREG: never a poll input
    if (address < 32) reads.push(address);
    else load = address;
    body = body.replace(/\bdata\[ra\]/g, '');
  } else {
    const flags = flagEffect(d.t, d.opcode, body);
    if (flags.reads === 0xff) return null;
    for (let b = 0; b < 8; b++) {
      if (flags.reads & (1 << b)) reads.push(FLAG + b);
      if (flags.writes & (1 << b)) writes.push(FLAG + b);
    }
    body = body.replace(/\bdata\[95\]/g, '');
  }
  if (/\bdv\.|\bwa\b|\bwrh\b/.test(body)) return null;
  for (const m of body.matchAll(/\bdata\[([^\]]*)\](\s*=(?!=))?/g)) {
    if (!/^\d+$/.test(m[1]) || Number(m[1]) >= 32) return null;
    (m[2] ? writes : reads).push(Number(m[1]));
  }
  // Within one instruction the reads come first: `and r24, r24` reads r24 before writing it.
  return { reads, writes, ...(load === undefined ? {} : { load }) };
}

/** An upper bound on an instruction's cycles: one, every `c++`, every literal `c += n`, two for a skip. */
function cyclesAtMost(body: string): number {
  let n = 1 + (body.match(/\bc\+\+/g) ?? []).length;
  for (const [, k] of body.matchAll(/\bc \+= (\d+);/g)) n += Number(k);
  if (/\bc \+= skipSize\b/.test(body)) n += 2;
  return n;
}

/**
 * Source for the start of `case head:` in a region's fast function: the checked pass, then the
 * jump over the passes that still end before the deadline. `len` is the flash length in words.
 */
export function pollPassSource(path: PollPath, len: number): string {
  const head = path.insts[0].pc;
  const hooksFree = path.loads.map((a) => ` && readHooks[${a}] === undefined`).join('');
  const out = [
    `// poll loop at ${head} (poll-loop.ts): one pass, then the whole passes left before the deadline at once`,
    `if (c < dl - ${path.maxCycles}${hooksFree}) {`,
    'const p0 = c;',
  ];
  path.insts.forEach((d, i) => {
    out.push(`// ${d.t.name}`, `pc = ${d.pc};`, `{ ${d.body} }`);
    if (!d.transfer) {
      // A path may come back to the head by falling into it (the head is then this one's next).
      out.push(i === path.insts.length - 1 ? `c++; pc = ${d.next};` : 'c++;');
      return;
    }
    out.push(`pc = (pc + 1) % ${len}; c++;`);
    // Off the path (the wait is over): the switch goes on from where this instruction went.
    if (i < path.insts.length - 1) out.push(`if (pc !== ${path.onPath[i]}) { lp = ${d.pc}; continue; }`);
    else out.push(`if (pc !== ${head}) { lp = ${d.pc}; continue; }`);
  });
  const lastPc = path.insts[path.insts.length - 1].pc;
  out.push(
    'const pl = c - p0;',
    // c < dl here (the pass fitted); the passes added end at or before dl - 1.
    'const pn = Math.floor((dl - 1 - c) / pl);',
    'if (pn > 0 && pn < 1e15) { c += pn * pl; sk[0] += pn * pl; }',
    `lp = ${lastPc};`,
    'if (--budget <= 0) { cpu.pc = pc; cpu.cycles = c; last[0] = lp; return 2; }',
    'continue;',
    '}',
  );
  return out.join('\n');
}
