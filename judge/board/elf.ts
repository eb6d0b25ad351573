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

export function readElf(file: Uint8Array): ElfImage {
  const header = elfHeader(file);
  if (!header) throw new Error(file.length >= 4 && file[0] === 0x7f && file[1] === 0x45 ? 'Expected a 32-bit little-endian ELF file (avr-gcc output)' : 'Not an ELF file');
  const { view, phoff, shoff, phentsize, phnum, shentsize, shnum } = header;

  let end = 0;
  const chunks: { at: number; bytes: Uint8Array }[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    const type = view.getUint32(p, true);
    const offset = view.getUint32(p + 4, true);
    const paddr = view.getUint32(p + 12, true);
    const filesz = view.getUint32(p + 16, true);
    if (type !== 1 || filesz === 0 || paddr >= DATA_SPACE) continue;
    chunks.push({ at: paddr, bytes: file.subarray(offset, offset + filesz) });
    end = Math.max(end, paddr + filesz);
  }
  const flash = new Uint8Array(end).fill(0xff);
  for (const c of chunks) flash.set(c.bytes, c.at);

  const symbols = new Map<string, number>();
  for (let i = 0; i < shnum; i++) {
    const s = shoff + i * shentsize;
    if (view.getUint32(s + 4, true) !== 2) continue; // SHT_SYMTAB
    const symOff = view.getUint32(s + 16, true);
    const symSize = view.getUint32(s + 20, true);
    const strSection = shoff + view.getUint32(s + 24, true) * shentsize;
    const strOff = view.getUint32(strSection + 16, true);
    for (let o = symOff; o + 16 <= symOff + symSize; o += 16) {
      const nameAt = strOff + view.getUint32(o, true);
      let nameEnd = nameAt;
      while (file[nameEnd] !== 0 && nameEnd < file.length) nameEnd++;
      const name = new TextDecoder().decode(file.subarray(nameAt, nameEnd));
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
