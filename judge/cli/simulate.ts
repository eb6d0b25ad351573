/**
 * `judge simulate <sketch.ino|.hex|.elf> --ms <N>`: run a program on a bare Uno (nothing wired) for
 * N ms of simulated time, printing its serial output as it appears.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { EngineName } from '../board/engine.ts';
import { flashFromBytes, loadHex } from '../board/hex.ts';
import { readElf, stackLimitOf } from '../board/elf.ts';
import { Recorder } from '../board/recorder.ts';
import { Uno } from '../board/uno.ts';
import { traceToVcd } from '../board/vcd.ts';
import { compile } from '../toolchain/index.ts';
import type { Command, CommandContext } from './command.ts';
import { UsageError } from './i18n.ts';
import { readSketch, reportCompile } from './sketch.ts';

/** Simulated time run between flushes of serial output: small enough to look live. */
const SLICE_MS = 10;

export const simulateCommand: Command = {
  name: 'simulate',
  usage: 'simulate <sketch.ino|.hex|.elf> --ms <N> [--serial-in TEXT] [--vcd out.vcd [--timescale 1us|1ns]] [--engine fast|reference] [--json]',
  summary: {
    ru: 'запустить программу на «голой» Uno на N мс симулированного времени, печатая вывод Serial',
    en: 'run a program on a bare Uno for N ms of simulated time, printing its Serial output',
  },
  details: {
    ru: [
      '--ms N            сколько миллисекунд симулированного времени (обязательно)',
      '--serial-in TEXT  что «напечатать» в Serial платы при старте (\\n, \\r, \\t понимаются)',
      '--vcd FILE        записать выводы и Serial в VCD-файл (GTKWave, PulseView)',
      '--timescale U     единица времени VCD: 1us (по умолчанию; PulseView открывает быстро) или 1ns (точно до такта)',
      '--engine NAME     fast (по умолчанию) или reference',
      '--json            вывести итог как JSON: cycles, wallMs, serial, crash',
      'Код выхода 1, если программа «упала» или не скомпилировалась.',
    ].join('\n'),
    en: [
      '--ms N            milliseconds of simulated time to run (required)',
      '--serial-in TEXT  text typed into the board\'s Serial at start (\\n, \\r, \\t understood)',
      '--vcd FILE        write pins and Serial to a VCD file (GTKWave, PulseView)',
      '--timescale U     VCD time unit: 1us (default; PulseView opens it quickly) or 1ns (cycle-exact)',
      '--engine NAME     fast (default) or reference',
      '--json            print the result as JSON: cycles, wallMs, serial, crash',
      'Exit status 1 when the program crashed or did not compile.',
    ].join('\n'),
  },
  options: {
    ms: { type: 'string' },
    'serial-in': { type: 'string' },
    vcd: { type: 'string' },
    timescale: { type: 'string' },
    engine: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(positionals, values, ctx) {
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) throw new UsageError({ ru: 'Укажите одну программу: judge simulate <sketch.ino|.hex|.elf> --ms <N>', en: 'Give exactly one program: judge simulate <sketch.ino|.hex|.elf> --ms <N>' });
    const ms = Number(values.ms);
    if (values.ms === undefined || !Number.isFinite(ms) || ms <= 0) throw new UsageError({ ru: 'Укажите время симуляции: --ms <N>, N > 0 (миллисекунды).', en: 'Give the simulated time: --ms <N>, N > 0 (milliseconds).' });
    const engine = parseEngine(values.engine);
    // Samplers such as PulseView expand a VCD into one sample per time unit: 1 ns would mean a
    // billion samples per simulated second, so microseconds are the default.
    const timescale = values.timescale ?? '1us';
    if (timescale !== '1us' && timescale !== '1ns') throw new UsageError({ ru: '--timescale: 1us или 1ns.', en: '--timescale: 1us or 1ns.' });
    const loaded = await loadProgram(path, ctx, Boolean(values.json));
    if (!loaded) return 1;

    const uno = new Uno(loaded.program, { engine, stackLimit: loaded.stackLimit });
    const recorder = values.vcd ? new Recorder(uno) : null;
    let serial = '';
    const decoder = new TextDecoder();
    let pending: number[] = [];
    uno.onSerialTransmit((byte) => pending.push(byte));
    const flush = (final: boolean) => {
      if (pending.length === 0 && !final) return;
      const text = decoder.decode(Uint8Array.from(pending), { stream: !final });
      pending = [];
      serial += text;
      if (!values.json && text) ctx.out.write(text);
    };
    if (typeof values['serial-in'] === 'string') uno.serialWrite(unescape(values['serial-in']));

    const started = performance.now();
    const end = uno.msToCycles(ms);
    while (!uno.halted && uno.cycles < end) {
      uno.runUntil(Math.min(end, uno.cycles + uno.msToCycles(SLICE_MS)));
      flush(false);
    }
    flush(true);
    const wallMs = Math.round(performance.now() - started);

    if (recorder && typeof values.vcd === 'string') {
      await writeFile(values.vcd, traceToVcd(recorder.toTrace(), { timescale, comment: `judge simulate ${path} --ms ${ms}` }));
    }
    const crash = uno.crash;
    if (values.json) {
      ctx.out.write(`${JSON.stringify({
        ms, simulatedMs: uno.millis, cycles: uno.cycles, wallMs, serial,
        crash: crash ? { kind: crash.kind, address: crash.address, cycle: crash.cycle, message: crash.message } : null,
        watchdogResets: uno.watchdogResets, engine: uno.engine.name,
      }, null, 2)}\n`);
    } else {
      if (serial && !serial.endsWith('\n')) ctx.out.write('\n');
      if (crash) ctx.err.write(`${ctx.lang === 'ru' ? 'Программа упала' : 'The program crashed'}: ${crash.message[ctx.lang]}\n`);
      const seconds = (uno.millis / 1000).toFixed(3);
      ctx.err.write(ctx.lang === 'ru'
        ? `Симулировано ${seconds} с (${uno.cycles} тактов) за ${wallMs} мс реального времени.\n`
        : `Simulated ${seconds} s (${uno.cycles} cycles) in ${wallMs} ms of real time.\n`);
    }
    return crash ? 1 : 0;
  },
};

export function parseEngine(value: unknown): EngineName | undefined {
  if (value === undefined) return undefined;
  if (value === 'fast' || value === 'reference') return value;
  throw new UsageError({ ru: `Неизвестный движок «${String(value)}»: fast или reference.`, en: `Unknown engine "${String(value)}": fast or reference.` });
}

/** A program from a sketch (compiled), an Intel HEX file or an avr-gcc ELF file; null if it did not compile. */
async function loadProgram(path: string, ctx: CommandContext, quiet: boolean): Promise<{ program: Uint16Array; stackLimit?: number } | null> {
  const ext = extname(path).toLowerCase();
  const read = async () => {
    try {
      return await readFile(path);
    } catch {
      throw new UsageError({ ru: `Не удалось прочитать ${path}.`, en: `Cannot read ${path}.` });
    }
  };
  const invalid = (error: unknown) =>
    new UsageError({ ru: `${path}: не похоже на прошивку (${(error as Error).message}).`, en: `${path}: not a valid program (${(error as Error).message}).` });
  if (ext === '.hex') {
    const text = (await read()).toString('utf8');
    try {
      return { program: loadHex(text) };
    } catch (error) {
      throw invalid(error);
    }
  }
  if (ext === '.elf') {
    const bytes = new Uint8Array(await read());
    try {
      const elf = readElf(bytes);
      return { program: flashFromBytes(elf.flash), stackLimit: stackLimitOf(elf.symbols) };
    } catch (error) {
      throw invalid(error);
    }
  }
  const result = await compile(await readSketch(path));
  if (!result.ok || !result.hex) {
    reportCompile(result, path, ctx);
    return null;
  }
  if (!quiet) for (const d of result.warnings) ctx.err.write(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`);
  const stackLimit = result.stackLimit ?? (result.elf ? stackLimitOf(readElf(Buffer.from(result.elf, 'base64')).symbols) : undefined);
  return { program: loadHex(result.hex), stackLimit };
}

/** Shell-friendly escapes in --serial-in: a user types `--serial-in 'led on\n'`. */
function unescape(text: string): string {
  return text.replace(/\\([nrt\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c]!);
}
