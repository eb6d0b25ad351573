import { Uno } from '../board/uno.ts';
import { loadHex } from '../board/hex.ts';
import { Random } from '../board/random.ts';
import type { CompileRequest, CompileResult } from '../toolchain/types.ts';
import type { PartSpec } from './part.ts';
import { createParts, type PartSet } from './registry.ts';
import './index.ts';

/** What a part test needs: a real Uno running the sketch, its parts, and what they reported. */
export interface Rig {
  board: Uno;
  parts: PartSet;
  /** Part events: [cycle, part id, what, value]. */
  events: [number, string, string, number | string][];
  /** Everything the sketch printed so far. */
  serial(): string;
}

/**
 * Compiles `source` with the given compiler (the toolchain is Node-only, so the spec passes it in)
 * and boots it on the reference engine with the parts wired.
 */
export async function rig(
  compile: (request: CompileRequest) => Promise<CompileResult>,
  source: string,
  specs: PartSpec[],
  seed = 1,
): Promise<Rig> {
  const result = await compile({ source });
  if (!result.ok || !result.hex) {
    throw new Error(`sketch did not compile:\n${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  }
  const board = new Uno(loadHex(result.hex), { engine: 'reference' });
  const events: Rig['events'] = [];
  const parts = createParts(specs, {
    board,
    random: new Random(seed),
    emit: (id, what, value) => events.push([board.cycles, id, what, value]),
  });
  let text = '';
  board.onSerialTransmit((byte) => (text += String.fromCharCode(byte)));
  return { board, parts, events, serial: () => text };
}
