import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// LiquidCrystal's 4-bit protocol written out by hand (the wiring of the Arduino "Hello World").
const LCD = (body: string, waitUs = 100) => `
const int RS = 12, E = 11, D4 = 5, D5 = 4, D6 = 3, D7 = 2;
void pulse() {
  digitalWrite(E, LOW); delayMicroseconds(1);
  digitalWrite(E, HIGH); delayMicroseconds(1);
  digitalWrite(E, LOW); delayMicroseconds(${waitUs});
}
void write4(byte v) {
  digitalWrite(D4, v & 1); digitalWrite(D5, (v >> 1) & 1); digitalWrite(D6, (v >> 2) & 1); digitalWrite(D7, (v >> 3) & 1);
  pulse();
}
void send(byte v, byte mode) { digitalWrite(RS, mode); write4(v >> 4); write4(v); }
void command(byte v) { send(v, LOW); }
void print(const char *s) { while (*s) send(*s++, HIGH); }
void setup() {
  pinMode(RS, OUTPUT); pinMode(E, OUTPUT);
  pinMode(D4, OUTPUT); pinMode(D5, OUTPUT); pinMode(D6, OUTPUT); pinMode(D7, OUTPUT);
  delay(50);
  digitalWrite(RS, LOW); digitalWrite(E, LOW);
  write4(0x03); delayMicroseconds(4500);
  write4(0x03); delayMicroseconds(4500);
  write4(0x03); delayMicroseconds(150);
  write4(0x02);
  command(0x28);                            // function set: 4-bit, 2 lines, 5x8
  command(0x0C);                            // display on, cursor off
  command(0x01); delayMicroseconds(2000);   // clear
  command(0x06);                            // entry mode: increment, no shift
  ${body}
}
void loop() {}`;

const WIRING = { rs: 'D12', e: 'D11', d4: 'D5', d5: 'D4', d6: 'D3', d7: 'D2' };
const pad = (s: string) => s.padEnd(16, ' ');

describe('lcd1602', () => {
  it('shows "Hello" after the LiquidCrystal 4-bit initialisation, and "World" on line 2', async () => {
    const { board, parts } = await rig(compile, LCD(`print("Hello"); command(0x80 | 0x40); print("World");`), [
      { kind: 'lcd1602', id: 'lcd', pins: WIRING },
    ]);
    const lcd = parts.get('lcd', 'lcd1602');
    expect(lcd.text()).toBe(`${pad('')}\n${pad('')}`);
    board.runMs(80);
    expect(lcd.lines()).toEqual([pad('Hello'), pad('World')]);
    expect(lcd.cursor()).toEqual({ row: 1, col: 5 });
    expect(lcd.lost).toBe(0);
  });

  it('follows setCursor, display shift, clear and home', async () => {
    const { board, parts } = await rig(
      compile,
      LCD(`print("abc"); command(0x80 | 0x4D); print("xyz");
           delay(5); command(0x18); delay(5); command(0x18);
           delay(30); command(0x02); delay(30); command(0x01);`),
      [{ kind: 'lcd1602', id: 'lcd', pins: WIRING }],
    );
    const lcd = parts.get('lcd', 'lcd1602');
    board.runMs(100);
    // Two shifts to the left: the first two columns scroll off.
    expect(lcd.lines()).toEqual([pad('c'), pad('           xyz')]);
    board.runMs(30);
    expect(lcd.lines()).toEqual([pad('abc'), pad('             xyz')]);
    expect(lcd.cursor()).toEqual({ row: 0, col: 0 });
    board.runMs(30);
    expect(lcd.text().trim()).toBe('');
  });

  it('writes right to left with entry mode decrement, and shows custom characters', async () => {
    const { board, parts } = await rig(
      compile,
      LCD(`command(0x40); for (byte r = 0; r < 8; r++) send(r == 7 ? 0x1F : 0x00, HIGH);
           command(0x80 | 5); command(0x04); print("abc"); command(0x06); command(0x80 | 8); send(0, HIGH);`),
      [{ kind: 'lcd1602', id: 'lcd', pins: WIRING }],
    );
    const lcd = parts.get('lcd', 'lcd1602');
    board.runMs(70);
    expect(lcd.lines()[0]).toBe(pad('   cba  \ue000'));
    expect(lcd.customChar(0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0x1f]);
  });

  it('loses bytes sent while the controller is still busy after clear (no delay)', async () => {
    const { board, parts } = await rig(compile, LCD(`print("ab"); command(0x01); print("Hi");`, 40), [
      { kind: 'lcd1602', id: 'lcd', pins: WIRING },
    ]);
    const lcd = parts.get('lcd', 'lcd1602');
    board.runMs(70);
    expect(lcd.lost).toBeGreaterThan(0);
    expect(lcd.lines()[0]).not.toBe(pad('Hi'));
  });

  it('works in 8-bit mode with D0–D3 wired (LiquidCrystal with 11 pins)', async () => {
    const { board, parts } = await rig(
      compile,
      `const int RS = 12, E = 11;
       const int D[8] = { 9, 8, 7, 6, 5, 4, 3, 2 };   // D0 … D7
       void send(byte v, byte mode) {
         digitalWrite(RS, mode);
         for (int i = 0; i < 8; i++) digitalWrite(D[i], (v >> i) & 1);
         digitalWrite(E, HIGH); delayMicroseconds(1); digitalWrite(E, LOW); delayMicroseconds(100);
       }
       void setup() {
         pinMode(RS, OUTPUT); pinMode(E, OUTPUT); for (int i = 0; i < 8; i++) pinMode(D[i], OUTPUT);
         delay(50);
         send(0x38, LOW); delayMicroseconds(4500); send(0x38, LOW); send(0x0C, LOW);
         send(0x01, LOW); delayMicroseconds(2000); send(0x06, LOW);
         const char *s = "8-bit"; while (*s) send(*s++, HIGH);
       }
       void loop() {}`,
      [{ kind: 'lcd1602', id: 'lcd', pins: { rs: 'D12', e: 'D11', d0: 'D9', d1: 'D8', d2: 'D7', d3: 'D6', d4: 'D5', d5: 'D4', d6: 'D3', d7: 'D2' } }],
    );
    board.runMs(70);
    expect(parts.get('lcd', 'lcd1602').lines()).toEqual([pad('8-bit'), pad('')]);
  });
});
