/**
 * Debian's arduino-builder (the default backend). The first compile in a cache prepares the
 * Arduino core (-build-cache) and the libraries a sketch uses; once those are prepared, later
 * compiles take the direct pipeline (`../direct.ts`), which replays exactly the same gcc commands
 * without arduino-builder's own start-up, library scan and relinking of unchanged parts.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectPipeline } from '../direct.ts';
import { BOX, BUILDER_TOOLS, HARDWARE, LIBRARIES_DIR, cacheRoot } from '../layout.ts';
import { withLock } from '../lock.ts';
import { registerBackend } from '../registry.ts';
import { findExecutable, runSandboxed } from '../sandbox.ts';
import type { BuildJob, BuildOutput, Toolchain } from '../toolchain.ts';
import { DEBIAN_AVR_FILES, filesStamp, librariesStamp } from '../version.ts';

/** Build preferences shared with the direct pipeline (DECIMAL_DIG: Debian core + gcc-avr 5.4 need it). */
export const BUILDER_PREFS = ['compiler.cpp.extra_flags=-DDECIMAL_DIG=9'];
export const BUILDER_WARNINGS = 'more';

export function builderArgs(): string[] {
  return [
    '-compile', '-hardware', HARDWARE, '-hardware', BUILDER_TOOLS, '-tools', BUILDER_TOOLS,
    '-libraries', BOX.libraries, '-fqbn', 'arduino:avr:uno',
    '-build-path', BOX.build, '-build-cache', BOX.coreCache,
    ...BUILDER_PREFS.flatMap((p) => ['-prefs', p]), '-warnings', BUILDER_WARNINGS,
    BOX.sketch,
  ];
}

export class ArduinoBuilder implements Toolchain {
  readonly name = 'arduino-builder';
  /** Set TECHNOLAB_DIRECT=0 to always run arduino-builder itself (for comparisons). */
  readonly direct: DirectPipeline | undefined;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.direct = env.TECHNOLAB_DIRECT === '0' ? undefined : new DirectPipeline(this.stampDir());
  }

  private binary(): string | undefined {
    const b = findExecutable(this.env.ARDUINO_BUILDER ?? 'arduino-builder');
    // Only /usr is visible in the sandbox.
    return b && b.startsWith('/usr/') ? b : undefined;
  }

  missing(): string | undefined {
    return this.binary() ? undefined : 'arduino-builder';
  }

  private stampDir(): string {
    return filesStamp(DEBIAN_AVR_FILES);
  }

  async version(): Promise<string> {
    return `arduino-builder:${this.stampDir()}:${librariesStamp()}:${BUILDER_PREFS.join(' ')}:${BUILDER_WARNINGS}`;
  }

  async build(job: BuildJob): Promise<BuildOutput> {
    if (this.direct) {
      const fast = await this.direct.build(job);
      if (fast) return fast;
    }
    return this.full(job);
  }

  /** arduino-builder itself, in the sandbox; afterwards the direct pipeline harvests what it built. */
  async full(job: BuildJob): Promise<BuildOutput> {
    const coreCache = join(cacheRoot(), `builder-core-${this.stampDir()}`);
    await mkdir(coreCache, { recursive: true });
    const run = () => runSandboxed({
      command: this.binary() ?? 'arduino-builder',
      args: builderArgs(),
      mounts: [
        { host: job.dir, at: BOX.job, writable: true },
        { host: coreCache, at: BOX.coreCache, writable: true },
        { host: LIBRARIES_DIR, at: BOX.libraries },
      ],
      limits: job.limits,
      cwd: BOX.job,
    });
    // Until the core is cached, arduino-builder writes it; concurrent writers would corrupt it.
    const r = existsSync(join(coreCache, 'core')) ? await run() : await withLock(coreCache, run);
    const build = join(job.dir, 'build');
    const ok = r.exitCode === 0 && !r.limit && existsSync(join(build, 'sketch.ino.hex'));
    const out: BuildOutput = { ok, log: `${r.stderr}\n${r.stdout}`, pipeline: 'arduino-builder', ...(r.limit ? { limit: r.limit } : {}) };
    if (!ok) return out;
    out.hex = await readFile(join(build, 'sketch.ino.hex'), 'utf8');
    out.elf = new Uint8Array(await readFile(join(build, 'sketch.ino.elf')));
    if (this.direct) await this.direct.harvest(build, coreCache);
    return out;
  }
}

registerBackend({
  name: 'arduino-builder',
  priority: 0,
  wanted: () => true,
  create: (env) => new ArduinoBuilder(env),
});
