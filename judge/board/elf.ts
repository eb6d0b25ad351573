/**
 * Minimal ELF32 reader for avr-gcc output: the flash image (PT_LOAD segments below the data-space
 * offset 0x800000) and the symbols the crash detector needs (`__heap_start`, end of .bss).
 * Runs anywhere: it only reads bytes.
 */
export interface ElfImage {
  flash: Uint8Array;
  symbols: Map<string, number>;
}

const DATA_SPACE = 0x800000;

/** The ELF32 header's table positions (little-endian, as avr-gcc writes them). */
export interface ElfHeader {
  view: DataView;
  entry: number;
  phoff: number;
  shoff: number;
  phentsize: number;
  phnum: number;
  shentsize: number;
  shnum: number;
  shstrndx: number;
}

/** The header, or undefined when the bytes are not a 32-bit little-endian ELF file. */
export function elfHeader(file: Uint8Array): ElfHeader | undefined {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.length < 52 || view.getUint32(0) !== 0x7f454c46 || file[4] !== 1 || file[5] !== 1) return undefined;
  return {
    view,
    entry: view.getUint32(24, true),
    phoff: view.getUint32(28, true),
    shoff: view.getUint32(32, true),
    phentsize: view.getUint16(42, true),
    phnum: view.getUint16(44, true),
    shentsize: view.getUint16(46, true),
    shnum: view.getUint16(48, true),
    shstrndx: view.getUint16(50, true),
  };
}

/** A section header, named from the section-name table. */
export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  /** Index of a related section (a symbol table's string table). */
  link: number;
}

/** A program header (a segment: what is loaded where). */
export interface ElfSegment {
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
}

export const PT_LOAD = 1;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHF_ALLOC = 2;

/** The NUL-terminated string at `at`. */
function cString(file: Uint8Array, at: number): string {
  let end = at;
  while (end < file.length && file[end] !== 0) end++;
  return new TextDecoder().decode(file.subarray(at, end));
}

/** Every section header, in file order (empty when the bytes are not an ELF file). */
export function elfSections(file: Uint8Array, header = elfHeader(file)): ElfSection[] {
  if (!header) return [];
  const { view, shoff, shentsize, shnum, shstrndx } = header;
  const names = view.getUint32(shoff + shstrndx * shentsize + 16, true);
  const sections: ElfSection[] = [];
  for (let i = 0; i < shnum; i++) {
    const s = shoff + i * shentsize;
    sections.push({
      name: cString(file, names + view.getUint32(s, true)),
      type: view.getUint32(s + 4, true),
      flags: view.getUint32(s + 8, true),
      addr: view.getUint32(s + 12, true),
      offset: view.getUint32(s + 16, true),
      size: view.getUint32(s + 20, true),
      link: view.getUint32(s + 24, true),
    });
  }
  return sections;
}

/** Every program header, in file order (empty when the bytes are not an ELF file). */
export function elfSegments(file: Uint8Array, header = elfHeader(file)): ElfSegment[] {
  if (!header) return [];
  const { view, phoff, phentsize, phnum } = header;
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    segments.push({
      type: view.getUint32(p, true),
      offset: view.getUint32(p + 4, true),
      vaddr: view.getUint32(p + 8, true),
      paddr: view.getUint32(p + 12, true),
      filesz: view.getUint32(p + 16, true),
      memsz: view.getUint32(p + 20, true),
    });
  }
  return segments;
}

export function readElf(file: Uint8Array): ElfImage {
  const header = elfHeader(file);
  if (!header) throw new Error(file.length >= 4 && file[0] === 0x7f && file[1] === 0x45 ? 'Expected a 32-bit little-endian ELF file (avr-gcc output)' : 'Not an ELF file');
  const { view } = header;

  let end = 0;
  const chunks: { at: number; bytes: Uint8Array }[] = [];
  for (const { type, offset, paddr, filesz } of elfSegments(file, header)) {
    if (type !== PT_LOAD || filesz === 0 || paddr >= DATA_SPACE) continue;
    chunks.push({ at: paddr, bytes: file.subarray(offset, offset + filesz) });
    end = Math.max(end, paddr + filesz);
  }
  const flash = new Uint8Array(end).fill(0xff);
  for (const c of chunks) flash.set(c.bytes, c.at);

  const symbols = new Map<string, number>();
  const sections = elfSections(file, header);
  for (const table of sections.filter((s) => s.type === SHT_SYMTAB)) {
    const strOff = sections[table.link].offset;
    for (let o = table.offset; o + 16 <= table.offset + table.size; o += 16) {
      const name = cString(file, strOff + view.getUint32(o, true));
      if (name) symbols.set(name, view.getUint32(o + 4, true));
    }
  }
  return { flash, symbols };
}

/**
 * Lowest legal stack pointer for crash detection: the end of static data (`__heap_start`, or
 * `__bss_end` when malloc is not linked and the linker dropped `__heap_start`), as an SRAM address.
 */
export function stackLimitOf(symbols: Map<string, number>): number | undefined {
  const end = symbols.get('__heap_start') ?? symbols.get('__bss_end');
  return end === undefined ? undefined : end & 0xffff;
}
