/**
 * The gcc command lines of the direct pipeline: arduino-builder 1.3.25's recipes for the Debian AVR
 * platform, as its -verbose output shows them (platform.txt + our -prefs and -warnings). Kept apart
 * from the pipeline logic so they can be read against that output line by line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AVR_PLATFORM, BOX, CORE_DIR, LIBRARIES_DIR, VARIANT_DIR } from './layout.ts';

/** The harvested core and library objects, mounted read-only. */
export const PREPARED = '/tl/prepared';
export const SRC_CPP = `${BOX.build}/sketch/sketch.ino.cpp`;
/** A second copy of the merged sketch (with the tabs) that the preprocessor reads, so the copy in
 * build/sketch can already hold the predicted prototypes while it runs. */
export const PRE_DIR = `${BOX.build}/preproc`;

const DEFINES = ['-mmcu=atmega328p', '-DF_CPU=16000000L', '-DARDUINO=10600', '-DARDUINO_AVR_UNO', '-DARDUINO_ARCH_AVR', '-DDECIMAL_DIG=9'];
const CORE_INCLUDES = [`-I${CORE_DIR}`, `-I${VARIANT_DIR}`];
const cppFlags = (warn: string, debug = true) => ['-c', ...(debug ? ['-g'] : []), '-Os', warn, '-std=gnu++11', '-fpermissive', '-fno-exceptions', '-ffunction-sections',
  '-fdata-sections', '-fno-threadsafe-statics', '-Wno-error=narrowing'];
const CTAGS = ['-u', '--language-force=c++', '-f', '-', '--c++-kinds=svpf', '--fields=KSTtzns', '--line-directives'];
/** /usr/bin/awk is a link into /etc/alternatives, which the sandbox does not show. */
const AWK = ['/usr/bin/mawk', '/usr/bin/gawk', '/usr/bin/original-awk'].find((p) => existsSync(p)) ?? 'awk';

export interface Library {
  name: string;
  /** Include directory inside the sandbox. */
  include: string;
}

const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const sh = (argv: string[]) => argv.map(q).join(' ');

let known: Library[] | undefined;

/**
 * Libraries a sketch may include: ours (mounted) and the platform's (under /usr). Listed once per
 * process, like the libraries' fingerprint (version.ts) that names the prepared objects.
 */
export function knownLibraries(): Library[] {
  if (known) return known;
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
  return (known = libs);
}

/**
 * Arduino.h precompiled once: every sketch starts with it, and parsing it is most of the work of
 * preprocessing and compiling a small sketch. gcc 5 only accepts a PCH loaded at the address it was
 * made at, hence `setarch -R` (no address randomisation) for every command that uses it. If the PCH
 * does not match, gcc silently reads Arduino.h instead: slower, never different.
 */
export const PCH_DIR = `${PREPARED}/pch`;
const withPch = (pch: boolean, argv: string[]) => (pch ? ['setarch', '-R', ...argv] : argv);
const pchInclude = (pch: boolean) => (pch ? [`-I${PCH_DIR}`] : []);

/** Builds the PCH into `dir` (inside the sandbox), with exactly the flags of the sketch compile. */
export function pchScript(dir: string): string {
  return [
    'set -e',
    sh(['setarch', '-R', 'avr-g++', ...cppFlags('-Wall', false).slice(1), '-flto', ...DEFINES, ...CORE_INCLUDES,
      '-x', 'c++-header', `${CORE_DIR}/Arduino.h`, '-o', `${dir}/Arduino.h.gch`]),
  ].join('\n');
}

/** Preprocess once (ctags input, and the line markers show which libraries are used), then ctags. */
export function preprocessScript(libs: Library[], pch: boolean): string {
  const full = `${PRE_DIR}/full.cpp`;
  const target = `${PRE_DIR}/ctags_target_for_gcc_minus_e.cpp`;
  return [
    'set -e',
    // -fpch-preprocess: macros come from the PCH; Arduino.h itself is not expanded again (only the
    // sketch's own lines matter for ctags, and they expand the same).
    sh(withPch(pch, ['avr-g++', ...cppFlags('-w', !pch), '-flto', '-w', '-x', 'c++', '-E', '-CC', ...(pch ? ['-fpch-preprocess'] : []),
      ...DEFINES, ...pchInclude(pch), ...CORE_INCLUDES, ...libs.map((l) => `-I${l.include}`), `${PRE_DIR}/sketch.ino.cpp`, '-o', full])),
    // arduino-builder runs ctags on the sketch's own lines only (FilterSketchSource).
    `${AWK} '/^# [0-9]+ "/ { f = $0; sub(/^# [0-9]+ "/, "", f); sub(/".*$/, "", f); keep = (f == "${BOX.sketch}") } keep { print }' ${full} > ${target}`,
    sh(['arduino-ctags', ...CTAGS, target]),
  ].join('\n');
}

/**
 * Compile and link: arduino-builder's recipes with its flags. Its third, objcopy to HEX, is done
 * in Node from the ELF (ihex.ts; hexScript when that cannot).
 */
export function buildScript(used: Library[], objects: string[], pch: boolean): string {
  return ['set -e', ...buildSteps(used, objects, pch)].join('\n');
}

export const ELF = `${BOX.build}/sketch.ino.elf`;
export const HEX = `${BOX.build}/sketch.ino.hex`;

/** arduino-builder's objcopy recipe, for an ELF ihex.ts does not convert. */
export function hexScript(): string {
  return sh(['avr-objcopy', '-O', 'ihex', '-R', '.eeprom', ELF, HEX]);
}

/** The build's two commands: compile, link. */
function buildSteps(used: Library[], objects: string[], pch: boolean): [string, string] {
  return [
    // Without -g: LTO ignores the compile-time debug flag for code (the HEX is byte-identical, see
    // direct.spec.ts; only the ELF's debug sections differ) and the compile is a third cheaper.
    // -pipe (here and at the link) changes no output: the assembler reads the compiler's output as
    // it comes, on the second core, instead of from a file afterwards (≈ 3 ms of the two).
    sh(withPch(pch, ['avr-g++', '-pipe', ...cppFlags('-Wall', false), '-MMD', '-flto', ...DEFINES, ...pchInclude(pch), ...CORE_INCLUDES,
      ...used.map((l) => `-I${l.include}`), SRC_CPP, '-o', `${SRC_CPP}.o`])),
    sh(['avr-gcc', '-pipe', '-Wall', '-Os', '-g', '-flto', '-fuse-linker-plugin', '-Wl,--gc-sections', '-mmcu=atmega328p',
      '-o', ELF, `${SRC_CPP}.o`, ...objects, `${PREPARED}/core.a`, `-L${BOX.build}`, '-lm']),
  ];
}

/** Where a checked build leaves the preprocessor's output: what it printed (ctags), its errors, its status. */
export const CHECK_FILES = { stdout: `${PRE_DIR}/check.out`, stderr: `${PRE_DIR}/check.err`, status: `${PRE_DIR}/check.status` };

/**
 * A build of a guessed .cpp and the preprocessing that checks the guess (preprocessScript), in one
 * sandbox: the compile first, then the preprocessor on the second core while the link runs (it
 * takes ≈ 20 ms, the link ≈ 60 ms). Side by side with the compile, in a second sandbox, it slowed
 * the compile by ≈ 3–4 ms and cost a sandbox start. The preprocessor runs whether or not the
 * compile succeeded, its output goes to CHECK_FILES, and the script's status is the build's.
 */
export function checkedBuildScript(used: Library[], objects: string[], pch: boolean, libs: Library[]): string {
  const [compile, link] = buildSteps(used, objects, pch);
  const check = `( ${preprocessScript(libs, pch)}\n) > ${q(CHECK_FILES.stdout)} 2> ${q(CHECK_FILES.stderr)} < /dev/null`;
  return [
    `${compile}\nbuilt=$?`,
    `{ ${check}; echo $? > ${q(CHECK_FILES.status)}; } &`,
    `if [ $built -eq 0 ]; then ${link}; built=$?; fi`,
    'wait',
    'exit $built',
  ].join('\n');
}
