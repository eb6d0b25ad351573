/**
 * Fingerprints for cache keys: a compile is reusable only while the compiler, the Arduino core,
 * the build flags and our own libraries are byte-for-byte what produced it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARIES_DIR } from './layout.ts';

/** size + mtime of installed files (cheap; a package upgrade changes them). */
export function filesStamp(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) {
    try {
      const s = statSync(p);
      h.update(`${p}:${s.size}:${s.mtimeMs}\n`);
    } catch {
      h.update(`${p}:missing\n`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Content hash of firmware-templates/libraries (our Servo etc.), computed once per process. */
let librariesHash: string | undefined;
export function librariesStamp(): string {
  if (librariesHash) return librariesHash;
  const files: string[] = [];
  walk(LIBRARIES_DIR, files);
  const h = createHash('sha256');
  for (const f of files) h.update(f.slice(LIBRARIES_DIR.length)).update('\0').update(readFileSync(f)).update('\0');
  return (librariesHash = h.digest('hex').slice(0, 16));
}

/** The Debian AVR toolchain files whose change invalidates every cached build. */
export const DEBIAN_AVR_FILES = [
  '/usr/bin/avr-gcc', '/usr/bin/avr-g++', '/usr/lib/gcc/avr/5.4.0/cc1plus', '/usr/lib/gcc/avr/5.4.0/lto1',
  '/usr/bin/avr-ld', '/usr/lib/avr/lib/avr5/libc.a', '/usr/bin/arduino-ctags', '/usr/bin/arduino-builder',
  '/usr/share/arduino/hardware/arduino/avr/platform.txt', '/usr/share/arduino/hardware/arduino/avr/boards.txt',
  '/usr/share/arduino/hardware/arduino/avr/cores/arduino/Arduino.h', '/usr/share/arduino-builder/platform.txt',
];
