// The real arduino-cli cannot be installed on this machine, so a tiny stand-in script plays it:
// it records the arguments it was given and answers like `arduino-cli compile --format json`.
// This checks our side (arguments, sandbox mounts, JSON parsing, diagnostics), not arduino-cli.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArduinoCli, cliArgs, parseCliOutput } from './backends/arduino-cli.ts';
import { compile } from './index.ts';
import { DEFAULT_LIMITS } from './types.ts';

process.env.TECHNOLAB_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tl-cli-spec-'));
const fakeDir = mkdtempSync(join(tmpdir(), 'tl-fake-cli-'));
const fake = join(fakeDir, 'arduino-cli');

const FAKE = `#!/bin/sh
prev=""; out=""
for a in "$@"; do [ "$prev" = "--output-dir" ] && out="$a"; prev="$a"; done
printf '%s\\n' "$@" > /tl/build/args.txt
env > /tl/build/env.txt
if grep -q BROKEN /tl/sketch/sketch.ino; then
  printf '%s' '{"compiler_out":"","compiler_err":"/tl/sketch/sketch.ino:2:3: error: \\u0027BROKEN\\u0027 was not declared in this scope\\n","success":false,"error":"Error during build: exit status 1"}'
  exit 1
fi
mkdir -p "$out"
cp /opt/arduino-cli/sketch.ino.hex /opt/arduino-cli/sketch.ino.elf "$out/"
printf '%s' '{"compiler_out":"Sketch uses 924 bytes","compiler_err":"/tl/sketch/sketch.ino:3:7: warning: unused variable \\u0027x\\u0027 [-Wunused-variable]\\n","builder_result":{"build_path":"/tmp/x"},"upload_result":null,"success":true}'
`;

function job(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tl-cli-job-'));
  mkdirSync(join(dir, 'sketch'));
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'sketch', 'sketch.ino'), source);
  return { dir, limits: DEFAULT_LIMITS };
}

describe('arduino-cli backend', () => {
  beforeAll(async () => {
    const real = await compile({ source: 'void setup() {}\nvoid loop() {}\n' });
    writeFileSync(join(fakeDir, 'sketch.ino.hex'), real.hex!);
    writeFileSync(join(fakeDir, 'sketch.ino.elf'), Buffer.from(real.elf!, 'base64'));
    writeFileSync(fake, FAKE);
    chmodSync(fake, 0o755);
  });
  afterAll(() => {
    delete process.env.ARDUINO_CLI;
  });

  it('builds the documented command line', () => {
    expect(cliArgs()).toEqual(['compile', '--fqbn', 'arduino:avr:uno', '--output-dir', '/tl/build/out', '--format', 'json',
      '--libraries', '/tl/libraries', '--warnings', 'more', '/tl/sketch']);
  });

  it('parses the JSON result, even after stray log lines', () => {
    expect(parseCliOutput('Downloading index...\n{"compiler_out":"a","compiler_err":"b","success":true}')).toMatchObject({ compiler_out: 'a', compiler_err: 'b', success: true });
    expect(parseCliOutput('not json')).toBeUndefined();
  });

  it('runs the binary in the sandbox with our libraries and a clean environment', async () => {
    const cli = new ArduinoCli({ ARDUINO_CLI: fake });
    const j = job('void setup() {}\nvoid loop() {\n  int x;\n}\n');
    const out = await cli.build(j);
    expect(out.ok).toBe(true);
    expect(out.hex).toMatch(/^:/);
    expect(readFileSync(join(j.dir, 'build', 'args.txt'), 'utf8').trim().split('\n')).toEqual(cliArgs());
    const env = readFileSync(join(j.dir, 'build', 'env.txt'), 'utf8');
    expect(env).toContain('ARDUINO_DIRECTORIES_DATA=/opt/arduino15');
    expect(env).not.toContain('TECHNOLAB_CACHE_DIR');
  });

  it('is selected by ARDUINO_CLI and reports its diagnostics like any backend', async () => {
    process.env.ARDUINO_CLI = fake;
    const ok = await compile({ source: 'void setup() {}\nvoid loop() {\n  int x;\n}\n' });
    expect(ok.backend).toBe('arduino-cli');
    expect(ok.ok).toBe(true);
    expect(ok.warnings).toEqual([{ file: 'sketch.ino', line: 3, column: 7, severity: 'warning', message: "unused variable 'x' [-Wunused-variable]" }]);
    const bad = await compile({ source: 'void setup() {\n  BROKEN;\n}\nvoid loop() {}\n' });
    expect(bad.failure).toBe('compile-error');
    expect(bad.errors[0]).toMatchObject({ file: 'sketch.ino', line: 2, column: 3, severity: 'error' });
    process.env.ARDUINO_CLI = join(fakeDir, 'missing-cli');
    const missing = await compile({ source: 'void setup() {}\nvoid loop() {}\n// other\n' });
    expect(missing.failure).toBe('toolchain-missing');
  });
});
