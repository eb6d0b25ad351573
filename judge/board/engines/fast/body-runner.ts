/**
 * Test helper: runs one instruction body (as compile.ts emits it) on a plain data space, outside any
 * region. Only for bodies that touch registers, SREG and flash (no hooks, no pc changes).
 */
export type BodyRun = (data: Uint8Array, pb: Uint8Array) => number;

export function bodyRunner(body: string): BodyRun {
  const run = new Function(
    'data',
    'pb',
    `"use strict"; const dv = new DataView(data.buffer); let c = 0, pc = 0, dl = 1e9, ra = 0, rv = 0, wa = 0, wv = 0;\n{ ${body} }\nreturn c;`,
  ) as BodyRun;
  return run;
}
