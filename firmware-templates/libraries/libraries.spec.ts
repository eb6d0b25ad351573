import { describe, expect, it } from 'vitest';
import { compile } from '../../judge/toolchain/index.ts';
import { rig } from '../../judge/parts/testing.ts';

// Our Arduino libraries, each run in the simulator with the part it drives: what a student's
// sketch from a book does must show up on the simulated display, motor driver or sonar.

const pad = (s: string) => s.padEnd(16, ' ');

describe('LiquidCrystal (4-bit parallel)', () => {
  const wiring = { rs: 'D12', e: 'D11', d4: 'D5', d5: 'D4', d6: 'D3', d7: 'D2' };

  it('shows the Arduino "Hello World" example: text on line 1, a counter on line 2', async () => {
    const { board, parts } = await rig(
      compile,
      `#include <LiquidCrystal.h>
       LiquidCrystal lcd(12, 11, 5, 4, 3, 2);
       void setup() { lcd.begin(16, 2); lcd.print("hello, world!"); }
       void loop() { lcd.setCursor(0, 1); lcd.print(millis() / 1000); delay(100); }`,
      [{ kind: 'lcd1602', id: 'lcd', pins: wiring }],
    );
    board.runMs(2300);
    const lcd = parts.get('lcd', 'lcd1602');
    expect(lcd.lines()).toEqual([pad('hello, world!'), pad('2')]);
    expect(lcd.lost).toBe(0);
  });

  it('clears, moves the cursor, and defines custom characters', async () => {
    const { board, parts } = await rig(
      compile,
      `#include <LiquidCrystal.h>
       LiquidCrystal lcd(12, 11, 5, 4, 3, 2);
       byte heart[8] = {0, 10, 31, 31, 14, 4, 0, 0};
       void setup() {
         lcd.begin(16, 2); lcd.print("old text"); lcd.clear();
         lcd.createChar(0, heart);
         lcd.setCursor(5, 1); lcd.print("Hi"); lcd.write(byte(0));
         lcd.noCursor(); lcd.display();
       }
       void loop() {}`,
      [{ kind: 'lcd1602', id: 'lcd', pins: wiring }],
    );
    board.runMs(200);
    const lcd = parts.get('lcd', 'lcd1602');
    expect(lcd.lines()[0]).toBe(pad(''));
    expect(lcd.lines()[1].slice(5, 7)).toBe('Hi');
    expect(lcd.customChar(0)).toEqual([0, 10, 31, 31, 14, 4, 0, 0]);
    expect(lcd.cursor()).toEqual({ row: 1, col: 8 });
  });
});

describe('LiquidCrystal_I2C (PCF8574 backpack at 0x27)', () => {
  it('prints on both lines with the backlight on, like the popular library', async () => {
    const { board, parts } = await rig(
      compile,
      `#include <Wire.h>
       #include <LiquidCrystal_I2C.h>
       LiquidCrystal_I2C lcd(0x27, 16, 2);
       void setup() { lcd.init(); lcd.backlight(); lcd.print("Technolab"); lcd.setCursor(3, 1); lcd.print(42); }
       void loop() {}`,
      [{ kind: 'lcd1602-i2c', id: 'lcd', pins: {} }],
    );
    board.runMs(400);
    const lcd = parts.get('lcd', 'lcd1602-i2c');
    expect(lcd.lines()).toEqual([pad('Technolab'), pad('   42')]);
    expect(lcd.snapshot().backlight).toBe(true);
  });
});

describe('TechnolabRobot', () => {
  it('Motor.run drives the L298N channel forward, backward at the PWM duty, then brakes and coasts', async () => {
    const { board, parts } = await rig(
      compile,
      `#include <TechnolabRobot.h>
       Motor left(5, 4, 7);
       void setup() { left.run(255); delay(100); left.run(-128); delay(100); left.brake(); delay(100); left.coast(); }
       void loop() {}`,
      [{ kind: 'l298n', id: 'left', pins: { en: 'D5', in1: 'D4', in2: 'D7' } }],
    );
    const motor = parts.get('left', 'l298n');
    board.runMs(60);
    expect(motor.current).toMatchObject({ direction: 'forward', mode: 'drive' });
    expect(motor.current.duty).toBeCloseTo(1, 2);
    board.runMs(100);
    expect(motor.current).toMatchObject({ direction: 'reverse', mode: 'drive' });
    expect(motor.current.duty).toBeCloseTo(128 / 255, 1);
    board.runMs(100);
    expect(motor.current.mode).toBe('brake');
    board.runMs(100);
    expect(motor.current.mode).toBe('coast');
  });

  it('Sonar.readCm returns the HC-SR04 distance, and 0 when nothing is in range', async () => {
    const { board, parts, serial } = await rig(
      compile,
      `#include <TechnolabRobot.h>
       Sonar sonar(12, 11);
       void setup() { Serial.begin(115200); }
       void loop() { Serial.println(sonar.readCm()); }`,
      [{ kind: 'hc-sr04', id: 'sonar', pins: { trig: 'D12', echo: 'D11' }, distanceCm: 37 }],
    );
    board.runMs(200);
    parts.get('sonar', 'hc-sr04').setDistanceCm(null);
    board.runMs(300);
    const values = serial().trim().split(/\r?\n/).map(Number);
    expect(values[0]).toBe(37);
    expect(values.at(-1)).toBe(0);
  });

  it('LineSensor.isBlack compares the analog reading with its threshold', async () => {
    const { board, parts, serial } = await rig(
      compile,
      `#include <TechnolabRobot.h>
       LineSensor s(A0);
       void setup() { Serial.begin(115200); }
       void loop() { Serial.print(s.isBlack() ? 'B' : 'W'); delay(20); }`,
      [{ kind: 'line-sensor', id: 'line', pins: { ao: 'A0' } }],
    );
    const sensor = parts.get('line', 'line-sensor');
    sensor.setReflectance(1);
    board.runMs(50);
    sensor.setReflectance(0);
    board.runMs(50);
    expect(serial()).toMatch(/^W+B+$/);
  });
});
