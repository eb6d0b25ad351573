// ihexOf must write exactly what `avr-objcopy -O ihex -R .eeprom` writes: checked against the real
// objcopy on the equivalence corpus and the starter tasks' solutions (every length of .text and
// .data those give), and on sketches with sections it leaves to objcopy.
import { execa } from 'execa';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ihexOf } from './ihex.ts';

process.env.TECHNOLAB_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tl-ihex-spec-'));
const { compile } = await import('./index.ts');

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'tl-ihex-'));

async function objcopyHex(elf: Uint8Array): Promise<string> {
  const elfPath = join(work, `${Math.random().toString(36).slice(2)}.elf`);
  writeFileSync(elfPath, elf);
  await execa('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elfPath, `${elfPath}.hex`]);
  return readFileSync(`${elfPath}.hex`, 'utf8');
}

async function elfOf(source: string): Promise<Uint8Array> {
  const r = await compile({ source });
  if (!r.ok || !r.elf) throw new Error(`compile failed: ${JSON.stringify(r.errors)}`);
  return new Uint8Array(Buffer.from(r.elf, 'base64'));
}

const corpus = [
  ...readdirSync(join(ROOT, 'tests/equivalence/corpus')).filter((n) => n.endsWith('.ino')).map((n) => `tests/equivalence/corpus/${n}`),
  ...['blink', 'dimmer', 'parktronic', 'melody', 'lcd-messages', 'robot-line-two-sensors'].map((t) => `tasks/${t}/solutions/accepted.ino`),
];

describe('ihexOf', () => {
  it.each(corpus)('writes objcopy\'s HEX for %s', async (sketch) => {
    const elf = await elfOf(readFileSync(join(ROOT, sketch), 'utf8'));
    const ours = ihexOf(elf);
    expect(ours).toBeDefined();
    expect(ours).toBe(await objcopyHex(elf));
  }, 60_000);

  it('leaves sections above 64 KiB (fuses, signature) to objcopy, and the compile still gives its HEX', async () => {
    const source = '#include <avr/io.h>\n#include <avr/signature.h>\nFUSES = { 0xFF, 0xDE, 0xFD };\nvoid setup() { pinMode(13, OUTPUT); }\nvoid loop() {}\n';
    const r = await compile({ source });
    expect(r.ok).toBe(true);
    expect(r.pipeline).toBe('direct'); // the corpus above prepared the core: this is the fast path's fallback
    const elf = new Uint8Array(Buffer.from(r.elf!, 'base64'));
    expect(ihexOf(elf)).toBeUndefined();
    const hex = await objcopyHex(elf);
    expect(hex).toMatch(/^:02000004/m); // objcopy's extended address record: the case ihexOf refuses
    expect(r.hex).toBe(hex);
  }, 60_000);

  it('refuses what is not a 32-bit little-endian ELF', () => {
    expect(ihexOf(new TextEncoder().encode(':00000001FF\r\n'))).toBeUndefined();
  });
});
