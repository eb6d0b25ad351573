/**
 * One interface for every way of turning a sketch folder into firmware. A backend is one file in
 * `backends/` that registers itself; `index.ts` adds what is common to all of them (sandbox limits,
 * diagnostics, sizes, the cache), so a new backend only has to build.
 */
import type { CompileLimits } from './types.ts';

export interface BuildJob {
  /** Host directory mounted at BOX.job: `sketch/` holds sketch.ino and its tabs, `build/` is empty. */
  dir: string;
  limits: CompileLimits;
}

export interface BuildOutput {
  /** The toolchain finished successfully and left an ELF and a HEX. */
  ok: boolean;
  hex?: string;
  elf?: Uint8Array;
  /** Compiler and linker messages (gcc format) for the diagnostics parser. */
  log: string;
  /** Set when a sandbox limit stopped the build. */
  limit?: 'time' | 'output' | 'memory';
  /** Which pipeline ran (a backend may have a fast path). */
  pipeline: string;
  /** The .cpp the sketch became (prototypes inserted), when the direct pipeline built it. */
  sketchCpp?: string;
}

export interface Toolchain {
  readonly name: string;
  /** Undefined when the backend can run here; otherwise which program is missing. */
  missing(): string | undefined;
  /** Identifies the exact compiler, core and libraries: part of the cache key. */
  version(): Promise<string>;
  build(job: BuildJob): Promise<BuildOutput>;
}

/** Thrown by a backend when the toolchain itself fails (never the student's fault). */
export class ToolchainError extends Error {}
