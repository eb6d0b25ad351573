/**
 * compile(request): a sketch in, firmware (or located diagnostics) out. Everything common to the
 * backends lives here: input checks, the content cache, the job directory, limits, diagnostics,
 * sizes and the Uno's limits. The backend is Debian's arduino-builder unless ARDUINO_CLI points at
 * an arduino-cli binary. Never throws for a student's sketch; every failure is a CompileResult.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elfFacts, linkerOverflow, overLimits } from './artifacts.ts';
import './backends/arduino-builder.ts';
import './backends/arduino-cli.ts';
import { cacheGet, cacheKey, cachePut } from './cache.ts';
import { parseDiagnostics } from './diagnostics.ts';
import { selectBackend } from './registry.ts';
import { ToolMissingError, bwrapPath } from './sandbox.ts';
import type { BuildOutput } from './toolchain.ts';
import { DEFAULT_LIMITS, type CompileRequest, type CompileResult, type Diagnostic } from './types.ts';

export type { CompileLimits, CompileRequest, CompileResult, Diagnostic } from './types.ts';

const TAB_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}\.(h|hpp|cpp|c|ino)$/;

type Base = Pick<CompileResult, 'backend' | 'cached' | 'durationMs'>;

function fail(base: Base, failure: CompileResult['failure'], message: CompileResult['message'], errors: Diagnostic[] = [], warnings: Diagnostic[] = []): CompileResult {
  return { ok: false, failure, ...(message ? { message } : {}), errors, warnings, ...base };
}

function missingTool(base: Base, tool: string): CompileResult {
  return fail(base, 'toolchain-missing', {
    ru: `На сервере не установлен ${tool}, поэтому скетч нельзя скомпилировать. Это не ваша ошибка: сообщите преподавателю или администратору (команда установки: npm run setup).`,
    en: `${tool} is not installed on the server, so sketches cannot be compiled. This is not your fault: tell your teacher or the administrator (set-up command: npm run setup).`,
  });
}

function limitMessage(kind: NonNullable<BuildOutput['limit']>, limits: typeof DEFAULT_LIMITS): NonNullable<CompileResult['message']> {
  if (kind === 'time') {
    const s = limits.timeMs / 1000;
    return {
      ru: `Компиляция длилась дольше ${s} с и была остановлена. Упростите скетч (слишком сложные шаблоны или макросы?) и попробуйте снова.`,
      en: `Compiling took longer than ${s} s and was stopped. Simplify the sketch (too complex templates or macros?) and try again.`,
    };
  }
  if (kind === 'memory') {
    return {
      ru: `Компилятору не хватило памяти (предел ${Math.round(limits.memoryBytes / 2 ** 20)} МБ). Упростите скетч и попробуйте снова.`,
      en: `The compiler ran out of memory (limit ${Math.round(limits.memoryBytes / 2 ** 20)} MB). Simplify the sketch and try again.`,
    };
  }
  return {
    ru: `Компилятор выдал слишком много сообщений (больше ${Math.round(limits.outputBytes / 1024)} КБ). Исправьте первые ошибки и попробуйте снова.`,
    en: `The compiler printed too much (over ${Math.round(limits.outputBytes / 1024)} KB). Fix the first errors and try again.`,
  };
}

export async function compile(request: CompileRequest): Promise<CompileResult> {
  const started = performance.now();
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const files = request.files ?? {};
  const toolchain = selectBackend();
  const base = (): Base => ({ backend: toolchain.name, cached: false, durationMs: performance.now() - started });

  const badName = Object.keys(files).find((n) => !TAB_NAME.test(n) || n === 'sketch.ino');
  if (badName !== undefined) {
    return fail(base(), 'compile-error', undefined, [{
      file: badName, line: 0, column: 0, severity: 'error',
      message: `invalid tab name "${badName}": use letters, digits and _ with .h, .cpp, .c or .ino`,
    }]);
  }
  if (!bwrapPath()) return missingTool(base(), 'bubblewrap (bwrap)');
  const missing = toolchain.missing();
  if (missing) return missingTool(base(), missing);

  const key = cacheKey({ version: await toolchain.version(), fqbn: request.fqbn ?? 'arduino:avr:uno', source: request.source, files });
  const hit = await cacheGet(key);
  if (hit) return { ...hit, cached: true, durationMs: performance.now() - started };

  // The job's few small files are written synchronously: a dozen awaited fs calls cost more time
  // than writing them does, and a warm compile is ≈ 90 ms in all.
  const dir = mkdtempSync(join(tmpdir(), 'tl-compile-'));
  let out: BuildOutput;
  try {
    mkdirSync(join(dir, 'sketch'));
    mkdirSync(join(dir, 'build'));
    // Unix line ends: arduino-builder and the direct pipeline then see the same text.
    writeFileSync(join(dir, 'sketch', 'sketch.ino'), request.source.replace(/\r\n?/g, '\n'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sketch', name), text.replace(/\r\n?/g, '\n'));
    out = await toolchain.build({ dir, limits });
  } catch (e) {
    if (e instanceof ToolMissingError) return missingTool(base(), e.tool);
    throw e;
  } finally {
    // Not awaited: the result does not depend on it (the pending removal keeps Node from exiting first).
    rm(dir, { recursive: true, force: true }).catch(() => {});
  }

  const { errors, warnings } = parseDiagnostics(out.log);
  const pipeline = { pipeline: out.pipeline };
  if (out.limit) return { ...fail(base(), 'limit-exceeded', limitMessage(out.limit, limits), errors, warnings), ...pipeline };
  let result: CompileResult;
  const overflow = out.ok ? undefined : linkerOverflow(out.log);
  if (overflow) {
    const message = overLimits(overflow) ?? overLimits({ flashBytes: 32_769, ramBytes: 0 });
    result = { ...fail(base(), 'too-large', message, [], warnings), ...overflow, ...pipeline };
  } else if (!out.ok || !out.hex || !out.elf) {
    if (errors.length === 0) {
      // Something failed without a gcc-style message: show the tail of what the toolchain said.
      errors.push({ file: 'sketch.ino', line: 0, column: 0, severity: 'error', message: out.log.trim().slice(-2000) || 'compilation failed' });
    }
    result = { ...fail(base(), 'compile-error', undefined, errors, warnings), ...pipeline };
  } else {
    const facts = elfFacts(out.elf);
    const tooLarge = overLimits(facts);
    result = tooLarge
      ? { ...fail(base(), 'too-large', tooLarge, [], warnings), flashBytes: facts.flashBytes, ramBytes: facts.ramBytes, ...pipeline }
      : {
          ok: true, hex: out.hex, elf: Buffer.from(out.elf).toString('base64'), ...facts,
          errors: [], warnings, ...base(), ...pipeline,
        };
  }
  cachePut(key, result);
  return result;
}
