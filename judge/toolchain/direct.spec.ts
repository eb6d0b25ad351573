// The direct pipeline must be indistinguishable from arduino-builder: same generated .cpp (our port
// of its prototype generation), byte-identical HEX, the same diagnostics.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArduinoBuilder } from './backends/arduino-builder.ts';
import { parseDiagnostics } from './diagnostics.ts';
import { remember, skeletonKey } from './speculation.ts';
import { DEFAULT_LIMITS } from './types.ts';

process.env.TECHNOLAB_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tl-direct-spec-'));
const builder = new ArduinoBuilder(process.env);

function job(source: string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tl-direct-job-'));
  mkdirSync(join(dir, 'sketch'));
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'sketch', 'sketch.ino'), source);
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, 'sketch', n), t);
  return { dir, limits: DEFAULT_LIMITS };
}

const CORPUS: Record<string, { source: string; files?: Record<string, string> }> = {
  'functions used before their definition': { source: `int counter = 0;\nstruct P { int a; };\n\nstatic int twice(int x) { return 2 * x; }\nvoid setup() {\n  Serial.begin(9600);\n  foo(P{1});\n}\nvoid foo(P p) { counter += p.a; }\nvoid loop() { counter = twice(counter); report(counter, 3); }\nvoid report(long v,\n            int base) {\n  Serial.println(v, base);\n}\n` },
  'first function on line 1, no final newline': { source: `void setup() { pinMode(13, OUTPUT); }\nvoid loop() { blink(); }\nvoid blink() { digitalWrite(13, !digitalRead(13)); delay(100); }` },
  'default arguments, pointers to functions, extern "C"': { source: `typedef void (*Handler)();\nvoid run(Handler h = nullptr);\nextern "C" {\nint c_side(int x) { return x + 1; }\n}\nvoid setup() { run(&tick); attachInterrupt(0, isr, RISING); }\nvoid loop() { run(); }\nvoid run(Handler h) { if (h) h(); }\nvoid tick() { c_side(2); }\nvoid isr() {}\n` },
  'template and class in the sketch': { source: `template <typename T> T biggest(T a, T b) { return a > b ? a : b; }\nclass Led {\npublic:\n  Led(int p) : pin(p) {}\n  void on() { digitalWrite(pin, HIGH); }\n  int pin;\n};\nLed led(13);\nvoid setup() { led.on(); Serial.begin(9600); Serial.println(biggest(3, 4)); }\nvoid loop() {}\n` },
  'our Servo library': { source: `#include <Servo.h>\nServo s;\nvoid setup() { s.attach(9); }\nvoid loop() { sweep(); }\nvoid sweep() { for (int a = 0; a <= 180; a += 10) { s.write(a); delay(15); } }\n` },
  'platform libraries (SoftwareSerial, Wire, EEPROM)': { source: `#include <SoftwareSerial.h>\n#include <Wire.h>\n#include <EEPROM.h>\nSoftwareSerial link(2, 3);\nvoid setup() { link.begin(9600); Wire.begin(); EEPROM.write(0, 1); }\nvoid loop() { link.println(EEPROM.read(0)); }\n` },
  'a header tab': { source: `#include "pins.h"\nvoid setup() { pinMode(LED, OUTPUT); }\nvoid loop() { digitalWrite(LED, HIGH); }\n`, files: { 'pins.h': '#pragma once\nconst int LED = 13;\n' } },
  'an error and a warning': { source: `void setup() {\n  int big = 100000;\n  unknownCall(big);\n}\nvoid loop() {}\n` },
  'an error in a header tab': { source: `#include "bad.h"\nvoid setup() {}\nvoid loop() {}\n`, files: { 'bad.h': 'int broken(\n' } },
};

describe('direct pipeline ≡ arduino-builder', () => {
  beforeAll(async () => {
    // Prepares the core and our libraries for the direct pipeline.
    for (const c of Object.values(CORPUS)) await builder.full(job(c.source, c.files));
  });

  for (const [name, c] of Object.entries(CORPUS)) {
    it(name, async () => {
      const a = job(c.source, c.files);
      const b = job(c.source, c.files);
      const reference = await builder.full(a);
      const fast = await builder.direct!.build(b);
      expect(fast, 'the direct pipeline handles this sketch').toBeDefined();
      expect(fast!.pipeline).toBe('direct');
      expect(fast!.ok).toBe(reference.ok);
      expect(parseDiagnostics(fast!.log)).toEqual(parseDiagnostics(reference.log));
      expect(fast!.sketchCpp).toBe(readFileSync(join(a.dir, 'build', 'sketch', 'sketch.ino.cpp'), 'utf8'));
      if (reference.ok) expect(fast!.hex).toBe(reference.hex);
    });
  }

  it('builds in the spare sandbox started after the previous build, with the same result', async () => {
    const v1 = 'void setup() { pinMode(13, OUTPUT); }\nvoid loop() { digitalWrite(13, HIGH); }\n// spare 1\n';
    await builder.direct!.build(job(v1));
    await new Promise((r) => setTimeout(r, 1_000)); // the spare starts once the build has returned (≈ 5 ms when idle)
    const b = job(v1.replace('spare 1', 'spare 2'));
    const fast = await builder.direct!.build(b);
    // The build's files went to the spare's own directory, none to the job's.
    expect(readdirSync(join(b.dir, 'build'))).toEqual([]);
    expect(fast!.pipeline).toBe('direct');
    expect(fast!.hex).toBe((await builder.full(job(v1.replace('spare 1', 'spare 2')))).hex);
  });

  it('compiles an edited function body alongside the preprocessor, with the same result', async () => {
    const v1 = 'int n = 0;\nvoid setup() { Serial.begin(9600); }\nvoid loop() { step(); }\nvoid step() { n += 1; Serial.println(n); }\n';
    const v2 = v1.replace('n += 1', 'n += 7');
    expect(skeletonKey(v1, {})).toBe(skeletonKey(v2, {}));
    await builder.direct!.build(job(v1));
    const b = job(v2);
    const fast = await builder.direct!.build(b);
    const reference = await builder.full(job(v2));
    expect(fast!.pipeline).toBe('direct');
    expect(fast!.hex).toBe(reference.hex);
  });

  it('reports an error in an edited function body, built on the guess, as arduino-builder does', async () => {
    const v1 = 'int n = 0;\nvoid setup() { Serial.begin(9600); }\nvoid loop() { tick(); }\nvoid tick() { n += 1; }\n';
    const v2 = v1.replace('n += 1;', 'n += undefinedThing;');
    expect(skeletonKey(v1, {})).toBe(skeletonKey(v2, {}));
    await builder.direct!.build(job(v1));
    const fast = await builder.direct!.build(job(v2));
    const reference = await builder.full(job(v2));
    expect(fast!.pipeline).toBe('direct');
    expect(fast!.ok).toBe(false);
    expect(reference.ok).toBe(false);
    expect(parseDiagnostics(fast!.log)).toEqual(parseDiagnostics(reference.log));
    expect(parseDiagnostics(fast!.log).errors[0]).toMatchObject({ file: 'sketch.ino', line: 4, severity: 'error' });
  });

  it('notices a wrong guess and compiles the right .cpp', async () => {
    const source = 'void setup() { later(); }\nvoid loop() {}\nvoid later() { pinMode(3, OUTPUT); }\n';
    remember(skeletonKey(source, {}), { prototypes: [], line: 1, used: [] });
    const fast = await builder.direct!.build(job(source));
    const reference = await builder.full(job(source));
    expect(fast!.ok).toBe(true);
    expect(fast!.hex).toBe(reference.hex);
  });
});
