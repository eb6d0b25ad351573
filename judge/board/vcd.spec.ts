import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSketch } from '../task/testing.ts';
import { loadHex } from './hex.ts';
import { Recorder } from './recorder.ts';
import type { TraceData } from './trace.ts';
import { Uno } from './uno.ts';
import { traceToVcd } from './vcd.ts';

/** A small VCD reader (IEEE 1364 §18): the variables and every value change with its time. */
function readVcd(text: string) {
  const tokens = text.split(/\s+/).filter(Boolean);
  const vars = new Map<string, { name: string; width: number }>();
  let timescale = '';
  let i = 0;
  while (i < tokens.length && tokens[i] !== '$enddefinitions') {
    const t = tokens[i];
    if (t === '$var') {
      vars.set(tokens[i + 3], { name: tokens[i + 4], width: Number(tokens[i + 2]) });
      expect(tokens[i + 5]).toBe('$end');
      i += 6;
    } else if (t === '$timescale') {
      timescale = tokens[i + 1] + (tokens[i + 2] === '$end' ? '' : tokens[i + 2]);
      while (tokens[i] !== '$end') i++;
      i++;
    } else if (t.startsWith('$')) {
      while (tokens[i] !== '$end') i++;
      i++;
    } else throw new Error(`unexpected token in header: ${t}`);
  }
  i += 2;
  let time = 0;
  const changes: [number, string, string][] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('#')) {
      const next = Number(t.slice(1));
      expect(next).toBeGreaterThanOrEqual(time);
      time = next;
    } else if (t === '$dumpvars' || t === '$end') continue;
    else if (t === '$comment') while (tokens[i] !== '$end') i++;
    else if (t[0] === 'b') {
      const id = tokens[++i];
      expect(vars.get(id)?.width).toBe(8);
      changes.push([time, vars.get(id)!.name, String(parseInt(t.slice(1), 2))]);
    } else {
      const id = t.slice(1);
      expect(vars.has(id), `unknown id ${id}`).toBe(true);
      changes.push([time, vars.get(id)!.name, t[0]]);
    }
  }
  return { vars: [...vars.values()], timescale, changes, end: time };
}

async function record(): Promise<TraceData> {
  const program = await compileSketch(`void setup(){Serial.begin(115200);pinMode(13,OUTPUT);Serial.print("oo");}
    void loop(){digitalWrite(13,HIGH);delay(3);digitalWrite(13,LOW);delay(2);}`);
  const uno = new Uno(loadHex(program.hex));
  const rec = new Recorder(uno);
  uno.runMs(2);
  uno.serialWrite('k');
  rec.event('led', 'brightness', 255);
  uno.runMs(20);
  return rec.toTrace();
}

describe('VCD writer', () => {
  it('writes one wire per pin, serial bytes as 8-bit vectors, and times to the nanosecond', async () => {
    const trace = await record();
    const vcd = readVcd(traceToVcd(trace));
    expect(vcd.timescale).toBe('1ns');
    expect(vcd.vars.filter((v) => v.width === 1).map((v) => v.name).slice(0, 3)).toEqual(['D0', 'D1', 'D2']);
    expect(vcd.vars.map((v) => v.name)).toContain('serial_tx');
    const d13 = vcd.changes.filter((c) => c[1] === 'D13').slice(1);
    const expected = trace.pins.filter((p) => p[1] === 'D13').slice(1).map((p) => [Math.round(p[0] * 62.5), 'D13', String(p[2])]);
    expect(d13).toEqual(expected);
    const tx = vcd.changes.filter((c) => c[1] === 'serial_tx').slice(1).map((c) => String.fromCharCode(Number(c[2])));
    expect(tx).toEqual(['o', 'o']);
    // Two equal bytes in a row stay visible through the strobe.
    expect(vcd.changes.filter((c) => c[1] === 'serial_tx_strobe' && c[2] === '1').length).toBe(2);
    expect(vcd.changes.filter((c) => c[1] === 'serial_rx').slice(1).map((c) => Number(c[2]))).toEqual(['k'.charCodeAt(0)]);
    expect(vcd.end).toBe(Math.round(trace.endCycle * 62.5));
  });

  it('writes microsecond files and part events as comments', async () => {
    const trace = await record();
    const text = traceToVcd(trace, { timescale: '1us', comment: 'blink' });
    expect(text).toContain('$comment led.brightness=255 $end');
    const vcd = readVcd(text);
    expect(vcd.timescale).toBe('1us');
    expect(vcd.end).toBe(Math.round(trace.endCycle / 16));
  });

  it('opens in sigrok-cli when it is installed', async (ctx) => {
    let sigrok = true;
    try {
      execFileSync('sigrok-cli', ['--version'], { stdio: 'ignore' });
    } catch {
      sigrok = false;
    }
    if (!sigrok) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'tl-vcd-'));
    const file = join(dir, 'trace.vcd');
    writeFileSync(file, traceToVcd(await record(), { timescale: '1us' }));
    const out = execFileSync('sigrok-cli', ['-I', 'vcd', '-i', file, '--show'], { encoding: 'utf8' });
    expect(out).toContain('D13');
    const bits = execFileSync('sigrok-cli', ['-I', 'vcd', '-i', file, '-C', 'D13', '-O', 'bits'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(bits).toMatch(/D13:[01]/);
  });
});
