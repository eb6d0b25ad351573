import { avrInstruction } from 'avr8js';
import { registerEngine, type EngineContext, type ExecutionEngine } from '../engine.ts';
import { isValidOpcode } from '../opcodes.ts';

/**
 * The plain avr8js loop: one `avrInstruction` then one `cpu.tick()`. It is the semantic reference the
 * fast engine is compared against, so it stays as simple as possible.
 */
export function referenceEngine(ctx: EngineContext): ExecutionEngine {
  const { cpu, programWords, guard } = ctx;
  const progMem = cpu.progMem;
  return {
    name: 'reference',
    run(untilCycle: number) {
      while (cpu.cycles < untilCycle && !ctx.halted()) {
        const pc = cpu.pc;
        if (!(pc < programWords)) {
          guard.crash('pc-out-of-program', pc);
          return;
        }
        if (!isValidOpcode(progMem[pc])) {
          guard.crash('invalid-opcode', pc);
          return;
        }
        avrInstruction(cpu);
        cpu.tick();
        if (cpu.pc === 0) {
          guard.crash('unexpected-reset', pc);
          return;
        }
        if (guard.stackLimit && (cpu.data[93] | (cpu.data[94] << 8)) < guard.stackLimit) {
          guard.crash('stack-overflow', pc);
          return;
        }
      }
    },
  };
}

registerEngine('reference', referenceEngine);
