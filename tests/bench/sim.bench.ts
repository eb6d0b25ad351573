/**
 * Simulation speed: `npm run bench:sim` (optionally `-- <name> ...` to run some programs only).
 *
 * Each program is a sketch that ends itself: it sets D12 high, then `cli(); sleep` — simavr exits
 * there, and our boards stop on the D12 edge, so all three simulators cover the same simulated span
 * of the same ELF. Time is CPU time (user + system) of the whole run — for simavr its process,
 * start-up included; for our engines region compilation included — because the machine is shared and
 * wall time would mostly measure the neighbours (the load average is printed). No warm-up: each run
 * is a fresh process-cold board, what a judge run pays. Even CPU time moves by 2× on this shared
 * machine, so each simulator runs `--repeat` times (default 3), interleaved, and the table shows
 * each one's fastest run: the one the neighbours disturbed least. A second table shows the warm
 * speed: the same program on the next two boards of the same process, as a judge's later tests of a
 * submission run (V8 has compiled and optimised the regions by then). A third shows the *primed*
 * speed: the program's first board in a process that has already run other sketches (PRIMERS), as
 * the server's long-lived worker threads meet a new submission — the engine's own code is optimised,
 * this program's regions are not. The primers are the judge threads' own warm-up (judge/runner/warm-up.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '../../judge/toolchain/index.ts';
import { readElf, stackLimitOf } from '../../judge/board/elf.ts';
import { loadHex } from '../../judge/board/hex.ts';
import { Uno, CLOCK_HZ } from '../../judge/board/uno.ts';
import type { EngineName } from '../../judge/board/engine.ts';
import { isFastEngine } from '../../judge/board/engines/fast.ts';
import { Random } from '../../judge/board/random.ts';
import { KIT, RobotScene } from '../../judge/world/index.ts';
import { WARM_UP_BOARDS, WARM_UP_MS } from '../../judge/runner/protocol.ts';
import { WARM_UP_SKETCHES } from '../../judge/runner/warm-up.ts';

export interface BenchProgram {
  name: string;
  /** Sketch file (relative to the repository). */
  sketch: string;
  /** Safety cap on the simulated span, in ms (the sketch normally ends itself earlier). */
  maxMs: number;
  /** Wire parts or a world to the board before the run (e.g. the line follower's robot world). */
  attach?: (uno: Uno) => void;
  goals?: { mhz?: number; realtime?: number; vsSimavr?: number };
  /** simavr cannot run it (it needs the parts or the world): no simavr column. */
  noSimavr?: boolean;
  /** The sketch does not signal its end on D12: it runs the whole `maxMs`. */
  fullSpan?: boolean;
}

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = 'tests/equivalence/corpus';

/** Add a program here (the line follower with the robot world goes in with `attach`). */
export const PROGRAMS: BenchProgram[] = [
  { name: 'compute-bound loop', sketch: `${CORPUS}/bench_compute.ino`, maxMs: 20_000, goals: { mhz: 250, vsSimavr: 3 } },
  { name: 'blink with delay (idle)', sketch: `${CORPUS}/bench_blink.ino`, maxMs: 12_000, goals: { realtime: 100 } },
  { name: 'servo sweep', sketch: `${CORPUS}/bench_servo.ino`, maxMs: 4_000 },
  {
    name: 'serial-heavy',
    sketch: `${CORPUS}/bench_serial.ino`,
    maxMs: 3_000,
    attach: (uno) => uno.setAnalogVolts('A0', 3.3),
  },
  {
    // Runs its whole span (it never ends itself); the robot world steps on the board's clock.
    name: 'line follower + world',
    sketch: 'tasks/robot-line-two-sensors/solutions/accepted.ino',
    maxMs: 10_000,
    attach: (uno) => {
      new RobotScene({ kind: 'robot', field: 'test-track', robot: { lineSensors: KIT.twoLineSensors } }, uno, new Random(1));
    },
    goals: { realtime: 30 },
    noSimavr: true,
    fullSpan: true,
  },
];

interface Measurement {
  cycles: number;
  seconds: number;
  note?: string;
  /** The same program on the next boards of the same process (a judge's later tests): the faster. */
  warm?: Measurement;
}

function runBoard(p: BenchProgram, program: Uint16Array, stackLimit: number | undefined, engine: EngineName): Measurement {
  const uno = new Uno(program, { engine, ...(stackLimit ? { stackLimit } : {}) });
  p.attach?.(uno);
  if (!p.fullSpan) uno.onPinChange('D12', (level) => level === 1 && uno.stop());
  const started = process.cpuUsage();
  uno.runUntil(uno.msToCycles(p.maxMs));
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const fast = isFastEngine(uno.engine) ? uno.engine : undefined;
  const skipped = (cycles: number, what: string): string[] => (cycles >= uno.cycles / 200 ? [`${((cycles / uno.cycles) * 100).toFixed(0)}% ${what}`] : []);
  const skips = fast ? [...skipped(fast.skippedCycles, 'idle loops skipped'), ...skipped(fast.clockWaitCycles, 'clock waits skipped')] : [];
  const note = uno.crash ? `crashed: ${uno.crash.kind}` : skips.length ? skips.join(', ') : undefined;
  return { cycles: uno.cycles, seconds, ...(note ? { note } : {}) };
}

function runSimavr(elfPath: string, cycles: number): Measurement | null {
  const probe = spawnSync('simavr', ['--list-cores'], { encoding: 'utf8' });
  if (probe.error) return null;
  // bash's `time` gives the child's CPU time; simavr quits quietly (status 0) when the program
  // sleeps with interrupts off.
  const script = `TIMEFORMAT='%3U %3S'; time simavr -m atmega328p -f ${CLOCK_HZ} "$0" >/dev/null 2>&1; echo "status=$?" >&2`;
  const r = spawnSync('bash', ['-c', script, elfPath], { encoding: 'utf8', timeout: 300_000 });
  const times = /^(\d+\.\d+) (\d+\.\d+)$/m.exec(r.stderr ?? '');
  if (!times) return null;
  const seconds = Number(times[1]) + Number(times[2]);
  const ended = /status=0/.test(r.stderr);
  return { cycles, seconds, ...(ended ? {} : { note: 'simavr did not reach the end' }) };
}

const mhz = (m: Measurement): number => m.cycles / m.seconds / 1e6;
const realtime = (m: Measurement): number => m.cycles / CLOCK_HZ / m.seconds;
const fmt = (m: Measurement | null): string =>
  m ? `${mhz(m).toFixed(1).padStart(7)} MHz ${realtime(m).toFixed(1).padStart(7)}×` : '        —            ';

/** Runs one program on one engine in a fresh node process (see `child` below). */
function runChild(name: string, engine: EngineName, primed = false): Measurement {
  const flags = [`--child=${engine}`, ...(primed ? ['--primed'] : [])];
  const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...flags, name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${name} on ${engine}: ${r.stderr || r.stdout}`);
  return JSON.parse(line) as Measurement;
}

async function loadProgram(p: BenchProgram): Promise<{ program: Uint16Array; stackLimit: number | undefined; elf: Buffer }> {
  const result = await compile({ source: readFileSync(resolve(ROOT, p.sketch), 'utf8') });
  if (!result.ok || !result.hex || !result.elf) throw new Error(`${p.name}: compile failed`);
  const elf = Buffer.from(result.elf, 'base64');
  return { program: loadHex(result.hex), stackLimit: result.stackLimit ?? stackLimitOf(readElf(elf).symbols), elf };
}

/**
 * What a judge thread has run before a new submission's first test: its warm-up (judge/runner/
 * warm-up.ts — the same sketches, boards and simulated span), sketches outside the benchmark.
 */
const PRIMERS: BenchProgram[] = WARM_UP_SKETCHES.map((sketch) => ({ name: sketch, sketch, maxMs: WARM_UP_MS, fullSpan: true }));

/**
 * Child mode: `--child=<engine> <program name>` prints one Measurement as JSON: the first board of a
 * fresh process, with `warm` (the next two boards); with `--primed`, the first board of this program
 * in a process that has run the primers first (as a long-lived judge worker meets a new submission).
 */
async function child(engine: EngineName, name: string, primed: boolean): Promise<void> {
  const p = PROGRAMS.find((x) => x.name === name);
  if (!p) throw new Error(`no program ${name}`);
  const { program, stackLimit } = await loadProgram(p);
  if (primed) {
    for (const primer of PRIMERS) {
      const q = await loadProgram(primer);
      for (let i = 0; i < WARM_UP_BOARDS; i++) runBoard(primer, q.program, q.stackLimit, engine);
    }
    console.log(JSON.stringify(runBoard(p, program, stackLimit, engine)));
    return;
  }
  const cold = runBoard(p, program, stackLimit, engine);
  const second = runBoard(p, program, stackLimit, engine);
  const third = runBoard(p, program, stackLimit, engine);
  const warm = third.seconds < second.seconds ? third : second;
  console.log(JSON.stringify({ ...cold, warm }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repeat = Math.max(1, Number(args.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 3));
  const only = args.filter((a) => !a.startsWith('--'));
  const best = (a: Measurement | null, b: Measurement | null): Measurement | null =>
    !a ? b : !b ? a : b.seconds < a.seconds ? b : a;
  const dir = mkdtempSync(join(tmpdir(), 'tl-bench-'));
  const rows: string[] = [];
  const warmRows: string[] = [];
  const warmGoals: string[] = [];
  const goals: string[] = [];
  const primedRows: string[] = [];
  const primedGoals: string[] = [];
  for (const p of PROGRAMS.filter((x) => only.length === 0 || only.some((o) => x.name.includes(o)))) {
    const { elf } = await loadProgram(p);
    const elfPath = join(dir, `${p.name.replace(/\W+/g, '_')}.elf`);
    writeFileSync(elfPath, elf);

    let fast: Measurement | null = null;
    let reference: Measurement | null = null;
    let simavr: Measurement | null = null;
    let fastWarm: Measurement | null = null;
    let referenceWarm: Measurement | null = null;
    let fastPrimed: Measurement | null = null;
    for (let i = 0; i < repeat; i++) {
      // Each program run in a process of its own, so every first board is as cold as a judge's first
      // test (region factories and V8's optimised code are per process); the next two are warm.
      const f = runChild(p.name, 'fast');
      const r = runChild(p.name, 'reference');
      fast = best(fast, f);
      reference = best(reference, r);
      fastWarm = best(fastWarm, f.warm ?? null);
      referenceWarm = best(referenceWarm, r.warm ?? null);
      fastPrimed = best(fastPrimed, runChild(p.name, 'fast', true));
      if (!p.noSimavr) simavr = best(simavr, runSimavr(elfPath, fast!.cycles));
    }
    if (!fast || !reference) throw new Error('no measurement');
    const same = reference.cycles === fast.cycles ? '' : ` (reference ended at ${reference.cycles}!)`;
    const ratio = (a: Measurement | null, b: Measurement | null): string =>
      a && b ? `${(mhz(a) / mhz(b)).toFixed(2)}×` : '—';
    rows.push(
      `${p.name.padEnd(24)} ${(fast.cycles / 16e6).toFixed(2).padStart(6)} s | ${fmt(reference)} | ${fmt(fast)} | ${fmt(simavr)} | ` +
        `${ratio(fast, reference).padStart(7)} ${ratio(fast, simavr).padStart(7)} | ${[fast.note, simavr?.note].filter(Boolean).join('; ')}${same}`,
    );
    warmRows.push(
      `${p.name.padEnd(24)} ${(fast.cycles / 16e6).toFixed(2).padStart(6)} s | ${fmt(referenceWarm)} | ${fmt(fastWarm)} | ` +
        `${ratio(fastWarm, referenceWarm).padStart(7)} ${ratio(fastWarm, simavr).padStart(7)} |`,
    );
    goals.push(...goalLines(p, fast, simavr));
    if (fastWarm) warmGoals.push(...goalLines(p, fastWarm, simavr));
    if (fastPrimed) {
      primedGoals.push(...goalLines(p, fastPrimed, simavr));
      primedRows.push(
        `${p.name.padEnd(24)} ${(fast.cycles / 16e6).toFixed(2).padStart(6)} s | ${fmt(fastPrimed)} | ${ratio(fastPrimed, simavr).padStart(7)} | ${fastPrimed.note ?? ''}`,
      );
    }
  }
  const header =
    `${'program'.padEnd(24)} ${'span'.padStart(8)} | ${'reference loop'.padEnd(21)} | ${'fast engine'.padEnd(21)} | ${'simavr'.padEnd(21)} | fast/ref fast/simavr |`;
  console.log(`CPU-time based, fastest of ${repeat} runs each (each in a fresh process); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores\n`);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) console.log(r);
  const warmHeader =
    `${'program'.padEnd(24)} ${'span'.padStart(8)} | ${'reference loop'.padEnd(21)} | ${'fast engine'.padEnd(21)} | fast/ref fast/simavr |`;
  console.log(
    `\nWarm: the same program on the 2nd and 3rd board of the process (as a judge's later tests), the faster of them;\n` +
      `simavr as above (one process per run, start-up included)\n`,
  );
  console.log(warmHeader);
  console.log('-'.repeat(warmHeader.length));
  for (const r of warmRows) console.log(r);
  const primedHeader = `${'program'.padEnd(24)} ${'span'.padStart(8)} | ${'fast engine'.padEnd(21)} | fast/simavr |`;
  console.log(
    `\nPrimed: the program's first board in a process that has run a judge thread's warm-up first (${PRIMERS.length} sketches, ${WARM_UP_BOARDS} boards each),\n` +
      `as the server's judge threads meet a new submission; the fastest of ${repeat}\n`,
  );
  console.log(primedHeader);
  console.log('-'.repeat(primedHeader.length));
  for (const r of primedRows) console.log(r);
  console.log('\nGoals (on the cold runs):');
  for (const g of goals) console.log(`  ${g}`);
  console.log('\nThe same goals on the warm runs:');
  for (const g of warmGoals) console.log(`  ${g}`);
  console.log('\nThe same goals on the primed runs:');
  for (const g of primedGoals) console.log(`  ${g}`);
}

/** Each goal of `p` checked on measurement `m`. */
function goalLines(p: BenchProgram, m: Measurement, simavr: Measurement | null): string[] {
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const lines: string[] = [];
  if (p.goals?.mhz) lines.push(`${p.name}: ≥ ${p.goals.mhz} MHz → ${mhz(m).toFixed(1)} MHz ${met(mhz(m) >= p.goals.mhz)}`);
  if (p.goals?.vsSimavr && simavr) {
    const r = mhz(m) / mhz(simavr);
    lines.push(`${p.name}: ≥ ${p.goals.vsSimavr}× simavr → ${r.toFixed(2)}× ${met(r >= p.goals.vsSimavr)}`);
  }
  if (p.goals?.realtime) {
    const r = realtime(m);
    lines.push(`${p.name}: ≥ ${p.goals.realtime}× real time → ${r.toFixed(1)}× ${met(r >= p.goals.realtime)}`);
  }
  return lines;
}

const childEngine = process.argv.find((a) => a.startsWith('--child='))?.slice(8);
if (childEngine) await child(childEngine as EngineName, process.argv.at(-1)!, process.argv.includes('--primed'));
else if (process.argv[1] === import.meta.filename) await main(); // not when imported (PROGRAMS)
