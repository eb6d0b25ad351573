import type { CPU } from 'avr8js';
import { isValidOpcode } from '../../opcodes.ts';
import type { InstructionTemplate } from './template.ts';
import { TEMPLATES } from './templates.gen.ts';

/**
 * A compiled basic block. It runs straight-line instructions starting at its pc until a control
 * transfer, or until an instruction boundary where the engine must look (cycles >= dl, a memory hook
 * ran, SREG/SP were written, the stack pointer went low). Returns:
 *   0  a control transfer; no tick work is due at this boundary (cycles < dl)
 *   1  the dispatcher must run avr8js's tick and the crash checks at this boundary
 *   2  like 0, but the transfer went backwards (a loop closed; the idle detector looks at these)
 * cpu.pc and cpu.cycles are written back before returning; last[0] holds the pc of the last
 * instruction executed (crash reports name it, as the reference loop does).
 */
export type Block = (dl: number) => number;

export interface BlockEnv {
  readonly cpu: CPU;
  readonly programWords: number;
  /** Lowest legal SP (0 = unknown). */
  readonly stackLimit: number;
  readonly last: Int32Array;
}

/** Instructions that change the pc other than by falling through: they end a block. */
const TRANSFERS = new Set([
  'BRBC', 'BRBS', 'CALL', 'CPSE', 'EICALL', 'EIJMP', 'ICALL', 'IJMP', 'JMP', 'RCALL', 'RET', 'RETI',
  'RJMP', 'SBIC', 'SBIS', 'SBRC', 'SBRS',
]);
/** Transfers with targets known from the opcode alone: they may close a loop inside the block. */
const STATIC_TRANSFERS = new Set(['BRBC', 'BRBS', 'CPSE', 'JMP', 'RJMP', 'SBIC', 'SBIS', 'SBRC', 'SBRS']);
/** Instructions that move SP: the stack guard must see SP after each of them. */
const STACK = new Set(['PUSH', 'POP', 'CALL', 'RCALL', 'ICALL', 'EICALL', 'RET', 'RETI']);
/**
 * Instructions after which the engine must look again: BSET may set I (an interrupt may be due),
 * RETI sets I, XCH writes data[Z] directly (possibly SREG or SP).
 */
const RECHECK = new Set(['BSET', 'RETI', 'XCH']);
/** Two-word instructions that fall through (LDS/STS carry their address in the next word). */
const TWO_WORD = new Set(['LDS', 'STS']);

const MAX_BLOCK = 128;

const templateCache = new Map<number, InstructionTemplate>();

export function templateFor(opcode: number): InstructionTemplate {
  let t = templateCache.get(opcode);
  if (!t) {
    // First matching arm wins, exactly like avr8js's if/else chain.
    t = TEMPLATES.find((x) => x.match(opcode));
    if (!t) throw new Error(`no avr8js template for opcode 0x${opcode.toString(16)}`);
    templateCache.set(opcode, t);
  }
  return t;
}

function twoWord(opcode: number): boolean {
  return (
    (opcode & 0xfe0f) === 0x9000 || (opcode & 0xfe0f) === 0x9200 || (opcode & 0xfe0e) === 0x940e || (opcode & 0xfe0e) === 0x940c
  );
}

/** JavaScript source of the block starting at `start` (exported for tests and debugging). */
export function blockSource(env: BlockEnv, start: number): string {
  const { cpu, programWords } = env;
  const pm = cpu.progMem;
  const len = pm.length;
  // SP below 96 would let stack writes land on SP/SREG themselves; below the limit is a crash.
  const spFloor = Math.max(env.stackLimit, 96);
  const out: string[] = [];
  let pc = start;
  for (let n = 0; ; n++) {
    const opcode = pm[pc];
    const t = templateFor(opcode);
    const transfer = TRANSFERS.has(t.name);
    // `pc` mirrors cpu.pc only where the body looks at it (skips, calls, hooks).
    out.push(`// ${pc.toString(16)}: ${t.name}`);
    if (transfer || /\bpc\b/.test(t.body)) out.push(`pc = ${pc};`);
    out.push(`{ const opcode = ${opcode}; ${t.body} }`);
    if (RECHECK.has(t.name)) out.push('dl = 0;');
    if (transfer) {
      out.push(`pc = (pc + 1) % ${len}; c++;`);
      if (STACK.has(t.name)) out.push(`if ((data[93] | (data[94] << 8)) < ${spFloor}) dl = 0;`);
      out.push(`cpu.pc = pc; cpu.cycles = c; last[0] = ${pc};`);
      if (STATIC_TRANSFERS.has(t.name)) {
        if (start !== 0) out.push(`if (pc === ${start} && c < dl && --budget > 0) continue;`);
        out.push(`return c >= dl ? 1 : pc <= ${pc} ? 2 : 0;`);
      } else {
        out.push('return c >= dl ? 1 : 0;');
      }
      break;
    }
    const next = (pc + (TWO_WORD.has(t.name) ? 2 : 1)) % len;
    out.push('c++;');
    if (STACK.has(t.name)) out.push(`if ((data[93] | (data[94] << 8)) < ${spFloor}) dl = 0;`);
    const exit = `cpu.pc = ${next}; cpu.cycles = c; last[0] = ${pc};`;
    out.push(`if (c >= dl) { ${exit} return 1; }`);
    // The block ends before anything the dispatcher must vet: a pc it would report as a crash, an
    // invalid opcode, a wrap to address 0, or simply a long block.
    if (next === 0 || !(next < programWords) || !isValidOpcode(pm[next]) || n >= MAX_BLOCK) {
      out.push(`${exit} return 0;`);
      break;
    }
    pc = next;
  }
  return [
    'let c = cpu.cycles, pc = 0, budget = 1024, ra = 0, rv = 0, rh, wa = 0, wv = 0, wh;',
    'for (;;) {',
    ...out,
    '}',
  ].join('\n');
}

/** Compiles the block at `start` (which the caller has checked is a valid instruction in the program). */
export function compileBlock(env: BlockEnv, start: number): Block {
  const { cpu } = env;
  const make = new Function(
    'cpu', 'data', 'dv', 'pm', 'pb', 'readHooks', 'writeHooks', 'twoWord', 'last',
    `"use strict"; return function block_${start.toString(16)}(dl) {\n${blockSource(env, start)}\n};`,
  ) as (...args: unknown[]) => Block;
  return make(cpu, cpu.data, cpu.dataView, cpu.progMem, cpu.progBytes, cpu.readHooks, cpu.writeHooks, twoWord, env.last);
}
