/**
 * Two bundles, both made on the host with esbuild (trusted code only runs here):
 * - the sandbox runtime: the judge's bench API, the robot world and the child entry, as plain
 *   JavaScript (no tsx inside the sandbox: tsx would need to spawn esbuild, and the sandbox allows
 *   no processes), built once per host process;
 * - an authored bench: bench.ts transpiled and bundled on its own, where the only imports allowed are
 *   the judge's bench API and robot world (the same paths a task in tasks/<id>/ uses). Anything else
 *   — node:fs, child_process, another file, a dynamic import() or require() — is rejected with a
 *   message in Russian and English before any of it runs.
 */
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import type { Text } from '../runner/events.ts';

/** Where the runtime lives inside the sandbox, and the bench module's own place. */
export const SANDBOX_JUDGE_DIR = '/judge';
export const SANDBOX_TASK_DIR = '/task';

/** Specifiers a bench may import, and the runtime module each one means. */
export const ALLOWED_IMPORTS: Record<string, string> = {
  '../../judge/bench/index.ts': `${SANDBOX_JUDGE_DIR}/bench.mjs`,
  '../../judge/world/index.ts': `${SANDBOX_JUDGE_DIR}/world.mjs`,
  'technolab/bench': `${SANDBOX_JUDGE_DIR}/bench.mjs`,
  'technolab/world': `${SANDBOX_JUDGE_DIR}/world.mjs`,
};

const here = fileURLToPath(new URL('.', import.meta.url));
let runtime: Promise<string> | null = null;

/** The folder with the sandbox runtime (bench.mjs, world.mjs, child.mjs + shared chunks), built once. */
export function sandboxRuntime(): Promise<string> {
  runtime ??= (async () => {
    const outdir = join(tmpdir(), `technolab-sandbox-runtime-${process.pid}-${randomBytes(4).toString('hex')}`);
    await build({
      entryPoints: {
        bench: join(here, '../bench/index.ts'),
        world: join(here, '../world/index.ts'),
        child: join(here, 'child.ts'),
      },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
    });
    process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
    return outdir;
  })();
  runtime.catch(() => (runtime = null));
  return runtime;
}

export type BundleResult = { ok: true; code: string; hash: string } | { ok: false; errors: Text[] };

const guard: Plugin = {
  name: 'technolab-bench-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = ALLOWED_IMPORTS[args.path];
      if (target) return { path: target, external: true };
      return {
        errors: [{ text: `IMPORT:${args.path}` }],
      };
    });
  },
};

function where(m: Message): string {
  return m.location ? `bench.ts:${m.location.line}:${m.location.column + 1}: ` : 'bench.ts: ';
}

function toText(m: Message): Text {
  const at = where(m);
  const imported = /^IMPORT:(.*)$/.exec(m.text);
  if (imported) {
    const allowed = Object.keys(ALLOWED_IMPORTS).slice(0, 2).map((s) => `'${s}'`).join(', ');
    return {
      ru: `${at}импорт «${imported[1]}» запрещён: стенд может импортировать только API стенда и мир робота (${allowed})`,
      en: `${at}importing "${imported[1]}" is not allowed: a bench may import only the bench API and the robot world (${allowed})`,
    };
  }
  return { ru: `${at}${m.text}`, en: `${at}${m.text}` };
}

/** Transpiles and bundles an authored bench.ts; rejects every import but the bench API's. */
export async function bundleBench(source: string): Promise<BundleResult> {
  let code: string;
  try {
    const out = await build({
      stdin: { contents: source, loader: 'ts', sourcefile: 'bench.ts', resolveDir: '/authored/tasks/bench' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'node20',
      plugins: [guard],
      logLevel: 'silent',
    });
    code = out.outputFiles[0]!.text;
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (errors?.length) return { ok: false, errors: errors.map(toText) };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ ru: `bench.ts: ${message}`, en: `bench.ts: ${message}` }] };
  }
  // Imports that esbuild cannot see statically: import(expr), require(expr), new Function('… import(').
  // (esbuild turns require(x) into __require(x).)
  const dynamic = /\b(import|require|__require)\s*\(/.exec(code);
  if (dynamic) {
    const line = code.slice(0, dynamic.index).split('\n').length;
    return {
      ok: false,
      errors: [{
        ru: `bench.ts: ${dynamic[1]!.replace('__', '')}(…) запрещён (строка ${line} транспилированного стенда): стенд может импортировать только API стенда`,
        en: `bench.ts: ${dynamic[1]!.replace('__', '')}(…) is not allowed (line ${line} of the transpiled bench): a bench may import only the bench API`,
      }],
    };
  }
  return { ok: true, code, hash: createHash('sha256').update(code).digest('hex').slice(0, 16) };
}

/** Writes a bundled bench into its own folder (bench.mjs), which the sandbox binds read-only. */
export async function writeBundle(code: string, hash: string, root = join(tmpdir(), 'technolab-sandbox-benches')): Promise<string> {
  const dir = join(root, hash);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'bench.mjs'), code);
  return dir;
}
