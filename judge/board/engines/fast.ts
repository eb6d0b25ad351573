import { registerEngine, type EngineContext, type ExecutionEngine } from '../engine.ts';
import { isValidOpcode } from '../opcodes.ts';
import { compileRegion, stackFloor, type Block, type BlockEnv } from './fast/compile.ts';
import { ClockWaits } from './fast/clock-wait.ts';
import { IdleDetector } from './fast/idle.ts';
import { referenceEngine } from './reference.ts';

/** avr8js keeps these private; the fast engine reads them to know when `cpu.tick()` has work to do. */
interface CpuInternals {
  nextClockEvent: { cycles: number } | null;
  nextInterrupt: number;
}

const STOP = -3;
/** Backward jumps between looks when nothing suggests a wait (the idle detector's probes). */
const LOOK_RARELY = 1024;
/** Backward jumps looked at after a clock event: the first few reach the head of any wait. */
const LOOKS = 4;

export interface FastEngine extends ExecutionEngine {
  /** Cycles jumped over by the idle fast-forward and the poll loops (for the benchmark). */
  readonly skippedCycles: number;
  /** Of those, cycles jumped over in waits for the clock. */
  readonly clockWaitCycles: number;
  readonly compiledRegions: number;
}

/**
 * The fast engine (docs/fast-engine.md): avr8js's own instruction semantics (generated from its
 * source), compiled per region of basic blocks into JavaScript functions, with `cpu.tick()` called
 * only at the instruction boundaries where it has work to do. Between them the reference loop's tick
 * is provably a no-op: a region runs only while `cycles < dl`, where dl is the earlier of the next
 * clock event and the run's end (or "now" when an interrupt is pending with I set). An instruction
 * that could change that — a memory hook, a write to SREG or SP — makes the region ask for the
 * deadline anew (`hookDeadline`); SEI/RETI end the region right after themselves. So clock events,
 * interrupts and crash checks happen at exactly the cycle the reference loop has them.
 *
 * Flash is compiled lazily and never invalidated: avr8js does not implement SPM, so program memory
 * cannot change while a CPU lives (a watchdog reset builds a new CPU and a new engine).
 */
export function fastEngine(ctx: EngineContext): ExecutionEngine {
  const { cpu, programWords, guard } = ctx;
  // 22-bit program counters (flash > 128 KiB) are not an Uno; the reference loop handles them.
  if (cpu.pc22Bits) return referenceEngine(ctx);
  // A page whose Content-Security-Policy forbids eval cannot compile regions; it still simulates.
  if (!canCompile()) return referenceEngine(ctx);
  const internals = cpu as unknown as CpuInternals;
  const data = cpu.data;
  const progMem = cpu.progMem;
  const stackLimit = guard.stackLimit;
  const last = new Int32Array(1);
  const blocks: (Block | undefined)[] = new Array(progMem.length);
  const idle = new IdleDetector(data, programWords);
  const waits = ctx.clockReaders && ctx.clockReaders.size > 0 ? new ClockWaits(cpu, ctx.clockReaders, programWords, stackLimit, ctx.hooksVersion) : undefined;
  /** Backward jumps before a region gives the dispatcher a look (fast/compile.ts). */
  const lookBudget = Int32Array.of(LOOK_RARELY);
  /** Looks left at the next backward jumps (right after a clock event or a clock-wait jump). */
  let looks = 0;
  const lookSoon = (): void => {
    if (!waits) return;
    looks = LOOKS;
    lookBudget[0] = 1;
  };
  let compiled = 0;
  let until = 0;
  /** A region asked for the deadline anew (a hook, an SREG/SP write) since the dispatcher last computed it. */
  let moved = false;

  /** Latest cycle the CPU may reach with tick() certainly idle before it. */
  function deadline(): number {
    let dl = until;
    const event = internals.nextClockEvent;
    if (event !== null && event.cycles < dl) dl = event.cycles;
    if (data[95] & 0x80 && internals.nextInterrupt >= 0) dl = -1;
    return dl;
  }

  /** The reference loop's work after an instruction at which something may be due; STOP ends the run. */
  function due(): number {
    idle.abort();
    cpu.tick();
    lookSoon();
    if (cpu.pc === 0) {
      guard.crash('unexpected-reset', last[0]);
      return STOP;
    }
    if (stackLimit && (data[93] | (data[94] << 8)) < stackLimit) {
      guard.crash('stack-overflow', last[0]);
      return STOP;
    }
    if (!(cpu.cycles < until) || ctx.halted()) return STOP;
    return deadline();
  }

  const spFloor = stackFloor(stackLimit);
  /**
   * The deadline right after a hook ran (or SREG/SP were written) inside a region. 0 sends the
   * region back here for the full boundary work: when the board is halting or the stack is low.
   * Otherwise the reference loop's tick at this boundary has work only if the deadline says so.
   * It reads neither cpu.cycles nor cpu.pc, which a region has not written back at this point.
   */
  function hookDeadline(): number {
    idle.abort(); // a pass that ran a hook proves nothing about idleness
    moved = true; // the dispatcher's own copy of the deadline may be out of date now
    if (ctx.halted() || (data[93] | (data[94] << 8)) < spFloor) return 0;
    return deadline();
  }

  const pollSkipped = new Float64Array(1);
  const env: BlockEnv = { cpu, programWords, stackLimit, last, compiled: (pc) => blocks[pc] !== undefined, hookDeadline, lookBudget, pollSkipped };

  const engine: FastEngine = {
    name: 'fast',
    get skippedCycles() {
      return idle.skippedCycles + pollSkipped[0];
    },
    get clockWaitCycles() {
      return waits?.skippedCycles ?? 0;
    },
    get compiledRegions() {
      return compiled;
    },
    run(untilCycle: number) {
      if (!(cpu.cycles < untilCycle) || ctx.halted()) return;
      until = untilCycle;
      let dl = deadline();
      for (;;) {
        const pc = cpu.pc;
        let block = blocks[pc];
        if (block === undefined) {
          // The reference loop's checks before an instruction; a compiled block never starts elsewhere.
          if (!(pc < programWords)) return guard.crash('pc-out-of-program', pc);
          if (!isValidOpcode(progMem[pc])) return guard.crash('invalid-opcode', pc);
          const region = compileRegion(env, pc);
          for (const at of region.cases) if (blocks[at] === undefined) blocks[at] = region.run;
          for (const at of region.slowCases) if (blocks[at] === undefined) blocks[at] = region.slow;
          block = blocks[pc] = region.run;
          compiled++;
        }
        const status = block(dl);
        if (status === 1) {
          // Ended for the dispatcher's sake (something is due, I was set, SP went low): its boundary work.
          moved = false;
          dl = due();
          if (dl === STOP) return;
          continue;
        }
        // Nothing was due at this boundary, so tick() would have been a no-op.
        if (cpu.pc === 0) return guard.crash('unexpected-reset', last[0]);
        if (moved) {
          moved = false;
          dl = deadline();
        }
        if (status === 2) {
          if (looks > 0) {
            if (--looks === 0) lookBudget[0] = LOOK_RARELY;
            const to = waits!.skip(cpu.pc, cpu.cycles, dl);
            const jumped = to > cpu.cycles;
            if (jumped) {
              idle.abort(); // its probe measured a pass without the jump
              cpu.cycles = to;
            }
            if (waits!.lookAgain) {
              waits!.lookAgain = false;
              lookSoon(); // the wait changes path within a few passes (a millisecond is up): look again
            }
            if (jumped) continue;
          }
          cpu.cycles = idle.backEdge(cpu.pc, cpu.cycles, dl);
        } else idle.step();
      }
    },
  };
  return engine;
}

let compilable: boolean | undefined;
function canCompile(): boolean {
  if (compilable === undefined) {
    try {
      compilable = new Function('return 1')() === 1;
    } catch {
      compilable = false;
    }
  }
  return compilable;
}

export function isFastEngine(engine: ExecutionEngine): engine is FastEngine {
  return engine.name === 'fast' && 'skippedCycles' in engine;
}

registerEngine('fast', fastEngine);
