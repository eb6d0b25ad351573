/**
 * The fast path of the arduino-builder backend: the same gcc commands arduino-builder runs for a
 * sketch (its -verbose output is the reference), in one or two sandbox runs and with no
 * arduino-builder start-up, library discovery passes or second preprocessing. The Arduino core and
 * library objects come from an earlier full arduino-builder run (harvested into the cache), so they
 * are byte-for-byte the objects arduino-builder itself would link. When the sketch's top-level
 * structure was seen before (speculation.ts), the guessed .cpp is built in the same sandbox run as
 * the preprocessor and ctags that check it (checkedBuildScript), and the build is kept only if the
 * guess proves exactly right; otherwise the real .cpp is built in a second run. Anything unusual
 * (tabs other than .h, a library not yet prepared, a preprocessor error whose wording should come
 * from arduino-builder) returns undefined and the backend runs arduino-builder instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECK_FILES, PREPARED, buildScript, checkedBuildScript, hexScript, knownLibraries, pchScript, preprocessScript, type Library } from './direct-commands.ts';
import { ihexOf } from './ihex.ts';
import { BOX, LIBRARIES_DIR, cacheRoot } from './layout.ts';
import { mergedSketch, prototypesFromCtags, withPrototypes } from './prototypes.ts';
import { limitHit, runSandboxed, type Mount, type SandboxResult } from './sandbox.ts';
import { SpareSandbox } from './spare.ts';
import { recall, remember, skeletonKey } from './speculation.ts';
import type { BuildJob, BuildOutput } from './toolchain.ts';
import { librariesStamp } from './version.ts';

/** Object files under a directory, in arduino-builder's link order (files first, then subfolders). */
async function objectsIn(dir: string, rel = ''): Promise<string[]> {
  const entries = (await readdir(join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.o')).map((e) => join(rel, e.name));
  const sub: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory())) sub.push(...(await objectsIn(dir, join(rel, e.name))));
  return [...files, ...sub];
}

export class DirectPipeline {
  private readonly dir: string;
  private ready = false;

  constructor(stamp: string) {
    this.dir = join(cacheRoot(), `direct-${stamp}-${librariesStamp()}`);
  }

  /** Copies the core and library objects of a finished arduino-builder build into the cache. */
  async harvest(buildDir: string, coreCache: string): Promise<void> {
    await mkdir(join(this.dir, 'libs'), { recursive: true });
    const core = join(this.dir, 'core.a');
    if (!existsSync(core)) {
      const archives = (await readdir(join(coreCache, 'core')).catch(() => [])).filter((n) => n.endsWith('.a'));
      if (archives.length !== 1) return;
      await atomicCopy(join(coreCache, 'core', archives[0]), core);
    }
    const libsBuilt = join(buildDir, 'libraries');
    for (const name of await readdir(libsBuilt).catch(() => [] as string[])) {
      const target = join(this.dir, 'libs', name);
      if (existsSync(target)) continue;
      const objects = await objectsIn(join(libsBuilt, name));
      const tmp = `${target}.${process.pid}.${Date.now()}`;
      await mkdir(tmp, { recursive: true });
      for (const o of objects) {
        await mkdir(join(tmp, o, '..'), { recursive: true });
        await copyFile(join(libsBuilt, name, o), join(tmp, o));
      }
      await writeFile(join(tmp, 'objects.json'), JSON.stringify(objects));
      await rename(tmp, target).catch(() => rm(tmp, { recursive: true, force: true }));
    }
  }

  private async isReady(): Promise<boolean> {
    if (!this.ready) this.ready = await stat(join(this.dir, 'core.a')).then(() => true, () => false);
    return this.ready;
  }

  /** Whether the precompiled Arduino.h exists; made once per cache (its failure only costs speed). */
  private pch: Promise<boolean> | undefined;
  private hasPch(limits: BuildJob['limits']): Promise<boolean> {
    if (process.env.TECHNOLAB_PCH === '0') return Promise.resolve(false);
    this.pch ??= (async () => {
      if (existsSync(join(this.dir, 'pch', 'Arduino.h.gch'))) return true;
      const tmp = join(this.dir, `pch.${process.pid}.${Date.now()}`);
      await mkdir(tmp, { recursive: true });
      const r = await runSandboxed({ command: '/bin/sh', args: ['-c', pchScript('/tl/pch')], mounts: [{ host: tmp, at: '/tl/pch', writable: true }], limits });
      if (r.exitCode !== 0) {
        await rm(tmp, { recursive: true, force: true });
        return false;
      }
      await rename(tmp, join(this.dir, 'pch')).catch(() => rm(tmp, { recursive: true, force: true }));
      return existsSync(join(this.dir, 'pch', 'Arduino.h.gch'));
    })();
    return this.pch;
  }

  /** A sandbox started ahead of the next build (spare.ts); TECHNOLAB_SPARE_SANDBOX=0 turns it off. */
  private spare: SpareSandbox | undefined;

  /** The mounts of a build besides its job directory. */
  private sharedMounts(): Mount[] {
    return [
      { host: LIBRARIES_DIR, at: BOX.libraries },
      { host: this.dir, at: PREPARED },
    ];
  }

  /** Builds the sketch (from job.dir), or returns undefined when arduino-builder should do it. */
  async build(job: BuildJob): Promise<BuildOutput | undefined> {
    if (!(await this.isReady())) return undefined;
    const spare = this.spare?.fits(job.limits) ? this.spare : undefined;
    if (spare) this.spare = undefined;
    try {
      return await this.buildIn(job, spare);
    } finally {
      spare?.discard();
      this.prepareSpare(job.limits);
    }
  }

  /** After a build, a spare for the next one (started once the caller has its result). */
  private prepareSpare(limits: BuildJob['limits']): void {
    if (process.env.TECHNOLAB_SPARE_SANDBOX === '0' || this.spare?.fits(limits)) return;
    this.spare?.discard();
    this.spare = undefined;
    setImmediate(() => {
      this.spare ??= SpareSandbox.start(this.sharedMounts(), limits);
    });
  }

  /**
   * The build itself, in the spare's directory and sandbox when there is one (else in job.dir and
   * fresh sandboxes): the same files, paths and commands either way.
   */
  private async buildIn(job: BuildJob, spare: SpareSandbox | undefined): Promise<BuildOutput | undefined> {
    const root = spare?.dir ?? job.dir;
    // Synchronous file work from here to the sandboxes' start: small files, and every awaited call
    // would delay the build's start by a round trip through the thread pool.
    const sketchDir = join(job.dir, 'sketch');
    const tabNames = readdirSync(sketchDir).filter((n) => n !== 'sketch.ino');
    if (tabNames.some((t) => !t.endsWith('.h'))) return undefined;
    const source = readFileSync(join(sketchDir, 'sketch.ino'), 'utf8');
    const tabs: Record<string, string> = {};
    for (const t of tabNames) tabs[t] = readFileSync(join(sketchDir, t), 'utf8');
    const build = join(root, 'build');
    for (const d of ['sketch', 'preproc']) {
      mkdirSync(join(build, d), { recursive: true });
      for (const [t, text] of Object.entries(tabs)) writeFileSync(join(build, d, t), text);
    }
    writeFileSync(join(build, 'preproc', 'sketch.ino.cpp'), mergedSketch(source, BOX.sketch));
    const libs = knownLibraries();
    const mounts = [{ host: root, at: BOX.job, writable: true }, ...this.sharedMounts()];
    const pch = await this.hasPch(job.limits);
    let unused = spare;
    const run = (script: string) => {
      // The first sandbox of the build is the spare, if it takes the script.
      const handed = unused?.run(script, job.limits);
      unused = undefined;
      return handed ?? runSandboxed({ command: '/bin/sh', args: ['-c', script], mounts, limits: job.limits, cwd: BOX.job });
    };

    // With a guess, build it and let the preprocessor and ctags check it in the same sandbox
    // (checkedBuildScript); without one, preprocess first.
    const key = skeletonKey(source, tabs);
    const guess = recall(key);
    const guessed = guess && (await this.objects(guess.used));
    /** The build of the guess, when there was one. */
    let speculative: SandboxResult | undefined;
    let guessedCpp: string | undefined;
    let pre: SandboxResult;
    if (guess && guessed) {
      guessedCpp = withPrototypes(source, BOX.sketch, guess.prototypes, guess.line);
      writeFileSync(join(build, 'sketch', 'sketch.ino.cpp'), guessedCpp);
      speculative = await run(checkedBuildScript(guess.used, guessed, pch, libs));
      pre = checkOf(root, speculative, job.limits.outputBytes);
    } else {
      pre = await run(preprocessScript(libs, pch));
    }
    if (pre.limit || pre.exitCode !== 0) {
      // A preprocessor error is reported by arduino-builder itself, in its own words.
      return pre.limit ? { ok: false, log: pre.stderr, limit: pre.limit, pipeline: 'direct' } : undefined;
    }
    const used = usedLibraries(readFileSync(join(build, 'preproc', 'full.cpp'), 'utf8'), libs);
    const objects = await this.objects(used);
    if (!objects) return undefined;
    const { prototypes, line } = prototypesFromCtags(pre.stdout, BOX.sketch, source);
    if (prototypes.length > 0 && (line < 1 || line > source.split('\n').length)) return undefined;
    remember(key, { prototypes, line, used });
    const cpp = withPrototypes(source, BOX.sketch, prototypes, line);
    let r: SandboxResult;
    if (speculative && cpp === guessedCpp && sameLibraries(used, guess!.used)) {
      r = speculative;
    } else {
      writeFileSync(join(build, 'sketch', 'sketch.ino.cpp'), cpp);
      r = await run(buildScript(used, objects, pch));
    }
    const out: BuildOutput = { ok: r.exitCode === 0 && !r.limit, log: r.stderr, pipeline: 'direct', sketchCpp: cpp, ...(r.limit ? { limit: r.limit } : {}) };
    if (!out.ok) return out;
    // Read synchronously: a small file, cheaper than a round trip through the thread pool.
    out.elf = new Uint8Array(readFileSync(join(build, 'sketch.ino.elf')));
    const hex = ihexOf(out.elf);
    if (hex === undefined) {
      const converted = await run(hexScript());
      if (converted.exitCode !== 0 || converted.limit) return { ok: false, log: converted.stderr, pipeline: 'direct', ...(converted.limit ? { limit: converted.limit } : {}) };
    }
    out.hex = hex ?? readFileSync(join(build, 'sketch.ino.hex'), 'utf8');
    return out;
  }

  /** Harvested objects of these libraries, in link order; undefined if one is not prepared yet. */
  private async objects(used: Library[]): Promise<string[] | undefined> {
    const objects: string[] = [];
    for (const lib of used) {
      const list = this.libraryObjects.get(lib.name) ?? (await this.readObjects(lib.name));
      if (list === undefined) return undefined;
      objects.push(...list);
    }
    return objects;
  }

  /** A library's objects.json never changes once it is written (harvest renames it into place). */
  private readonly libraryObjects = new Map<string, string[]>();
  private async readObjects(name: string): Promise<string[] | undefined> {
    const list = await readFile(join(this.dir, 'libs', name, 'objects.json'), 'utf8').catch(() => undefined);
    if (list === undefined) return undefined;
    const objects = (JSON.parse(list) as string[]).map((o) => `${PREPARED}/libs/${name}/${o}`);
    this.libraryObjects.set(name, objects);
    return objects;
  }
}

/**
 * The preprocessing a checked build ran (CHECK_FILES, paths inside the sandbox's job directory),
 * as if it had run in a sandbox of its own: what it printed, its status, the limit it met.
 */
function checkOf(jobDir: string, build: SandboxResult, outputBytes: number): SandboxResult {
  // A limit the run met (time, output, memory) stopped or spoilt the whole sandbox: report it as is.
  if (build.limit) return { exitCode: -1, stdout: '', stderr: build.stderr, limit: build.limit };
  const read = (boxPath: string): string | undefined => {
    try {
      return readFileSync(join(jobDir, boxPath.slice(BOX.job.length)), 'utf8');
    } catch {
      return undefined;
    }
  };
  // No status file (or no number in it): the check did not finish.
  const status = Number.parseInt(read(CHECK_FILES.status) ?? '', 10);
  const exitCode = Number.isInteger(status) ? status : -1;
  const stdout = read(CHECK_FILES.stdout) ?? '';
  const stderr = read(CHECK_FILES.stderr) ?? '';
  const limit = limitHit(exitCode, stdout + stderr, stdout.length + stderr.length > outputBytes);
  return { exitCode, stdout, stderr, ...(limit ? { limit } : {}) };
}

/** Libraries in order of first inclusion, from the preprocessor's line markers. */
function usedLibraries(preprocessed: string, libs: Library[]): Library[] {
  const used: Library[] = [];
  for (const m of preprocessed.matchAll(/^# \d+ "([^"]+)"/gm)) {
    const lib = libs.find((l) => m[1].startsWith(`${l.include}/`));
    if (lib && !used.includes(lib)) used.push(lib);
  }
  return used;
}

const sameLibraries = (a: Library[], b: Library[]) => a.length === b.length && a.every((l, i) => l.name === b[i].name && l.include === b[i].include);

async function atomicCopy(from: string, to: string): Promise<void> {
  const tmp = `${to}.${process.pid}.${Date.now()}`;
  await copyFile(from, tmp);
  await rename(tmp, to);
}
