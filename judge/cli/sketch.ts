/** Reading a sketch from disk and showing the compiler's verdict on it, shared by the commands. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { CompileRequest, CompileResult, Diagnostic } from '../toolchain/types.ts';
import { UNO_LIMITS } from '../toolchain/types.ts';
import type { CommandContext } from './command.ts';
import { num, UsageError, type Lang } from './i18n.ts';

/** The sketch and the .h/.cpp/.c files beside it (as the Arduino IDE compiles a sketch folder). */
export async function readSketch(path: string): Promise<CompileRequest> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new UsageError({ ru: `Не удалось прочитать скетч ${path}: файла нет или нет доступа.`, en: `Cannot read the sketch ${path}: no such file or no access.` });
  }
  const files: Record<string, string> = {};
  const dir = dirname(path);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (['.h', '.hpp', '.cpp', '.c'].includes(extname(name).toLowerCase())) files[name] = await readFile(join(dir, name), 'utf8');
  }
  return Object.keys(files).length > 0 ? { source, files } : { source };
}

/** gcc's own format (`file:line:col: severity: message`), so editors and terminals link to the line. */
export function formatDiagnostic(d: Diagnostic, sketchPath: string): string {
  const file = d.file === 'sketch.ino' ? sketchPath : d.file;
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function memoryLine(r: Pick<CompileResult, 'flashBytes' | 'ramBytes'>, lang: Lang): string {
  const pct = (used: number, max: number) => `${num((used / max) * 100, lang, 1)}%`;
  const flash = r.flashBytes === undefined ? '?' : `${num(r.flashBytes, lang)} / ${num(UNO_LIMITS.flashBytes, lang)} (${pct(r.flashBytes, UNO_LIMITS.flashBytes)})`;
  const ram = r.ramBytes === undefined ? '?' : `${num(r.ramBytes, lang)} / ${num(UNO_LIMITS.ramBytes, lang)} (${pct(r.ramBytes, UNO_LIMITS.ramBytes)})`;
  return lang === 'ru' ? `Flash: ${flash} байт, RAM: ${ram} байт` : `Flash: ${flash} bytes, RAM: ${ram} bytes`;
}

/** Prints errors and warnings to stderr, then the failure message or memory use. */
export function reportCompile(result: CompileResult, sketchPath: string, ctx: CommandContext): void {
  for (const d of [...result.errors, ...result.warnings]) ctx.err.write(`${formatDiagnostic(d, sketchPath)}\n`);
  if (result.ok) {
    ctx.out.write(`${memoryLine(result, ctx.lang)}${result.cached ? (ctx.lang === 'ru' ? ' (из кэша)' : ' (cached)') : ''}\n`);
  } else {
    const fallback = { ru: `Скетч ${basename(sketchPath)} не скомпилировался.`, en: `The sketch ${basename(sketchPath)} did not compile.` };
    ctx.err.write(`${(result.message ?? fallback)[ctx.lang]}\n`);
    if (result.flashBytes !== undefined || result.ramBytes !== undefined) ctx.err.write(`${memoryLine(result, ctx.lang)}\n`);
  }
}

/** The compile result without the firmware itself, for --json. */
export function compileSummary(r: CompileResult): Omit<CompileResult, 'hex' | 'elf'> {
  const { hex: _hex, elf: _elf, ...rest } = r;
  return rest;
}
