// Several judge worker processes share one cache directory: starting from an empty cache they must
// all succeed (the core is prepared once, under a lock) and agree on the results.
import { execa } from 'execa';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './layout.ts';

const WORKER = `
import { compile } from ${JSON.stringify(join(ROOT, 'judge/toolchain/index.ts'))};
const shared = await compile({ source: 'void setup() { pinMode(13, OUTPUT); }\\nvoid loop() { digitalWrite(13, HIGH); }\\n' });
const own = await compile({ source: 'void setup() {}\\nvoid loop() { delay(' + process.argv[2] + '); }\\n' });
console.log(JSON.stringify({ shared: [shared.ok, shared.hex], own: [own.ok, own.errors] }));
`;

describe('compiling from several processes at once', () => {
  it('shares one cache safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-concurrent-'));
    const script = join(dir, 'worker.mts');
    writeFileSync(script, WORKER);
    const env = { ...process.env, TECHNOLAB_CACHE_DIR: join(dir, 'cache') };
    const runs = await Promise.all([1, 2, 3].map((n) => execa('node', ['--import', 'tsx', script, String(n)], { cwd: ROOT, env })));
    const results = runs.map((r) => JSON.parse(r.stdout.trim().split('\n').pop()!) as { shared: [boolean, string]; own: [boolean, unknown[]] });
    for (const r of results) {
      expect(r.shared[0]).toBe(true);
      expect(r.own).toEqual([true, []]);
      expect(r.shared[1]).toBe(results[0].shared[1]);
    }
  });
});
