/**
 * Constant folding of template source: the operand arithmetic avr8js does at run time, done once at
 * compile time (`data[(opcode & 0x1f0) >> 4]` becomes `data[24]`). Smaller source keeps larger
 * regions within what V8 optimises, and literal register indices let registers.ts name them.
 */

/** Only numeric literals and operators: no identifiers (an identifier's value is not known here). */
export function pureLiterals(text: string): boolean {
  return /\d/.test(text) && /^[-\s&|^~<>+*%?:!=]*$/.test(text.replace(/\b(?:0x[0-9a-fA-F]+|\d+)\b/g, ''));
}

/** Evaluates every parenthesised or bracketed group made of literals only, until none is left. */
export function foldLiterals(body: string): string {
  let text = body;
  for (let changed = true; changed; ) {
    changed = false;
    text = text.replace(/([([])([^()[\]]*)([)\]])/g, (whole, open: string, inner: string, close: string, at: number) => {
      // Leave call arguments alone (`f(1)`): only groups not preceded by an identifier character.
      if (open === '(' && /[\w$]$/.test(text.slice(0, at))) return whole;
      if (!pureLiterals(inner) || (open === '(') !== (close === ')')) return whole;
      const value = Function(`"use strict"; return (${inner});`)() as unknown;
      if (typeof value !== 'number' && typeof value !== 'boolean') return whole;
      const literal = String(Number(value));
      // A non-negative literal needs no parentheses; a negative one keeps them (`a - (-1)`).
      const folded = open === '[' ? `[${literal}]` : Number(value) >= 0 ? literal : `(${literal})`;
      if (folded !== whole) changed = true;
      return folded;
    });
  }
  return text;
}

/** A template body with its opcode substituted and the arithmetic on it folded. */
export function foldConstants(body: string, opcode: number): string {
  return foldLiterals(body.replace(/\bopcode\b/g, String(opcode)));
}
