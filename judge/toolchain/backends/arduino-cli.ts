/**
 * arduino-cli, used when ARDUINO_CLI points at a binary (for schools that keep an official Arduino
 * install). It runs in the same sandbox as everything else: its folder and its data directory
 * (ARDUINO_DIRECTORIES_DATA, else ~/.arduino15, holding the installed AVR core) are mounted
 * read-only; its build cache is ours.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { BOX, LIBRARIES_DIR, cacheRoot } from '../layout.ts';
import { registerBackend } from '../registry.ts';
import { findExecutable, runSandboxed, type Mount } from '../sandbox.ts';
import type { BuildJob, BuildOutput, Toolchain } from '../toolchain.ts';
import { filesStamp, librariesStamp } from '../version.ts';

const CLI_DIR = '/opt/arduino-cli';
const DATA_DIR = '/opt/arduino15';
const OUT_DIR = `${BOX.build}/out`;

/** The part of `arduino-cli compile --format json` we rely on (stable since 0.x, still in 1.x). */
export const CliResult = z.object({
  compiler_out: z.string().optional().default(''),
  compiler_err: z.string().optional().default(''),
  success: z.boolean().optional(),
  error: z.string().optional(),
}).passthrough();
export type CliResult = z.infer<typeof CliResult>;

export function cliArgs(): string[] {
  return ['compile', '--fqbn', 'arduino:avr:uno', '--output-dir', OUT_DIR, '--format', 'json',
    '--libraries', BOX.libraries, '--warnings', 'more', BOX.sketchDir];
}

/** stdout of arduino-cli → JSON result; tolerant of log lines printed before the JSON. */
export function parseCliOutput(stdout: string): CliResult | undefined {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    return CliResult.parse(JSON.parse(stdout.slice(start)));
  } catch {
    return undefined;
  }
}

export class ArduinoCli implements Toolchain {
  readonly name = 'arduino-cli';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  private binary(): string | undefined {
    return this.env.ARDUINO_CLI ? findExecutable(this.env.ARDUINO_CLI) : undefined;
  }

  private dataDir(): string | undefined {
    const d = this.env.ARDUINO_DIRECTORIES_DATA ?? join(homedir(), '.arduino15');
    return existsSync(d) ? d : undefined;
  }

  missing(): string | undefined {
    return this.binary() ? undefined : `arduino-cli (ARDUINO_CLI=${this.env.ARDUINO_CLI ?? ''})`;
  }

  async version(): Promise<string> {
    const bin = this.binary() ?? '';
    const data = this.dataDir();
    return `arduino-cli:${filesStamp([bin, ...(data ? [data] : [])])}:${librariesStamp()}`;
  }

  async build(job: BuildJob): Promise<BuildOutput> {
    const bin = this.binary();
    if (!bin) throw new Error('arduino-cli is not available');
    const cache = join(cacheRoot(), 'arduino-cli-cache');
    await mkdir(cache, { recursive: true });
    const data = this.dataDir();
    const mounts: Mount[] = [
      { host: job.dir, at: BOX.job, writable: true },
      { host: cache, at: BOX.coreCache, writable: true },
      { host: LIBRARIES_DIR, at: BOX.libraries },
      { host: dirname(bin), at: CLI_DIR },
      ...(data ? [{ host: data, at: DATA_DIR }] : []),
    ];
    const r = await runSandboxed({
      command: `${CLI_DIR}/${basename(bin)}`,
      args: cliArgs(),
      mounts, limits: job.limits, cwd: BOX.job,
      env: {
        ARDUINO_DIRECTORIES_DATA: DATA_DIR, ARDUINO_DIRECTORIES_USER: '/tmp/arduino-user',
        ARDUINO_BUILD_CACHE_PATH: BOX.coreCache, ARDUINO_UPDATER_ENABLE_NOTIFICATION: 'false',
      },
    });
    const parsed = parseCliOutput(r.stdout);
    const log = [parsed?.compiler_err ?? '', parsed?.compiler_out ?? '', parsed ? '' : r.stdout, r.stderr, parsed?.error ?? ''].join('\n');
    const out: BuildOutput = { ok: false, log, pipeline: 'arduino-cli', ...(r.limit ? { limit: r.limit } : {}) };
    const hexPath = join(job.dir, 'build', 'out', 'sketch.ino.hex');
    if (r.limit || r.exitCode !== 0 || parsed?.success === false || !existsSync(hexPath)) return out;
    out.ok = true;
    out.hex = await readFile(hexPath, 'utf8');
    out.elf = new Uint8Array(await readFile(join(job.dir, 'build', 'out', 'sketch.ino.elf')));
    return out;
  }
}

registerBackend({
  name: 'arduino-cli',
  priority: 10,
  wanted: (env) => Boolean(env.ARDUINO_CLI),
  create: (env) => new ArduinoCli(env),
});
