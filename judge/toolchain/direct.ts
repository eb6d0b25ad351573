/**
 * The fast path of the arduino-builder backend: the same gcc commands arduino-builder runs for a
 * sketch (its -verbose output is the reference), in two sandbox runs and with no arduino-builder
 * start-up, library discovery passes or second preprocessing. The Arduino core and library objects
 * come from an earlier full arduino-builder run (harvested into the cache), so they are byte-for-byte
 * the objects arduino-builder itself would link. Anything unusual (tabs other than .h, a library
 * not yet prepared, a preprocessor error whose wording should come from arduino-builder) returns
 * undefined and the backend runs arduino-builder instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AVR_PLATFORM, BOX, CORE_DIR, LIBRARIES_DIR, VARIANT_DIR, cacheRoot } from './layout.ts';
import { mergedSketch, prototypesFromCtags, withPrototypes } from './prototypes.ts';
import { runSandboxed } from './sandbox.ts';
import type { BuildJob, BuildOutput } from './toolchain.ts';
import { librariesStamp } from './version.ts';

const PREPARED = '/tl/prepared';
const DEFINES = ['-mmcu=atmega328p', '-DF_CPU=16000000L', '-DARDUINO=10600', '-DARDUINO_AVR_UNO', '-DARDUINO_ARCH_AVR', '-DDECIMAL_DIG=9'];
const cppFlags = (warn: string) => ['-c', '-g', '-Os', warn, '-std=gnu++11', '-fpermissive', '-fno-exceptions', '-ffunction-sections',
  '-fdata-sections', '-fno-threadsafe-statics', '-Wno-error=narrowing'];
const CTAGS = ['-u', '--language-force=c++', '-f', '-', '--c++-kinds=svpf', '--fields=KSTtzns', '--line-directives'];
const SRC_CPP = `${BOX.build}/sketch/sketch.ino.cpp`;
const PREPROC = `${BOX.build}/preproc/ctags_target_for_gcc_minus_e.cpp`;

interface Library {
  name: string;
  /** Include directory inside the sandbox. */
  include: string;
}

/** /usr/bin/awk is a link into /etc/alternatives, which the sandbox does not show. */
const AWK = ['/usr/bin/mawk', '/usr/bin/gawk', '/usr/bin/original-awk'].find((p) => existsSync(p)) ?? 'awk';
const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const sh = (argv: string[]) => argv.map(q).join(' ');

/** Libraries a sketch may include: ours (mounted) and the platform's (under /usr). */
function knownLibraries(): Library[] {
  const libs: Library[] = [];
  const add = (hostRoot: string, boxRoot: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(hostRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const src = existsSync(join(hostRoot, name, 'src'));
      libs.push({ name, include: `${boxRoot}/${name}${src ? '/src' : ''}` });
    }
  };
  add(LIBRARIES_DIR, BOX.libraries);
  add(`${AVR_PLATFORM}/libraries`, `${AVR_PLATFORM}/libraries`);
  return libs;
}

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

  /** Builds the sketch in job.dir, or returns undefined when arduino-builder should do it. */
  async build(job: BuildJob): Promise<BuildOutput | undefined> {
    if (!(await this.isReady())) return undefined;
    const sketchDir = join(job.dir, 'sketch');
    const tabs = (await readdir(sketchDir)).filter((n) => n !== 'sketch.ino');
    if (tabs.some((t) => !t.endsWith('.h'))) return undefined;
    const started = Date.now();
    const source = await readFile(join(sketchDir, 'sketch.ino'), 'utf8');
    const build = join(job.dir, 'build');
    await mkdir(join(build, 'sketch'), { recursive: true });
    await mkdir(join(build, 'preproc'), { recursive: true });
    for (const t of tabs) await copyFile(join(sketchDir, t), join(build, 'sketch', t));
    await writeFile(join(build, 'sketch', 'sketch.ino.cpp'), mergedSketch(source, BOX.sketch));

    const libs = knownLibraries();
    const core = [`-I${CORE_DIR}`, `-I${VARIANT_DIR}`];
    const mounts = [
      { host: job.dir, at: BOX.job, writable: true },
      { host: LIBRARIES_DIR, at: BOX.libraries },
      { host: this.dir, at: PREPARED },
    ];
    // 1. Preprocess once (for ctags and to see which libraries the sketch includes), then ctags.
    const pre = await runSandboxed({
      command: '/bin/sh',
      args: ['-c', [
        'set -e',
        sh(['avr-g++', ...cppFlags('-w'), '-flto', '-w', '-x', 'c++', '-E', '-CC', ...DEFINES, ...core,
          ...libs.map((l) => `-I${l.include}`), SRC_CPP, '-o', `${BOX.build}/preproc/full.cpp`]),
        // arduino-builder runs ctags on the sketch's own lines only (FilterSketchSource).
        `${AWK} '/^# [0-9]+ "/ { f = $0; sub(/^# [0-9]+ "/, "", f); sub(/".*$/, "", f); keep = (f == "${BOX.sketch}") } keep { print }' ${BOX.build}/preproc/full.cpp > ${PREPROC}`,
        sh(['arduino-ctags', ...CTAGS, PREPROC]),
      ].join('\n')],
      mounts, limits: job.limits, cwd: BOX.job,
    });
    if (pre.limit) return { ok: false, log: pre.stderr, limit: pre.limit, pipeline: 'direct' };
    if (pre.exitCode !== 0) {
      if (process.env.TL_DEBUG) console.error(pre);
      return undefined;
    }

    const full = await readFile(join(build, 'preproc', 'full.cpp'), 'utf8');
    const used: Library[] = [];
    for (const m of full.matchAll(/^# \d+ "([^"]+)"/gm)) {
      const lib = libs.find((l) => m[1].startsWith(`${l.include}/`));
      if (lib && !used.includes(lib)) used.push(lib);
    }
    const objects: string[] = [];
    for (const lib of used) {
      const list = await readFile(join(this.dir, 'libs', lib.name, 'objects.json'), 'utf8').catch(() => undefined);
      if (list === undefined) return undefined;
      objects.push(...(JSON.parse(list) as string[]).map((o) => `${PREPARED}/libs/${lib.name}/${o}`));
    }

    const { prototypes, line } = prototypesFromCtags(pre.stdout, BOX.sketch, source);
    if (prototypes.length > 0 && (line < 1 || line > source.split('\n').length)) return undefined;
    await writeFile(join(build, 'sketch', 'sketch.ino.cpp'), withPrototypes(source, BOX.sketch, prototypes, line));

    // 2. Compile, link, convert: arduino-builder's recipes with its flags.
    const elf = `${BOX.build}/sketch.ino.elf`;
    const remaining = Math.max(1, job.limits.timeMs - (Date.now() - started));
    const r = await runSandboxed({
      command: '/bin/sh',
      args: ['-c', [
        'set -e',
        sh(['avr-g++', ...cppFlags('-Wall'), '-MMD', '-flto', ...DEFINES, ...core, ...used.map((l) => `-I${l.include}`),
          SRC_CPP, '-o', `${SRC_CPP}.o`]),
        sh(['avr-gcc', '-Wall', '-Os', '-g', '-flto', '-fuse-linker-plugin', '-Wl,--gc-sections', '-mmcu=atmega328p',
          '-o', elf, `${SRC_CPP}.o`, ...objects, `${PREPARED}/core.a`, `-L${BOX.build}`, '-lm']),
        sh(['avr-objcopy', '-O', 'ihex', '-R', '.eeprom', elf, `${BOX.build}/sketch.ino.hex`]),
      ].join('\n')],
      mounts, limits: { ...job.limits, timeMs: remaining }, cwd: BOX.job,
    });
    const out: BuildOutput = { ok: r.exitCode === 0 && !r.limit, log: r.stderr, pipeline: 'direct', ...(r.limit ? { limit: r.limit } : {}) };
    if (!out.ok) return out;
    out.hex = await readFile(join(build, 'sketch.ino.hex'), 'utf8');
    out.elf = new Uint8Array(await readFile(join(build, 'sketch.ino.elf')));
    return out;
  }
}

async function atomicCopy(from: string, to: string): Promise<void> {
  const tmp = `${to}.${process.pid}.${Date.now()}`;
  await copyFile(from, tmp);
  await rename(tmp, to);
}
