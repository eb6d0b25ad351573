/**
 * Generates judge/board/engines/fast/templates.gen.ts from avr8js's own `avrInstruction` source, so
 * the fast engine executes avr8js's instruction semantics text for text (flags, cycle counts, the
 * order of memory accesses and cycle increments) instead of a hand transcription that could drift.
 *
 * Each `if (cond) { body }` arm of avr8js's decoder becomes a template: the condition stays a
 * function of the opcode; the body is rewritten to work on locals (`pc` mirrors cpu.pc, `c` mirrors
 * cpu.cycles) and its memory accesses are inlined with avr8js's `readData`/`writeData` semantics.
 *
 *   node --import tsx tests/equivalence/generate-templates.ts          (rewrite)
 *   node --import tsx tests/equivalence/generate-templates.ts --check  (exit 1 if stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'judge/board/engines/fast/templates.gen.ts');

export function instructionSource(): { text: string; version: string } {
  const require = createRequire(join(ROOT, 'package.json'));
  const pkgPath = require.resolve('avr8js/package.json');
  const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  const text = readFileSync(join(dirname(pkgPath), 'dist/esm/cpu/instruction.js'), 'utf8');
  return { text, version };
}

/** Index just past the bracket that closes the one at `open`. */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (text.startsWith('/*', i)) {
      i = text.indexOf('*/', i) + 1;
      continue;
    }
    if (ch in pairs) stack.push(pairs[ch]);
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.pop() !== ch) throw new Error(`unbalanced ${ch} at ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error('unterminated bracket');
}

/** Splits a call's argument text at its top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(args.slice(start).trim());
  return out;
}

/** Replaces every `cpu.<name>(args)` call with `make(args)`, innermost arguments rewritten first. */
function replaceCalls(text: string, name: string, make: (args: string[]) => string): string {
  const needle = `cpu.${name}(`;
  for (;;) {
    const at = text.indexOf(needle);
    if (at < 0) return text;
    const open = at + needle.length - 1;
    const end = closing(text, open);
    const args = splitArgs(text.slice(open + 1, end - 1)).map((a) => replaceCalls(a, name, make));
    text = text.slice(0, at) + make(args) + text.slice(end);
  }
}

// Hooks run through two small helpers of the block's scope (see compile.ts): `rdh(addr, c, pc)` and
// `wrh(addr, value, mask, c, pc)` set cpu.cycles and cpu.pc to exactly what avr8js would have at that
// moment and call the hook; afterwards `c` is reloaded (EEPROM access adds cycles) and `dl = 0` ends
// the block after this instruction, so the dispatcher sees whatever the hook scheduled or raised.

/** avr8js CPU.readData: hooks only for addr >= 32. */
function readData([addr]: string[]): string {
  return `(ra = (${addr}), ra >= 32 && readHooks[ra] !== undefined ? (rv = rdh(ra, c, pc), c = CPU.cycles, dl = 0, rv) : data[ra])`;
}

/**
 * avr8js CPU.writeData: a hook may swallow the write. A plain write to SP or SREG (93–95) also ends
 * the block: the engine's stack check and interrupt deadline depend on them.
 */
function writeData([addr, value, mask = '0xff']: string[]): string {
  return (
    `(wa = (${addr}), wv = (${value}), writeHooks[wa] !== undefined ` +
    `? (wrh(wa, wv, ${mask}, c, pc), c = CPU.cycles, dl = 0) ` +
    `: (data[wa] = wv, wa >= 93 && wa <= 95 && (dl = 0)))`
  );
}

const SYNC_IN = 'CPU.cycles = c, CPU.pc = pc';
const SYNC_OUT = 'c = CPU.cycles, dl = 0';

export interface Arm {
  name: string;
  cond: string;
  body: string;
}

export function parseArms(source: string): Arm[] {
  const start = source.indexOf('export function avrInstruction(cpu)');
  if (start < 0) throw new Error('avrInstruction not found');
  let i = source.indexOf('const opcode = cpu.progMem[cpu.pc];', start);
  if (i < 0) throw new Error('opcode fetch not found');
  i = source.indexOf('if', i);
  const arms: Arm[] = [];
  for (;;) {
    const condOpen = source.indexOf('(', i);
    const condEnd = closing(source, condOpen);
    const cond = source.slice(condOpen + 1, condEnd - 1).replace(/\s+/g, ' ').trim();
    const bodyOpen = source.indexOf('{', condEnd);
    const bodyEnd = closing(source, bodyOpen);
    const raw = source.slice(bodyOpen + 1, bodyEnd - 1);
    const name = /\/\*\s*([A-Z]+(?:\([A-Z]+\))?)/.exec(raw)?.[1] ?? `ARM${arms.length}`;
    arms.push({ name, cond, body: rewriteBody(raw) });
    const rest = source.slice(bodyEnd).trimStart();
    if (!rest.startsWith('else')) {
      const tail = rest.slice(0, rest.indexOf('}')).replace(/\s+/g, ' ').trim();
      if (tail !== 'cpu.pc = (cpu.pc + 1) % cpu.progMem.length; cpu.cycles++;') {
        throw new Error(`unexpected epilogue: ${tail}`);
      }
      return arms;
    }
    i = source.indexOf('if', bodyEnd);
  }
}

function rewriteBody(raw: string): string {
  let body = raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  body = replaceCalls(body, 'readData', readData);
  body = replaceCalls(body, 'writeData', writeData);
  body = body.replace(/cpu\.onWatchdogReset\(\)/g, `(${SYNC_IN}, CPU.onWatchdogReset(), ${SYNC_OUT})`);
  body = body.replace(/const \{ pc22Bits \} = cpu;/g, 'const pc22Bits = false;');
  body = body
    .replace(/cpu\.dataView/g, 'dv')
    .replace(/cpu\.data\b/g, 'data')
    .replace(/cpu\.progMem/g, 'pm')
    .replace(/cpu\.progBytes/g, 'pb')
    .replace(/cpu\.cycles/g, 'c')
    .replace(/cpu\.pc\b/g, 'pc')
    .replace(/isTwoWordInstruction\(/g, 'twoWord(');
  if (/\bcpu\b/.test(body)) throw new Error(`unhandled cpu access in: ${body}`);
  body = body.replace(/\bCPU\b/g, 'cpu');
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

export function generate(): string {
  const { text, version } = instructionSource();
  const arms = parseArms(text);
  const lines = arms.map(
    (a) => `  { name: ${JSON.stringify(a.name)}, match: (opcode) => ${a.cond}, body: ${JSON.stringify(a.body)} },`,
  );
  return [
    '// GENERATED by tests/equivalence/generate-templates.ts from avr8js ' + version + ' (cpu/instruction.js).',
    '// Do not edit; rerun the generator after upgrading avr8js (the engine spec checks it is current).',
    "import type { InstructionTemplate } from './template.ts';",
    '',
    `export const AVR8JS_VERSION = ${JSON.stringify(version)};`,
    '',
    'export const TEMPLATES: readonly InstructionTemplate[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== out) {
      console.error('templates.gen.ts is stale: rerun tests/equivalence/generate-templates.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, out);
    console.log(`wrote ${OUTPUT}`);
  }
}
