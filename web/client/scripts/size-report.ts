/**
 * Initial JavaScript of the built app: the entry script plus the chunks index.html preloads — what a
 * school laptop must download and parse before the first page is usable. Monaco, the simulator and the
 * part drawings are lazy chunks and are listed separately. Run after `npm run build:client` (the Vite
 * config also calls it at the end of every build):  node --import tsx web/client/scripts/size-report.ts
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Budget for the gzipped initial JS (entry + preloaded chunks). */
export const INITIAL_JS_BUDGET_KB = 250;

export interface SizeReport {
  initial: { file: string; kb: number; gzipKb: number }[];
  initialGzipKb: number;
  lazyKb: number;
  lazyGzipKb: number;
  withinBudget: boolean;
}

function sizes(path: string): { kb: number; gzipKb: number } {
  const bytes = readFileSync(path);
  return { kb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Measures a built dist folder; prints a short table unless `quiet`. */
export function reportSize(dist: string, quiet = false): SizeReport | null {
  const html = join(dist, 'index.html');
  if (!existsSync(html)) return null;
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const initial = [...new Set(refs)].map((file) => ({ file, ...sizes(join(dist, file)) }));
  const initialSet = new Set(initial.map((f) => f.file));
  let lazyKb = 0;
  let lazyGzipKb = 0;
  const assets = join(dist, 'assets');
  for (const name of existsSync(assets) ? readdirSync(assets) : []) {
    if (!name.endsWith('.js') || initialSet.has(`assets/${name}`)) continue;
    const s = sizes(join(assets, name));
    lazyKb += s.kb;
    lazyGzipKb += s.gzipKb;
  }
  const initialGzipKb = initial.reduce((sum, f) => sum + f.gzipKb, 0);
  const report = { initial, initialGzipKb, lazyKb, lazyGzipKb, withinBudget: initialGzipKb <= INITIAL_JS_BUDGET_KB };
  if (!quiet) {
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log('\n[size] initial JavaScript (entry + preloaded):');
    for (const f of initial) console.log(`[size]   ${fmt(f.kb)} KB  ${fmt(f.gzipKb)} KB gzip  ${f.file}`);
    console.log(`[size] initial total ${initialGzipKb.toFixed(1)} KB gzip, budget ${INITIAL_JS_BUDGET_KB} KB — ${report.withinBudget ? 'OK' : 'OVER BUDGET'}`);
    console.log(`[size] lazy chunks (Monaco, simulator, parts): ${lazyKb.toFixed(0)} KB, ${lazyGzipKb.toFixed(0)} KB gzip\n`);
  }
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
  const report = reportSize(dist);
  if (!report) {
    console.error(`[size] ${dist}/index.html not found: run npm run build:client first`);
    process.exit(2);
  }
  process.exit(report.withinBudget ? 0 : 1);
}
