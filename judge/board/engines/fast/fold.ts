/**
 * Constant folding of template source: the operand arithmetic avr8js does at run time, done once at
 * compile time (`data[(opcode & 0x1f0) >> 4]` becomes `data[24]`). Smaller source keeps larger
 * regions within what V8 optimises, and literal register indices let registers.ts name them.
 */

/** Only numeric literals and operators: no identifiers (an identifier's value is not known here). */
export function pureLiterals(text: string): boolean {
  return /\d/.test(text) && /^[-\s&|^~<>+*%?:!=]*$/.test(text.replace(/\b(?:0x[0-9a-fA-F]+|\d+)\b/g, ''));
}

const GROUP = /([([])([^()[\]]*)([)\]])/g;

/** Evaluates every parenthesised or bracketed group made of literals only, until none is left. */
export function foldLiterals(body: string): string {
  let text = body;
  for (let changed = true; changed; ) {
    changed = false;
    evaluate(Array.from(text.matchAll(GROUP), (m) => m[2]!));
    text = text.replace(GROUP, (whole, open: string, inner: string, close: string, at: number) => {
      // Leave call arguments alone (`f(1)`): only groups not preceded by an identifier character.
      if (open === '(' && /[\w$]$/.test(text.slice(0, at))) return whole;
      if ((open === '(') !== (close === ')')) return whole;
      const literal = literalValues.get(inner);
      if (literal === undefined) return whole;
      // A non-negative literal needs no parentheses; a negative one keeps them (`a - (-1)`).
      const folded = open === '[' ? `[${literal}]` : Number(literal) >= 0 ? literal : `(${literal})`;
      if (folded !== whole) changed = true;
      return folded;
    });
  }
  return text;
}

/**
 * Literal-only expressions and their values as numeric literals (undefined: not a number). Memoised
 * and evaluated in one script per folding pass: each script costs a compile (and, under a
 * source-map-enabled loader, a scan for a source map) — one per group was a sixth of a cold board's
 * main-thread time.
 */
const literalValues = new Map<string, string | undefined>();
function evaluate(groups: string[]): void {
  const fresh = [...new Set(groups.filter((g) => !literalValues.has(g) && pureLiterals(g)))];
  if (fresh.length === 0) return;
  if (literalValues.size + fresh.length > 65_536) literalValues.clear();
  const values = Function(`"use strict"; return [${fresh.map((g) => `(${g})`).join(', ')}];`)() as unknown[];
  fresh.forEach((g, i) => {
    const value = values[i];
    literalValues.set(g, typeof value === 'number' || typeof value === 'boolean' ? String(Number(value)) : undefined);
  });
}

/** Folded bodies by template body and opcode: a program repeats its instructions, judges repeat programs. */
const folded = new Map<string, Map<number, string>>();

/** A template body with its opcode substituted and the arithmetic on it folded. */
export function foldConstants(body: string, opcode: number): string {
  let byOpcode = folded.get(body);
  if (!byOpcode) folded.set(body, (byOpcode = new Map()));
  let text = byOpcode.get(opcode);
  if (text === undefined) {
    if (byOpcode.size >= 65_536) byOpcode.clear();
    byOpcode.set(opcode, (text = foldLiterals(body.replace(/\bopcode\b/g, String(opcode)))));
  }
  return text;
}
