/**
 * SREG flag liveness inside a straight-line run of instructions, and the pruning it allows.
 *
 * Most AVR arithmetic computes all six flags H S V N Z C and the next instruction overwrites most of
 * them unread (`add r24, r18; adc r25, r19` reads only ADD's C). A flag computed and then overwritten
 * before anyone can see it may hold anything, so its computation can be dropped. "Anyone" is an
 * instruction that reads it, a memory access that might land on SREG (address 95: pointer accesses,
 * hooks, the stack), and every point where the run can be left — an interrupt pushes SREG. Runs are
 * therefore only pruned on the engine's fast path, which has no exits except after such
 * instructions (see compile.ts).
 */
import type { InstructionTemplate } from './template.ts';

/** What one instruction does to SREG. Bits are SREG's: C=1 Z=2 N=4 V=8 S=0x10 H=0x20 T=0x40 I=0x80. */
export interface FlagEffect {
  /** Flags it reads (before writing any). */
  readonly reads: number;
  /** Flags it sets regardless of their old value. */
  readonly writes: number;
}

const ALL = 0xff;
const NONE: FlagEffect = { reads: 0, writes: 0 };
const OPAQUE: FlagEffect = { reads: ALL, writes: 0 };
/**
 * data[] indices that cannot be memory of unknown address: literals (of which only 95 is SREG, and
 * the standard forms below account for it) and the templates' register-number temporaries.
 */
const REGISTER_INDEX = /^(?:\d+|d|r|d2|r2|d2 \+ 1|r2 \+ 1)$/;

/**
 * The flag effect of a template instance (`body` already has its opcode folded in). Anything not
 * recognised counts as reading every flag, which only ever keeps a computation.
 */
export function flagEffect(t: InstructionTemplate, opcode: number, body: string): FlagEffect {
  // Memory whose address is not known here (pointers, hooks, the stack) could be SREG itself.
  if (/\b(?:ra|wa|rdh|wrh)\b/.test(body)) return OPAQUE;
  for (const [, index] of body.matchAll(/\bdata\[([^\]]+)\]/g)) if (!REGISTER_INDEX.test(index)) return OPAQUE;
  switch (t.name) {
    case 'BRBC':
    case 'BRBS':
      return { reads: 1 << (opcode & 7), writes: 0 };
    case 'ADC':
    case 'ROR':
      return { reads: 1, writes: keptMask(body) };
    case 'SBC':
    case 'SBCI':
    case 'CPC':
      // Z is "old Z and result zero": it reads Z as well as C.
      return { reads: 3, writes: 0x3f };
    case 'BLD':
      return { reads: 0x40, writes: 0 };
    case 'BST':
      return { reads: 0, writes: 0x40 };
    case 'BCLR':
    case 'BSET':
      return { reads: 0, writes: 1 << ((opcode & 0x70) >> 4) };
    case 'MUL':
    case 'MULS':
    case 'MULSU':
    case 'FMUL':
    case 'FMULS':
    case 'FMULSU':
      return { reads: 0, writes: 3 };
  }
  if (!/data\[95\]/.test(body)) return NONE;
  const writes = keptMask(body);
  return writes ? { reads: 0, writes } : OPAQUE;
}

/** Flags written by the standard `let sreg = data[95] & K; … data[95] = sreg;` form (0 if another form). */
function keptMask(body: string): number {
  if (!/data\[95\] = sreg;\s*$/.test(body)) return 0;
  const m = /let sreg = \(?data\[95\] & (0x[0-9a-f]+|\d+)\)?( \| 1)?;/.exec(body);
  if (!m) return 0;
  // Every other data[95] use in the body must be that one line and the final store (and the carry
  // ADC and ROR read, which flagEffect counts).
  if ((body.replace(/\(data\[95\] & 1\)/g, '').match(/data\[95\]/g) ?? []).length !== 2) return 0;
  // COM's `| 1` sets C as well.
  return (~Number(m[1]) & ALL) | (m[2] ? 1 : 0);
}

/**
 * The flags live after each instruction of a straight-line run: what its successors may read before
 * overwriting. `exits[i]`: the run may be left right after instruction i (and is after the last).
 */
export function liveAfter(effects: readonly FlagEffect[], exits: readonly boolean[]): number[] {
  const out = new Array<number>(effects.length);
  let live = ALL;
  for (let i = effects.length - 1; i >= 0; i--) {
    // Where the run may be left, an interrupt (or the next block) may read any flag.
    if (exits[i]) live = ALL;
    out[i] = live;
    live = (live & ~effects[i].writes) | effects[i].reads;
  }
  return out;
}

/** One `sreg |= … ;` statement of the standard form and the flag it sets. */
const STATEMENT = /sreg \|= (?:[^;?]*\? (0x[0-9a-f]+|\d+) : 0|[^;?]*\? 0 : (2)|value & (1));/g;

/**
 * The body with the computation of flags nobody will read removed: `live` is what is needed after
 * it. Returns the body unchanged where it is not of the standard form.
 */
export function pruneFlags(body: string, effect: FlagEffect, live: number): string {
  const dead = effect.writes & ~live;
  if (dead === 0 || !/data\[95\] = sreg;\s*$/.test(body) || effect.reads === ALL) return body;
  if ((effect.writes & live) === 0 && effect.reads === 0 && keptMask(body)) {
    // Nothing of it is needed: drop the store and every statement that only fed it — unless some
    // statement of a form this does not know would be left using `sreg` (a newer avr8js).
    const stripped = body
      .replace(/let sreg = [^;]*;/, '')
      .replace(STATEMENT, '')
      .replace(/data\[95\] = sreg;\s*$/, '');
    return /\bsreg\b/.test(stripped) ? body : stripped;
  }
  // Keep the statements for live flags and for the flags those statements read (S reads N and V).
  const bitOf = (m: RegExpMatchArray): number => Number(m[1] ?? m[2] ?? m[3]);
  const statements = [...body.matchAll(STATEMENT)];
  let need = effect.writes & live;
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of statements) {
      if (!(need & bitOf(s))) continue;
      for (const r of s[0].matchAll(/\(sreg >> (\d)\) & 1|\bsreg & 1\b/g)) {
        const bit = r[1] === undefined ? 1 : 1 << Number(r[1]);
        if (!(need & bit)) {
          need |= bit;
          grew = true;
        }
      }
    }
  }
  return body.replace(STATEMENT, (whole: string, a?: string, b?: string, cbit?: string) =>
    need & Number(a ?? b ?? cbit) ? whole : '',
  );
}
