import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

const READER = `
void setup() { Serial.begin(115200); pinMode(4, INPUT); }
void loop() { Serial.print(analogRead(A0)); Serial.print(' '); Serial.println(digitalRead(4)); delay(5); }`;

function rows(text: string): { raw: number; dig: number }[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(' ').map(Number))
    .map(([raw, dig]) => ({ raw, dig }));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('line-sensor', () => {
  it('reads ≈ 100 over white and ≈ 900 over black, with a few percent of seeded noise', async () => {
    const { board, parts, serial } = await rig(compile, READER, [{ kind: 'line-sensor', id: 'ls', pins: { ao: 'A0', do: 'D4' } }]);
    board.runMs(100);
    const white = rows(serial());
    expect(mean(white.map((r) => r.raw))).toBeGreaterThan(80);
    expect(mean(white.map((r) => r.raw))).toBeLessThan(120);
    for (const r of white) expect(r.raw).toBeGreaterThanOrEqual(0), expect(r.raw).toBeLessThan(200), expect(r.dig).toBe(0);
    // Noise: readings are not all equal.
    expect(new Set(white.map((r) => r.raw)).size).toBeGreaterThan(3);
    parts.get('ls', 'line-sensor').setReflectance(0);
    const before = white.length;
    board.runMs(100);
    const black = rows(serial()).slice(before + 1);
    expect(mean(black.map((r) => r.raw))).toBeGreaterThan(850);
    expect(mean(black.map((r) => r.raw))).toBeLessThan(950);
    expect(black.every((r) => r.dig === 1)).toBe(true);
  });

  it('samples a plugged-in reflectanceSource when the sketch reads, with per-task levels and no noise', async () => {
    const { board, parts, serial } = await rig(compile, READER, [
      { kind: 'line-sensor', id: 'ls', pins: { ao: 'A0' }, white: 1000, black: 0, noise: 0 },
    ]);
    const ls = parts.get('ls', 'line-sensor');
    ls.reflectanceSource = () => (board.millis < 50 ? 0.25 : 0.75);
    board.runMs(100);
    const got = rows(serial()).map((r) => r.raw);
    expect(got[0]).toBe(250);
    expect(got.at(-1)).toBe(750);
  });

  it('rejects a sensor wired to a pin without an ADC, and one with no output wired', async () => {
    const { createParts } = await import('./registry.ts');
    const { Uno } = await import('../board/uno.ts');
    const { Random } = await import('../board/random.ts');
    const board = new Uno(new Uint16Array(16), { engine: 'reference' });
    expect(() =>
      createParts(
        [
          { kind: 'line-sensor', id: 'a', pins: { ao: 'D3' } },
          { kind: 'line-sensor', id: 'b', pins: {} },
        ],
        { board, random: new Random(1) },
      ),
    ).toThrow(/"a".*not an analog input[\s\S]*"b".*wire "ao"/);
  });
});
