/** Compile request and result: the contract between the toolchain, the runner, the server and the client. */

export interface Diagnostic {
  /** File as the student knows it: "sketch.ino" for their sketch, or a library file name. */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'note';
  message: string;
}

export interface CompileRequest {
  /** The sketch (.ino) text. */
  source: string;
  /** Extra files of the sketch folder (.h/.cpp), by file name. */
  files?: Record<string, string>;
  /** Board; only the Uno for now. */
  fqbn?: 'arduino:avr:uno';
  /** Sandbox limits; the defaults suit a classroom sketch (see DEFAULT_LIMITS). */
  limits?: Partial<CompileLimits>;
}

export interface CompileLimits {
  /** Wall-clock time for the whole compile. */
  timeMs: number;
  /** Heap (RLIMIT_DATA) of every process in the sandbox; address space is left alone so Go's arduino-builder starts. */
  memoryBytes: number;
  /** Compiler output (stdout + stderr) and any single file written. */
  outputBytes: number;
}

export const DEFAULT_LIMITS: CompileLimits = { timeMs: 20_000, memoryBytes: 1 << 30, outputBytes: 1 << 20 };

export type CompileFailure = 'compile-error' | 'too-large' | 'limit-exceeded' | 'toolchain-missing';

export interface CompileResult {
  ok: boolean;
  /** Set when ok is false. */
  failure?: CompileFailure;
  /** Person-readable explanation of a failure (ru/en) for limits, too-large and a missing toolchain. */
  message?: { ru: string; en: string };
  hex?: string;
  /** ELF image, base64. */
  elf?: string;
  flashBytes?: number;
  ramBytes?: number;
  /** Lowest legal stack pointer: `__heap_start` from the ELF (for crash detection). */
  stackLimit?: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  cached: boolean;
  backend: string;
  durationMs: number;
  /** Which pipeline produced the artifacts (e.g. "arduino-builder", "direct" for the fast path). */
  pipeline?: string;
}

export const UNO_LIMITS = { flashBytes: 32_256, ramBytes: 2_048 } as const;
