/**
 * One arm of avr8js's instruction decoder, rewritten for code generation (see
 * tests/equivalence/generate-templates.ts). The body is JavaScript that runs with these bindings:
 *   opcode (const), pc (mirrors cpu.pc), c (mirrors cpu.cycles), dl (deadline; set to 0 to end the
 *   block after this instruction), data, dv (DataView of data), pm (flash words), pb (flash bytes),
 *   readHooks, writeHooks, cpu, twoWord(opcode), and temporaries ra rv rh wa wv wh.
 * The final `pc = (pc + 1) % length; c++` that avr8js applies after every instruction is not part of it.
 */
export interface InstructionTemplate {
  readonly name: string;
  readonly match: (opcode: number) => boolean | number;
  readonly body: string;
}
