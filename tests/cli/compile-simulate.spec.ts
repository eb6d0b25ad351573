import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../judge/toolchain/index.ts';
import { FIXTURES, ROOT, judgeCli } from './cli.ts';

const SKETCHES = join(FIXTURES, 'sketches');

/** A small, strict VCD reader: header declarations, then `#time` and value changes in time order. */
function parseVcd(text: string): { timescale: string; names: Map<string, string>; changes: Map<string, [number, string][]> } {
  const [header, body] = text.split('$enddefinitions $end');
  if (body === undefined) throw new Error('no $enddefinitions');
  const timescale = /\$timescale\s+(\S+)\s+\$end/.exec(header)?.[1] ?? '';
  const names = new Map<string, string>();
  for (const m of header.matchAll(/\$var\s+wire\s+(\d+)\s+(\S+)\s+(\S+)\s+\$end/g)) names.set(m[2], m[3]);
  const changes = new Map<string, [number, string][]>();
  let time = -1;
  for (const token of body.split(/\s+/).filter(Boolean)) {
    if (token.startsWith('$')) continue; // $dumpvars / $end / $comment words
    if (token.startsWith('#')) {
      const t = Number(token.slice(1));
      if (!(t >= time)) throw new Error(`time goes backwards at ${token}`);
      time = t;
    } else if (/^[01xz]/.test(token)) {
      const id = token.slice(1);
      if (!names.has(id)) throw new Error(`value for undeclared id ${id}`);
      const name = names.get(id)!;
      changes.set(name, [...(changes.get(name) ?? []), [time, token[0]]]);
    } else if (!token.startsWith('b') && ![...names.keys()].includes(token)) {
      throw new Error(`unexpected token ${token}`);
    }
  }
  return { timescale, names, changes };
}

describe('judge compile', () => {
  it('reports a compile error on line 7 of the sketch, gcc-style, with exit status 1', async () => {
    const r = await judgeCli(['compile', 'tests/cli/fixtures/sketches/compile-error.ino']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^tests\/cli\/fixtures\/sketches\/compile-error\.ino:7:\d+: error: .*printn/m);
  });

  it('prints flash and RAM use of a sketch that compiles, and JSON with --json', async () => {
    const r = await judgeCli(['compile', join(SKETCHES, 'millis.ino')]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Flash: [\d,]+ \/ 32,256 .*RAM: [\d,]+ \/ 2,048/);
    const json = await judgeCli(['compile', join(SKETCHES, 'millis.ino'), '--json']);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ ok: true, errors: [] });
    expect(result.flashBytes).toBeGreaterThan(1000);
    expect(result.hex).toBeUndefined();
  });

  it('explains a usage mistake in the user\'s language with exit status 2', async () => {
    const en = await judgeCli(['compile']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toMatch(/Give exactly one sketch/);
    const ru = await judgeCli(['compile'], 'ru');
    expect(ru.stderr).toMatch(/Укажите один скетч/);
    const flag = await judgeCli(['compile', '--lang', 'ru']);
    expect(flag.stderr).toMatch(/Укажите один скетч/);
  });
});

describe('judge simulate', () => {
  it('prints millis() as 0, then about 1000 apart, as a real Uno does with delay(1000)', async () => {
    const r = await judgeCli(['simulate', join(SKETCHES, 'millis.ino'), '--ms', '2500']);
    expect(r.exitCode).toBe(0);
    const values = r.stdout.trim().split(/\r?\n/).map(Number);
    expect(values).toHaveLength(3);
    expect(values[0]).toBe(0);
    expect(Math.abs(values[1] - 1000)).toBeLessThanOrEqual(2);
    expect(Math.abs(values[2] - 2000)).toBeLessThanOrEqual(3);
  });

  it('runs a .hex and an .elf built elsewhere the same as the sketch they came from', async () => {
    const built = await compile({ source: await readFile(join(SKETCHES, 'millis.ino'), 'utf8') });
    expect(built.ok).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'tl-cli-bin-'));
    await writeFile(join(dir, 'millis.hex'), built.hex!);
    await writeFile(join(dir, 'millis.elf'), Buffer.from(built.elf!, 'base64'));
    const fromSketch = await judgeCli(['simulate', join(SKETCHES, 'millis.ino'), '--ms', '1500']);
    for (const file of ['millis.hex', 'millis.elf']) {
      const r = await judgeCli(['simulate', join(dir, file), '--ms', '1500']);
      expect(r.exitCode, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stdout, file).toBe(fromSketch.stdout);
    }
  });

  it('gives cycles, wall time, serial output and crash in --json', async () => {
    const r = await judgeCli(['simulate', join(SKETCHES, 'millis.ino'), '--ms', '1500', '--json']);
    const result = JSON.parse(r.stdout);
    // The last instruction may take a few cycles past the end, as on the chip.
    expect(result.cycles).toBeGreaterThanOrEqual(24_000_000);
    expect(result.cycles).toBeLessThan(24_000_010);
    expect(result.wallMs).toBeGreaterThan(0);
    expect(result.serial).toMatch(/^0\r\n\d+\r\n$/);
    expect(result.crash).toBeNull();
  });

  it('feeds --serial-in to the sketch and reports a crash with exit status 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'judge-cli-'));
    const echo = join(dir, 'echo.ino');
    await writeFile(echo, 'void setup(){Serial.begin(9600);} void loop(){ if (Serial.available()) Serial.write(toupper(Serial.read())); }\n');
    const r = await judgeCli(['simulate', echo, '--ms', '200', '--serial-in', 'abc\\n', '--json']);
    expect(JSON.parse(r.stdout).serial).toBe('ABC\n');
    const crash = await judgeCli(['simulate', join(FIXTURES, 'serial-hello/solutions/crash.ino'), '--ms', '100']);
    expect(crash.exitCode).toBe(1);
    expect(crash.stderr).toMatch(/crashed: the stack grew into the variables/);
  });

  it('writes a VCD file that a VCD reader parses, with D13 toggling every 100 ms', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'judge-cli-'));
    const out = join(dir, 'blink.vcd');
    const r = await judgeCli(['simulate', join(SKETCHES, 'blink-fast.ino'), '--ms', '450', '--vcd', out]);
    expect(r.exitCode).toBe(0);
    const vcd = parseVcd(await readFile(out, 'utf8'));
    expect(vcd.timescale).toBe('1us');
    expect([...vcd.names.values()]).toContain('D13');
    const d13 = vcd.changes.get('D13')!;
    expect(d13.map((c) => c[1])).toEqual(['0', '1', '0', '1', '0', '1']);
    for (let i = 2; i < d13.length; i++) expect(Math.abs(d13[i][0] - d13[i - 1][0] - 100_000)).toBeLessThan(200);
  });

  it.skipIf(!existsSync('/usr/bin/sigrok-cli'))('writes a VCD that sigrok (PulseView\'s engine) reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'judge-cli-'));
    const out = join(dir, 'blink.vcd');
    await judgeCli(['simulate', join(SKETCHES, 'blink-fast.ino'), '--ms', '250', '--vcd', out]);
    const r = await execa('sigrok-cli', ['-i', out, '-I', 'vcd', '-O', 'vcd'], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/\$var wire 1 \S+ D13 \$end/);
    expect(r.stdout.match(/^#\d+/gm)!.length).toBeGreaterThanOrEqual(3);
  });
});

describe('npx judge', () => {
  it('is linked into node_modules/.bin by the workspace and runs', async () => {
    expect(existsSync(join(ROOT, 'node_modules/.bin/judge'))).toBe(true);
    const r = await execa('npx', ['--no-install', 'judge', '--help'], { cwd: ROOT, reject: false, env: { LANG: 'en_US.UTF-8' } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/judge compile <sketch.ino>/);
    expect(r.stdout).toMatch(/скомпилировать скетч/);
  });
});
