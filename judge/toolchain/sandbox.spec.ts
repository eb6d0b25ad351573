// A sketch is untrusted input to the C preprocessor: these tests try to read host files through
// #include and check that nothing of them reaches the student, and that nothing hangs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './index.ts';
import type { CompileResult } from './types.ts';

process.env.TECHNOLAB_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tl-sandbox-spec-'));
process.env.TECHNOLAB_TEST_SECRET = 'tl-secret-7f3a9c';

const everything = (r: CompileResult) => JSON.stringify(r);

// A file only the host can see, with a recognisable secret in it.
const hostSecret = join(mkdtempSync(join(tmpdir(), 'tl-secret-')), 'secret.h');
writeFileSync(hostSecret, 'int leaked_secret_value_91827 = 1;\n');

const cases: [string, string[]][] = [
  ['/etc/passwd', readFileSync('/etc/passwd', 'utf8').split('\n').filter((l) => l.length > 8).map((l) => l.split(':')[0] + ':x:')],
  ['/proc/self/environ', ['tl-secret-7f3a9c']],
  ['/dev/zero', []],
  ['../../something', []],
  ['/work/main/package.json', ['"vitest"', 'technolab']],
  [hostSecret, ['leaked_secret_value_91827']],
];

describe('the compile sandbox', () => {
  for (const [path, secrets] of cases) {
    it(`#include "${path}" neither leaks nor hangs`, async () => {
      const started = Date.now();
      const r = await compile({ source: `#include "${path}"\nvoid setup() {}\nvoid loop() {}\n`, limits: { timeMs: 10_000 } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.ok).toBe(false);
      expect(r.failure).toBe('compile-error');
      expect(r.errors[0]).toMatchObject({ file: 'sketch.ino', line: 1, severity: 'error' });
      expect(r.errors[0].message).toMatch(/No such file or directory/);
      for (const s of secrets) expect(everything(r)).not.toContain(s);
    });
  }

  it('stops a compile that takes too long, with a clear message', async () => {
    // Any real compile takes longer than 40 ms; what matters is that it is stopped and explained.
    const started = Date.now();
    const r = await compile({ source: 'void setup() {}\nvoid loop() {}\n// slow\n', limits: { timeMs: 40 } });
    expect(Date.now() - started).toBeLessThan(10_000); // generous: the machine may be busy
    expect(r.ok).toBe(false);
    expect(r.failure).toBe('limit-exceeded');
    expect(r.message?.ru).toMatch(/дольше 0.04 с/);
    expect(r.message?.en).toMatch(/longer than 0.04 s/);
  });

  it('caps the compiler output', async () => {
    const source = `void setup() {}\nvoid loop() {}\n${'int x = ;\n'.repeat(3000)}`;
    const r = await compile({ source, limits: { outputBytes: 16 * 1024 } });
    expect(r.ok).toBe(false);
    expect(r.failure).toBe('limit-exceeded');
    expect(r.message?.en).toMatch(/too much/);
  });

  it('caps the compiler output of a build made on a guess (the check shares its sandbox)', async () => {
    const body = (inside: string) => `void setup() {}\nvoid loop() { noisy(); }\nvoid noisy() {\n${inside}}\n`;
    expect((await compile({ source: body('  delay(1);\n') })).ok).toBe(true); // the skeleton is now known
    const r = await compile({ source: body('  int y = ;\n'.repeat(3000)), limits: { outputBytes: 16 * 1024 } });
    expect(r.ok).toBe(false);
    expect(r.failure).toBe('limit-exceeded');
    expect(r.message?.en).toMatch(/too much/);
    expect(r.pipeline).toBe('direct'); // reported from the shared sandbox, without falling back to arduino-builder
  });

  it('fails clearly when bubblewrap is missing', async () => {
    process.env.TECHNOLAB_BWRAP = '/nonexistent/bwrap';
    try {
      const r = await compile({ source: 'void setup() {}\nvoid loop() {}\n// bwrap test\n' });
      expect(r.failure).toBe('toolchain-missing');
      expect(r.message?.en).toMatch(/bubblewrap/);
      expect(r.message?.ru).toMatch(/не установлен/);
    } finally {
      delete process.env.TECHNOLAB_BWRAP;
    }
  });

  it('fails clearly when arduino-builder is missing', async () => {
    process.env.ARDUINO_BUILDER = '/nonexistent/arduino-builder';
    try {
      const r = await compile({ source: 'void setup() {}\nvoid loop() {}\n// builder test\n' });
      expect(r.failure).toBe('toolchain-missing');
      expect(r.message?.en).toMatch(/arduino-builder is not installed/);
    } finally {
      delete process.env.ARDUINO_BUILDER;
    }
  });

  it('stops a compile that needs too much memory, with a clear message', async () => {
    // 2^18 initialisers: gcc needs far more than the 96 MB allowed here.
    let defs = '#define A0 1,\n';
    for (let i = 1; i <= 18; i++) defs += `#define A${i} A${i - 1} A${i - 1}\n`;
    const source = `${defs}const long big[] = { A18 };\nvoid setup() { Serial.begin(9600); Serial.print(big[millis() % 10]); }\nvoid loop() {}\n`;
    const r = await compile({ source, limits: { memoryBytes: 96 * 2 ** 20 } });
    expect(r.failure).toBe('limit-exceeded');
    expect(r.message?.en).toMatch(/out of memory \(limit 96 MB\)/);
    expect(r.message?.ru).toMatch(/не хватило памяти/);
  });
});
