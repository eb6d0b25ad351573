/**
 * `avr-objcopy -O ihex -R .eeprom sketch.elf` in a few lines of JavaScript: the process it saves
 * sat at the end of every build (≈ 1 ms). The text is objcopy's, byte for byte (ihex.spec.ts runs
 * objcopy on the corpus to check): each loadable section in load-address order, cut into records
 * of 16 bytes from the section's own start, CRLF line ends, the end-of-file record. Anything this
 * does not reproduce exactly — a section above 64 KiB (objcopy would add extended-address records,
 * e.g. a sketch's .fuse or .signature), a non-zero entry point (a start-address record) —
 * returns undefined, and the caller runs objcopy itself.
 */

import { PT_LOAD, SHF_ALLOC, SHT_PROGBITS, elfHeader, elfSections, elfSegments } from '../board/elf.ts';

/** objcopy's record length (bfd's CHUNK). */
const RECORD_BYTES = 16;

interface Loadable {
  lma: number;
  bytes: Uint8Array;
}

const hex2 = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');

function record(address: number, type: number, data: Uint8Array): string {
  let sum = data.length + (address >> 8) + (address & 0xff) + type;
  let text = `:${hex2(data.length)}${hex2(address >> 8)}${hex2(address & 0xff)}${hex2(type)}`;
  for (const b of data) {
    sum += b;
    text += hex2(b);
  }
  return `${text}${hex2((0x100 - (sum & 0xff)) & 0xff)}\r\n`;
}

/** The sections objcopy would write, at their load addresses; undefined when beyond this file's reach. */
function loadables(file: Uint8Array): Loadable[] | undefined {
  const header = elfHeader(file);
  // A non-zero entry point: objcopy would add a start-address record.
  if (!header || header.entry !== 0) return undefined;
  const segments = elfSegments(file, header).filter((g) => g.type === PT_LOAD);
  const out: Loadable[] = [];
  for (const { name, type, flags, addr, offset, size } of elfSections(file, header)) {
    if (type !== SHT_PROGBITS || !(flags & SHF_ALLOC) || size === 0 || name === '.eeprom') continue;
    // Load address as BFD derives it: the segment that holds the section maps its VMA to an LMA.
    const segment = segments.find((g) => addr >= g.vaddr && addr + size <= g.vaddr + g.memsz);
    const lma = segment ? segment.paddr + (addr - segment.vaddr) : addr;
    if (lma + size > 0x10000 || offset + size > file.length) return undefined;
    out.push({ lma, bytes: file.subarray(offset, offset + size) });
  }
  return out.sort((a, b) => a.lma - b.lma);
}

/** The Intel HEX objcopy writes for this avr-gcc ELF (without .eeprom), or undefined (see above). */
export function ihexOf(elf: Uint8Array): string | undefined {
  const sections = loadables(elf);
  if (!sections) return undefined;
  let text = '';
  for (const { lma, bytes } of sections) {
    for (let at = 0; at < bytes.length; at += RECORD_BYTES) text += record(lma + at, 0, bytes.subarray(at, at + RECORD_BYTES));
  }
  return `${text}${record(0, 1, new Uint8Array(0))}`;
}
