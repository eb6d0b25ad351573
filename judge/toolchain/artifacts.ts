/**
 * Sizes and symbols read straight from the ELF, the way `avr-size -A` and the Arduino IDE count
 * them: flash = .text + .data (+ .bootloader), RAM = .data + .bss + .noinit. Reading the file
 * ourselves saves a process per compile.
 */
import { elfSections, readElf } from '../board/elf.ts';
import { UNO_LIMITS, type CompileResult } from './types.ts';

export interface ElfFacts {
  flashBytes: number;
  ramBytes: number;
  stackLimit?: number;
}

export function sectionSizes(file: Uint8Array): Map<string, number> {
  return new Map(elfSections(file).map((s) => [s.name, s.size]));
}

export function elfFacts(file: Uint8Array): ElfFacts {
  const sizes = sectionSizes(file);
  const sum = (...names: string[]) => names.reduce((n, name) => n + (sizes.get(name) ?? 0), 0);
  const symbols = readElf(file).symbols;
  // The linker script only PROVIDEs __heap_start when something (malloc) uses it; it always equals _end.
  const stack = symbols.get('__heap_start') ?? symbols.get('_end');
  return {
    flashBytes: sum('.text', '.data', '.bootloader'),
    ramBytes: sum('.data', '.bss', '.noinit'),
    // Symbols in data space carry avr-gcc's 0x800000 offset; the CPU sees plain SRAM addresses.
    ...(stack !== undefined ? { stackLimit: stack & 0xffff } : {}),
  };
}

/** The Uno's limits, checked like the IDE does; a person-readable reason when over. */
export function overLimits(facts: ElfFacts): CompileResult['message'] | undefined {
  const over: { ru: string; en: string }[] = [];
  if (facts.flashBytes > UNO_LIMITS.flashBytes) {
    over.push({
      ru: `программа занимает ${facts.flashBytes} байт флеш-памяти, а на Uno доступно ${UNO_LIMITS.flashBytes}`,
      en: `the program needs ${facts.flashBytes} bytes of flash; the Uno has ${UNO_LIMITS.flashBytes}`,
    });
  }
  if (facts.ramBytes > UNO_LIMITS.ramBytes) {
    over.push({
      ru: `глобальные переменные занимают ${facts.ramBytes} байт ОЗУ, а на Uno всего ${UNO_LIMITS.ramBytes}`,
      en: `global variables need ${facts.ramBytes} bytes of RAM; the Uno has ${UNO_LIMITS.ramBytes}`,
    });
  }
  if (!over.length) return undefined;
  return {
    ru: `Скетч слишком большой: ${over.map((o) => o.ru).join('; ')}. Уменьшите массивы и строки (F("…") хранит строки во флеше).`,
    en: `The sketch is too large: ${over.map((o) => o.en).join('; ')}. Shrink arrays and strings (F("…") keeps strings in flash).`,
  };
}

/**
 * When a sketch is far too big the linker refuses before there is an ELF to measure: read the
 * overflow from its message instead (`region 'text' overflowed by N bytes`, or `.bss` ending at an
 * address beyond SRAM).
 */
export function linkerOverflow(log: string): ElfFacts | undefined {
  const text = /region [`']?text'? overflowed by (\d+) bytes/.exec(log);
  const data = /address 0x([0-9a-f]+) of \S+ section [`']\.(?:data|bss|noinit)' is not within region [`']data'/.exec(log);
  if (!text && !data) return undefined;
  return {
    flashBytes: text ? 32_768 + Number(text[1]) : 0,
    ramBytes: data ? Number.parseInt(data[1], 16) - 0x800100 : 0,
  };
}
