import type { CPU } from 'avr8js';
import { isValidOpcode } from '../../opcodes.ts';
import type { InstructionTemplate } from './template.ts';
import { TEMPLATES } from './templates.gen.ts';
import { foldConstants } from './fold.ts';
import { flagEffect, liveAfter, pruneFlags } from './flags.ts';
import { onLocals, runFrame } from './registers.ts';
import { findPollPath, pollPassSource } from './poll-loop.ts';

/**
 * A compiled region, entered at cpu.pc. It runs until control leaves it, or until an instruction
 * boundary where the engine must look (cycles >= dl — which a hook or an SREG/SP write may have
 * lowered through hookDeadline —, SEI/RETI, the stack pointer went low). Returns:
 *   0  control left the region; no tick work is due at this boundary (cycles < dl)
 *   1  the dispatcher must run avr8js's tick and the crash checks at this boundary
 *   2  like 0, at a backward jump: every `lookBudget` of them the dispatcher gets a look (idle waits)
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
  /** Whether a block at pc is already compiled in some region (regions do not duplicate code). */
  compiled(pc: number): boolean;
  /**
   * The deadline after a memory hook ran or SREG/SP were written: what the dispatcher would compute
   * at that boundary (0 if it must look itself: halted, stack low). Without it such an instruction
   * ends the region.
   */
  hookDeadline?(): number;
  /**
   * Backward jumps a region takes before it returns 2 and the dispatcher gets a look (read at each
   * region entry; default 1024). The dispatcher lowers it to 1 right after clock events, when a
   * wait for the clock is worth checking at once.
   */
  readonly lookBudget?: Int32Array;
  /** Cycles the poll loops jumped over (poll-loop.ts), added up for the benchmark. */
  readonly pollSkipped?: Float64Array;
}

/** Instructions that change the pc other than by falling through: they end a block. */
const TRANSFERS = new Set([
  'BRBC', 'BRBS', 'CALL', 'CPSE', 'EICALL', 'EIJMP', 'ICALL', 'IJMP', 'JMP', 'RCALL', 'RET', 'RETI',
  'RJMP', 'SBIC', 'SBIS', 'SBRC', 'SBRS',
]);
/** Transfers with targets known from the opcode alone: the ones that close loops. */
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
// When something is due, a region returns 1 and the dispatcher does the boundary work. (Doing it
// inside the region and continuing measured 25 % slower: V8 optimises the switch loop worse with an
// extra back edge per instruction.)
const DUE = 'return 1;';
/** Instructions per region: large enough for a loop nest, small enough for V8 to optimise. */
const MAX_REGION = 256;
/**
 * Source characters per region (the first block always goes in), counted on the blocks'
 * per-instruction cases — the fast paths in front of them come on top, up to as much again.
 * Measured: small regions win — V8 optimises small switch loops better. 1 000 (≈ a block or a
 * short loop) against 24 000, before the lazy timers: blink 105 vs 55 MHz, servo 74 vs 47, serial
 * 72 vs 65, compute 99 vs 75; with the fast paths, 2 000–4 000 were even and 6 000+ slower
 * (docs/fast-engine.md, steps).
 */
const MAX_SOURCE = 1_000;

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

export function twoWord(opcode: number): boolean {
  return (
    (opcode & 0xfe0f) === 0x9000 || (opcode & 0xfe0f) === 0x9200 || (opcode & 0xfe0e) === 0x940e || (opcode & 0xfe0e) === 0x940c
  );
}

/** Static successors of a transfer worth compiling into the same region (only a hint: the switch decides). */
function successors(name: string, pc: number, opcode: number, pm: Uint16Array): number[] {
  const len = pm.length;
  const rel = (k: number): number => (pc + k + 1 + len) % len;
  switch (name) {
    case 'BRBC':
    case 'BRBS':
      return [pc + 1, rel(((opcode & 0x1f8) >> 3) - (opcode & 0x200 ? 0x40 : 0))];
    case 'RJMP':
      return [rel((opcode & 0x7ff) - (opcode & 0x800 ? 0x800 : 0))];
    // A callee is its own region, shared by all its callers; the region continues after the call.
    case 'RCALL':
      return [pc + 1];
    case 'JMP':
      return [pm[pc + 1] | ((opcode & 1) << 16) | ((opcode & 0x1f0) << 13)];
    case 'CALL':
      return [pc + 2];
    case 'ICALL':
    case 'EICALL':
      return [pc + 1];
    case 'CPSE':
    case 'SBRC':
    case 'SBRS':
    case 'SBIC':
    case 'SBIS':
      return [pc + 1, pc + 1 + (twoWord(pm[pc + 1]) ? 2 : 1)];
    default:
      return [];
  }
}

interface BlockCode {
  /** The block in the region's fast function: entered at its start only. */
  fast: string;
  /** The block in the slow function: every instruction a case. */
  slow: string;
  /** Source length counted against the region cap (the slow copy). */
  size: number;
  words: number;
  next: number[];
  /** Every instruction address in the block (each is a case of the slow function's switch). */
  entries: number[];
}

/** One instruction of a block, decoded and with its opcode folded into avr8js's template. */
export interface Decoded {
  pc: number;
  opcode: number;
  t: InstructionTemplate;
  body: string;
  transfer: boolean;
  /** Address after it when it falls through. */
  next: number;
}

/** The instructions of the basic block starting at `start`: up to a transfer, or a point the dispatcher must vet. */
function decodeBlock(env: BlockEnv, start: number): Decoded[] {
  const { cpu, programWords } = env;
  const pm = cpu.progMem;
  const len = pm.length;
  const out: Decoded[] = [];
  const { targets } = flow(pm);
  for (let pc = start; ; ) {
    const opcode = pm[pc];
    const t = templateFor(opcode);
    const transfer = TRANSFERS.has(t.name);
    const next = (pc + (TWO_WORD.has(t.name) ? 2 : 1)) % len;
    out.push({ pc, opcode, t, body: afterHooks(foldConstants(t.body, opcode)), transfer, next });
    // The block ends before anything the dispatcher must vet (a pc it would report as a crash, an
    // invalid opcode, a wrap to address 0), or when it is long; the switch takes it from there.
    if (transfer || next === 0 || !(next < programWords) || !isValidOpcode(pm[next]) || out.length >= MAX_BLOCK) return out;
    // A jump target starts a block of its own, so a loop back to it enters a block's fast path.
    if (targets[next]) return out;
    pc = next;
  }
}

/** What the branches and jumps of a flash image say about its control flow, found once per image. */
interface Flow {
  /** 1 at every address some branch or jump goes to. */
  targets: Uint8Array;
  /** Backward branches and jumps as flat [head, jump] address pairs. */
  loops: Int32Array;
  /** 1 at every loop head (the target of a backward branch or jump). */
  heads: Uint8Array;
}

// The whole image is scanned, not just the program: boards share one image with different lengths.
const flowOf = new WeakMap<Uint16Array, Flow>();

function flow(pm: Uint16Array): Flow {
  let found = flowOf.get(pm);
  if (!found) {
    const targets = new Uint8Array(pm.length);
    const loops: number[] = [];
    for (let pc = 0; pc < pm.length; pc++) {
      const opcode = pm[pc];
      if (!isValidOpcode(opcode)) continue;
      const name = templateFor(opcode).name;
      if (name !== 'BRBC' && name !== 'BRBS' && name !== 'RJMP' && name !== 'JMP') continue;
      const to = successors(name, pc, opcode, pm);
      for (const at of to) if (at < pm.length) targets[at] = 1;
      if (name !== 'JMP' && to[to.length - 1] <= pc) loops.push(to[to.length - 1], pc);
    }
    const heads = new Uint8Array(pm.length);
    for (let i = 0; i < loops.length; i += 2) heads[loops[i]] = 1;
    found = { targets, loops: Int32Array.from(loops), heads };
    flowOf.set(pm, found);
  }
  return found;
}

/**
 * Whether `pc` heads a loop that the region entered at `entry` would come into from outside: it
 * does unless `entry` heads a loop around it (a loop nest goes into the region of its outer head).
 */
function loopEnteredFromOutside(env: BlockEnv, pc: number, entry: number): boolean {
  const all = flow(env.cpu.progMem).loops;
  let head = false;
  for (let i = 0; i < all.length; i += 2) {
    if (all[i] === pc) head = true;
    if (all[i] === entry && entry <= pc && pc <= all[i + 1]) return false;
  }
  return head;
}

/** Cycles an instruction that falls through takes (hooks, which may add some, are followed by an exit check). */
function maxCycles(body: string): number {
  let n = 1 + (body.match(/\bc\+\+/g) ?? []).length;
  for (const [, k] of body.matchAll(/\bc \+= (\d+);/g)) n += Number(k);
  return n;
}

/**
 * After a hook ran, or SREG/SP were written, avr8js's templates (as generated) end the region
 * (`dl = 0`). Asking for the deadline anew instead lets the region go on when nothing became due —
 * the tick the reference loop runs at that boundary would do nothing — and stop exactly there when
 * something did (an event the hook queued, an interrupt that SREG's I bit now lets through, a stop).
 */
function afterHooks(body: string): string {
  return body.replace(/c = cpu\.cycles, dl = 0\b/g, 'c = cpu.cycles, dl = hd()').replace(/wa <= 95 && \(dl = 0\)/g, 'wa <= 95 && (dl = hd())');
}

/** Whether the engine must look right after this instruction (a hook ran, I may be set, SP moved). */
function mayEndRegion(d: Decoded): boolean {
  return /\bdl = (?:0\b|hd\(\))/.test(d.body) || RECHECK.has(d.t.name) || STACK.has(d.t.name);
}

/**
 * One basic block as a `case` of each of the region's two switches: its instructions and where it
 * may go.
 *
 * In the slow function every instruction is a case (a region is re-entered wherever an event
 * interrupted it) and is followed by the deadline check. In the fast function only the block's
 * start is a case, and blocks of three or more instructions get a fast path there, taken when the
 * whole block fits before the deadline: no checks between instructions except after those that may
 * end the region, so nothing can look at the machine in between. That lets it leave out the flags
 * nobody reads (flags.ts), keep registers and SREG in locals (registers.ts), add the cycles once
 * per run, and iterate a self-loop in place. When the block does not fit, the fast function hands
 * over to the slow one at the block's start; the slow one hands back (returns 0) at the next block
 * start whose fast path fits.
 *
 * Why two functions: the per-instruction code runs only near clock events, so in one function V8
 * optimised the region before it had ever run and threw the optimised code away at its first run
 * ("insufficient type feedback"), 3–5 times per region (docs/fast-engine.md). Apart, the hot fast
 * function is half the size and is optimised once; the slow one warms up on its own.
 */
function blockCode(env: BlockEnv, start: number): BlockCode {
  const pm = env.cpu.progMem;
  const len = pm.length;
  const spFloor = stackFloor(env.stackLimit);
  const insts = decodeBlock(env, start);
  const last = insts[insts.length - 1];

  /**
   * The source of one instruction. `room`: followed by the deadline check, leaving that many cycles
   * for the instructions after it (undefined: no check; a transfer is always checked).
   */
  const emit = (d: Decoded, body: string, room?: number): string[] => {
    const out: string[] = [];
    out.push(`// ${d.t.name}`);
    // `pc` mirrors cpu.pc only where the body looks at it (skips, calls, hooks).
    if (d.transfer || /\bpc\b/.test(d.body)) out.push(`pc = ${d.pc};`);
    out.push(`{ ${body} }`);
    if (RECHECK.has(d.t.name)) out.push('dl = 0;');
    if (d.transfer) {
      out.push(`pc = (pc + 1) % ${len}; c++; lp = ${d.pc};`);
      if (STACK.has(d.t.name)) out.push(`if ((data[93] | (data[94] << 8)) < ${spFloor}) dl = 0;`);
      out.push(`if (c >= dl) { cpu.pc = pc; cpu.cycles = c; last[0] = lp; ${DUE} }`);
      // Every so many backward jumps the dispatcher gets a look (the idle detector probes loops).
      if (STATIC_TRANSFERS.has(d.t.name)) {
        out.push(`if (pc <= ${d.pc} && --budget <= 0) { cpu.pc = pc; cpu.cycles = c; last[0] = lp; return 2; }`);
      }
      out.push('continue;');
      return out;
    }
    out.push('c++;');
    if (STACK.has(d.t.name)) out.push(`if ((data[93] | (data[94] << 8)) < ${spFloor}) dl = 0;`);
    if (room !== undefined) {
      out.push(`if (c >= dl${room ? ` - ${room}` : ''}) { cpu.pc = ${d.next}; cpu.cycles = c; last[0] = ${d.pc}; ${DUE} }`);
    }
    return out;
  };
  const fallOut = last.transfer ? [] : [`pc = ${last.next}; lp = ${last.pc}; continue;`];

  const slow: string[] = [];
  const checked: string[] = []; // the same without the cases inside the block
  for (const d of insts) {
    if (d.pc !== start) slow.push(`case ${d.pc}:`);
    const code = emit(d, d.body, 0);
    slow.push(...code);
    checked.push(...code);
  }
  slow.push(...fallOut);
  checked.push(...fallOut);

  const fast = fastPath(insts, emit);
  const exit = `cpu.pc = ${start}; cpu.cycles = c; last[0] = lp;`;
  const poll = pollPass(env, start);
  return {
    fast: (poll ? [poll] : []).concat(fast ? fast.lines.concat(fallOut, ['}', `${exit} return slow(dl);`]) : checked).join('\n'),
    slow: (fast ? [`if (c < dl - ${fast.cycles}) { ${exit} return 0; }`] : []).concat(slow).join('\n'),
    size: slow.join('\n').length,
    words: insts.length,
    next: last.transfer ? successors(last.t.name, last.pc, last.opcode, pm) : [last.next],
    entries: insts.map((d) => d.pc),
  };
}

/** The poll-loop pass (poll-loop.ts) at a loop head that has one, else ''. */
function pollPass(env: BlockEnv, start: number): string {
  const pm = env.cpu.progMem;
  if (!flow(pm).heads[start]) return '';
  const block = (pc: number) => (startable(env, pc) || pc === start ? decodeBlock(env, pc) : []);
  const path = findPollPath(start, block, (d) => successors(d.t.name, d.pc, d.opcode, pm), pm);
  return path ? pollPassSource(path, pm.length) : '';
}

/**
 * The block's fast path (lines opened with `if (c < dl - cycles) {`, the caller closes it), or
 * null for blocks of fewer than three instructions. It runs when the deadline is beyond every
 * instruction before the last one.
 */
function fastPath(insts: Decoded[], emit: (d: Decoded, body: string, room?: number) => string[]): { lines: string[]; cycles: number } | null {
  if (insts.length < 3) return null;
  const effects = insts.map((d) => flagEffect(d.t, d.opcode, d.body));
  const exits = insts.map((d, i) => i === insts.length - 1 || mayEndRegion(d));
  const live = liveAfter(effects, exits);
  const bodies = insts.map((d, i) => pruneFlags(d.body, effects[i], live[i]));
  // rest[i]: the most cycles the instructions after i (but before the last) can take. After an
  // instruction that may have moved the deadline, they must still fit before it.
  const rest: number[] = [];
  for (let i = insts.length - 1, sum = 0; i >= 0; i--) {
    rest[i] = sum;
    if (i < insts.length - 1) sum += maxCycles(insts[i].body);
  }
  const cycles = rest[0] + maxCycles(insts[0].body);
  const out = [`if (c < dl - ${cycles}) {`];
  // Runs of instructions that can work on registers in locals (registers.ts): no exit after them,
  // no memory they cannot name.
  const local = insts.map((d, i) => (exits[i] ? null : onLocals(bodies[i])));
  const loop = selfLoop(insts, local, cycles);
  if (loop) return { lines: out.concat(loop, emit(insts[insts.length - 1], bodies[insts.length - 1], 0)), cycles };
  for (let i = 0; i < insts.length; ) {
    if (local[i] === null) {
      out.push(...emit(insts[i], bodies[i], exits[i] ? rest[i] : undefined));
      i++;
      continue;
    }
    let j = i;
    while (j < insts.length && local[j] !== null) j++;
    const run = local.slice(i, j) as string[];
    const frame = runFrame(run);
    const steps = onLocalsRun(insts.slice(i, j), run);
    out.push(frame.open, ...steps.code, `c += ${steps.cycles};`, frame.close);
    i = j;
  }
  return { lines: out, cycles };
}

/**
 * A block that branches back to its own start, all of it on locals (say `lsr; ror; dec; brne`):
 * its iterations run in a loop of their own with the registers in locals, as long as the next one
 * also fits before the deadline and leaves the idle detector's budget above zero — then the taken
 * branch is exactly what the switch would have done. The last pass stops before the branch, which
 * the block's own terminator then executes.
 */
function selfLoop(insts: Decoded[], local: (string | null)[], cycles: number): string[] | null {
  const last = insts[insts.length - 1];
  if (last.t.name !== 'BRBC' && last.t.name !== 'BRBS') return null;
  const taken = /^if \((.+?)\) \{ pc = pc \+ \((-?\d+)\); c\+\+; \}$/.exec(last.body);
  if (!taken || last.pc + 1 + Number(taken[2]) !== insts[0].pc) return null;
  const body = local.slice(0, -1);
  if (body.some((b) => b === null || /\bpc\b/.test(b))) return null;
  const run = body as string[];
  const frame = runFrame([...run, 'g95']);
  const steps = onLocalsRun(insts.slice(0, -1), run);
  const condition = taken[1].replace(/\bdata\[95\]/g, 'g95');
  return [
    frame.open,
    'for (;;) {',
    ...steps.code,
    `c += ${steps.cycles};`,
    `if (!(${condition}) || !(c + 2 < dl - ${cycles}) || budget <= 1) break;`,
    'c += 2; budget--;',
    '}',
    frame.close,
  ];
}

/**
 * The source of a run of instructions on locals (bodies from registers.ts), without their cycle
 * counting: nothing in a run looks at the cycle count (no hooks, no exits), so the caller adds
 * `cycles` once.
 */
function onLocalsRun(insts: Decoded[], bodies: string[]): { code: string[]; cycles: number } {
  const code: string[] = [];
  let cycles = 0;
  insts.forEach((d, k) => {
    cycles += maxCycles(bodies[k]);
    code.push(`// ${d.t.name}`, `{ ${bodies[k].replace(/\bc\+\+;|\bc \+= \d+;/g, '')} }`);
  });
  return { code, cycles };
}

/** Lowest SP a region lets pass unchecked: below 96 stack writes would land on SP/SREG themselves; below the limit is a crash. */
export function stackFloor(stackLimit: number): number {
  return Math.max(stackLimit, 96);
}

/** A block may start here: inside the program, a valid instruction, and not the reset vector. */
function startable(env: BlockEnv, pc: number): boolean {
  return pc > 0 && pc < env.programWords && isValidOpcode(env.cpu.progMem[pc]);
}

/**
 * JavaScript source of the region entered at `entry`: the blocks reachable from it by static
 * transfers (and calls, and the returns to them), each a `case` of one switch, so jumps between them
 * stay inside one function. A jump anywhere else — including address 0, which the dispatcher must
 * see as a reset — falls to `default` and returns. Exported for tests and debugging.
 */
export function regionSource(env: BlockEnv, entry: number): string {
  const { fast, slow } = regionParts(env, entry);
  return `${fast}\n${slow}`;
}

export interface RegionParts {
  /** The fast function's body and the slow one's (see blockCode). */
  fast: string;
  slow: string;
  /** The block starts (cases of both functions). */
  starts: number[];
  /** The other instruction addresses: cases of the slow function only. */
  inner: number[];
}

export function regionParts(env: BlockEnv, entry: number): RegionParts {
  const fastCases: string[] = [];
  const cases: string[] = [];
  const seen = new Set<number>();
  const all: number[] = [];
  const starts: number[] = [];
  const queue = [entry];
  let words = 0;
  let size = 0;
  while (queue.length > 0 && words < MAX_REGION && size < MAX_SOURCE) {
    const pc = queue.shift()!;
    if (seen.has(pc) || (pc !== entry && (!startable(env, pc) || env.compiled(pc)))) continue;
    // A loop entered from outside gets a region of its own, headed by the loop: otherwise the code
    // before it (setup, say) fills the region and the loop is cut in two at the cap.
    if (pc !== entry && loopEnteredFromOutside(env, pc, entry)) continue;
    seen.add(pc);
    const block = blockCode(env, pc);
    words += block.words;
    size += block.size;
    // Address 0 (power-on entry) runs once; a later jump there is a reset the dispatcher must see.
    const guard0 = pc === 0 ? 'if (!fresh) { cpu.pc = pc; cpu.cycles = c; last[0] = lp; return 0; }\nfresh = false;\n' : '';
    fastCases.push(`case ${pc}:\n${guard0}${block.fast}`);
    cases.push(`case ${pc}:\n${guard0}${block.slow}`);
    for (const at of block.entries) all.push(at);
    starts.push(pc);
    queue.push(...block.next);
  }
  // Past the cap, still take the blocks that lead straight back in: a loop cut by the cap would
  // otherwise leave and re-enter the region on every pass (a `while (ADCSRA & ADSC);` spin did that
  // twice per pass).
  for (const [pc, block] of closingBlocks(env, queue, new Set(all))) {
    fastCases.push(`case ${pc}:\n${block.fast}`);
    cases.push(`case ${pc}:\n${block.slow}`);
    for (const at of block.entries) all.push(at);
    starts.push(pc);
  }
  const body = (switchCases: string[]): string =>
    [
      // A region is entered at any of its cases; `fresh` lets case 0 run only when entered there.
      'let c = cpu.cycles, pc = cpu.pc, lp = pc, fresh = pc === 0, budget = lb[0], ra = 0, rv = 0, wa = 0, wv = 0;',
      'for (;;) {',
      'switch (pc) {',
      ...switchCases,
      'default: cpu.pc = pc; cpu.cycles = c; last[0] = lp; return 0;',
      '}',
      '}',
    ].join('\n');
  const isStart = new Set(starts);
  return { fast: body(fastCases), slow: body(cases), starts, inner: all.filter((at) => !isStart.has(at)) };
}

/** Blocks explored past the cap when looking for the ones that close a loop, and their source budget. */
const CLOSING_BLOCKS = 16;
const CLOSING_SOURCE = 3_000;

/**
 * The blocks reachable from the region's unexplored edges (`queue`) that lead back into it
 * (`inside`: its instructions, a set this grows): they close the loops the cap cut. Explores at most
 * CLOSING_BLOCKS blocks.
 */
function closingBlocks(env: BlockEnv, queue: number[], inside: Set<number>): Map<number, BlockCode> {
  const found = new Map<number, BlockCode>();
  const todo = [...queue];
  while (todo.length > 0 && found.size < CLOSING_BLOCKS) {
    const pc = todo.shift()!;
    if (inside.has(pc) || found.has(pc) || !startable(env, pc) || env.compiled(pc)) continue;
    const block = blockCode(env, pc);
    found.set(pc, block);
    todo.push(...block.next);
  }
  const out = new Map<number, BlockCode>();
  let size = 0;
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pc, block] of found) {
      if (out.has(pc) || !block.next.some((n) => inside.has(n))) continue;
      if ((size += block.size) > CLOSING_SOURCE) return out;
      out.set(pc, block);
      inside.add(pc); // blocks leading to this one close the loop too
      grew = true;
    }
  }
  return out;
}

type Factory = (...args: unknown[]) => [Block, Block];

/**
 * Region factories by source. Every test of a submission builds a fresh board running the same
 * program, so the same regions come up again; closures made by one factory share V8's feedback and
 * optimised code, so later boards start at full speed instead of compiling and warming up again.
 */
const factories = new Map<string, Factory>();
const MAX_FACTORIES = 4096;

function factory(body: string): Factory {
  let make = factories.get(body);
  if (!make) {
    if (factories.size >= MAX_FACTORIES) factories.clear();
    make = new Function(
      'cpu', 'data', 'dv', 'pm', 'pb', 'readHooks', 'writeHooks', 'twoWord', 'last', 'rdh', 'wrh', 'hd', 'lb', 'sk', body,
    ) as Factory;
    factories.set(body, make);
  }
  return make;
}

export interface Region {
  /** The fast function, entered at block starts. */
  readonly run: Block;
  readonly cases: readonly number[];
  /** The slow function, entered at the instructions inside blocks (after an event stopped there). */
  readonly slow: Block;
  readonly slowCases: readonly number[];
}

/**
 * Region sources by flash image (the same Uint16Array for every board of one program, as a judge
 * builds one per test) and entry. Every further board of the program skips the source generation —
 * decoding, folding, flag liveness — and goes straight to the cached factory. A source is valid
 * whatever else is compiled: `compiled()` only keeps regions from duplicating each other's blocks.
 */
const sources = new WeakMap<Uint16Array, Map<string, RegionParts>>();

function cachedParts(env: BlockEnv, entry: number): RegionParts {
  const pm = env.cpu.progMem;
  let byEntry = sources.get(pm);
  if (!byEntry) sources.set(pm, (byEntry = new Map()));
  const key = `${entry}:${env.stackLimit}:${env.programWords}`;
  let parts = byEntry.get(key);
  if (!parts) byEntry.set(key, (parts = regionParts(env, entry)));
  return parts;
}

/** Compiles the region entered at `entry` (which the caller has checked is a valid instruction). */
export function compileRegion(env: BlockEnv, entry: number): Region {
  const { cpu } = env;
  const { fast, slow, starts, inner } = cachedParts(env, entry);
  const { data, readHooks, writeHooks } = cpu;
  // Hook calls see cpu.cycles and cpu.pc exactly as avr8js's readData/writeData would.
  const rdh = (a: number, c: number, pc: number): number => {
    cpu.cycles = c;
    cpu.pc = pc;
    return readHooks[a](a);
  };
  const wrh = (a: number, v: number, mask: number, c: number, pc: number): void => {
    cpu.cycles = c;
    cpu.pc = pc;
    if (!writeHooks[a](v, data[a], a, mask)) data[a] = v;
  };
  const hd = env.hookDeadline ?? ((): number => 0);
  const name = `region_${entry.toString(16)}`;
  const make = factory(
    `"use strict";\nconst slow = function ${name}_slow(dl) {\n${slow}\n};\nreturn [function ${name}(dl) {\n${fast}\n}, slow];`,
  );
  const lb = env.lookBudget ?? Int32Array.of(1024);
  const sk = env.pollSkipped ?? new Float64Array(1);
  const [run, slowRun] = make(cpu, data, cpu.dataView, cpu.progMem, cpu.progBytes, readHooks, writeHooks, twoWord, env.last, rdh, wrh, hd, lb, sk);
  return { run, cases: starts, slow: slowRun, slowCases: inner };
}
