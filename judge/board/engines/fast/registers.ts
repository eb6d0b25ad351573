/**
 * Registers and SREG in JavaScript locals across a run of instructions.
 *
 * avr8js keeps r0–r31 and SREG in `cpu.data`, a Uint8Array, so every instruction loads and stores
 * typed-array elements. On the engine's fast path a run of instructions with no exit between them
 * and no memory access whose address is unknown (pointers, hooks, the stack — they could land on a
 * register) can keep them in locals `g0`–`g31`, `g95` instead: loaded when the run starts, stored
 * back when it ends. In between nothing else can look at `cpu.data`, so the result is the same;
 * and V8 keeps the locals in machine registers and drops the flag computations that the next
 * instruction overwrites.
 */
import { foldLiterals, pureLiterals } from './fold.ts';

/**
 * Substitutes the template's constants computed from the opcode alone (`const d2 = 2 * 15;`) into
 * their uses, so register indices become literals: `data[d2 + 1]` → `data[31]`.
 */
export function inlineConstants(body: string): string {
  let text = body;
  for (const m of body.matchAll(/\bconst (\w+) = ([^;]+);/g)) {
    const [declaration, name, value] = m;
    if (!pureLiterals(value)) continue;
    const literal = String(Number(Function(`"use strict"; return (${value});`)()));
    if (!/^\d+$/.test(literal)) continue;
    text = text.replace(declaration, '').replace(new RegExp(`\\b${name}\\b`, 'g'), literal);
  }
  // Fold the arithmetic the substitution left: `[30 + 1]` → `[31]`.
  return foldLiterals(text);
}

/** A data[] address that is a register or SREG. */
const cached = (address: number): boolean => address < 32 || address === 95;

/**
 * The body with its register and SREG accesses on locals, or null if it touches anything else of
 * `cpu.data` (then it must run on `cpu.data` itself).
 */
export function onLocals(body: string): string | null {
  let ok = true;
  const reg = (n: string): string => {
    const address = Number(n);
    if (!cached(address) || !cached(address + 1)) ok = false;
    return `g${address}`;
  };
  let text = inlineConstants(body)
    .replace(/dv\.set(?:Uint16|Int16)\((\d+), ([^;]*?), true\)/g, (_, n: string, value: string) =>
      `(w16 = ${value}, ${reg(n)} = w16 & 255, g${Number(n) + 1} = (w16 >> 8) & 255)`,
    )
    .replace(/dv\.getUint16\((\d+), true\)/g, (_, n: string) => `(${reg(n)} | (g${Number(n) + 1} << 8))`)
    .replace(/dv\.getInt8\((\d+)\)/g, (_, n: string) => {
      if (!cached(Number(n))) ok = false;
      return `((g${n} << 24) >> 24)`;
    })
    // A Uint8Array store wraps to 0–255; a local must do that itself.
    .replace(/data\[(\d+)\] (=|&=|\|=) ([^;]+);/g, (whole, n: string, op: string, value: string) => {
      if (!cached(Number(n))) return whole;
      // A register copied or a literal below 256 needs no wrapping.
      const small = /^data\[(?:\d|[12]\d|3[01]|95)\]$/.test(value) || (/^\d+$/.test(value) && Number(value) < 256);
      if (op === '=') return small ? `g${n} = ${value};` : `g${n} = (${value}) & 255;`;
      return `g${n} = (g${n} ${op[0]} (${value})) & 255;`;
    })
    .replace(/data\[(\d+)\]/g, (whole, n: string) => (cached(Number(n)) ? `g${n}` : whole));
  if (/\bdata\[|\bdv\./.test(text)) ok = false;
  return ok ? text : null;
}

/** The registers a rewritten body reads or writes, and those it writes. */
export function registersOf(body: string): { used: Set<number>; written: Set<number> } {
  const used = new Set<number>();
  const written = new Set<number>();
  for (const [, n] of body.matchAll(/\bg(\d+)\b/g)) used.add(Number(n));
  for (const [, n] of body.matchAll(/\bg(\d+) = /g)) written.add(Number(n));
  return { used, written };
}

/** The lines that open and close a run of rewritten bodies: load what they use, store what they write. */
export function runFrame(bodies: readonly string[]): { open: string; close: string } {
  const used = new Set<number>();
  const written = new Set<number>();
  for (const b of bodies) {
    const r = registersOf(b);
    for (const n of r.used) used.add(n);
    for (const n of r.written) written.add(n);
  }
  const loads = [...used].sort((a, b) => a - b).map((n) => `g${n} = data[${n}]`);
  const stores = [...written].sort((a, b) => a - b).map((n) => `data[${n}] = g${n};`);
  return { open: `{ let w16 = 0${loads.map((l) => `, ${l}`).join('')};`, close: `${stores.join(' ')} }` };
}
