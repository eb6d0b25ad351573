import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// The LiquidCrystal_I2C protocol by hand: every LCD nibble is a PCF8574 byte, E pulsed on P2.
const LCD_I2C = (address: number) => `
#include <Wire.h>
const byte ADDR = ${address}, BL = 0x08, EN = 0x04, RS = 0x01;
byte expander(byte v) { Wire.beginTransmission(ADDR); Wire.write(v | BL); return Wire.endTransmission(); }
void write4(byte v) { expander(v); expander(v | EN); delayMicroseconds(1); expander(v & ~EN); delayMicroseconds(50); }
void send(byte v, byte mode) { write4((v & 0xF0) | mode); write4(((v << 4) & 0xF0) | mode); }
void setup() {
  Serial.begin(115200);
  Wire.begin();
  delay(50);
  Serial.println(expander(0));
  write4(0x30); delayMicroseconds(4500);
  write4(0x30); delayMicroseconds(4500);
  write4(0x30); delayMicroseconds(150);
  write4(0x20);
  send(0x28, 0); send(0x0C, 0); send(0x01, 0); delayMicroseconds(2000); send(0x06, 0);
  const char *s = "Hello, I2C";
  while (*s) send(*s++, RS);
  send(0xC0, 0);
  send(0xDF, RS); send('C', RS);
}
void loop() {}`;

describe('lcd1602-i2c', () => {
  it('shows text sent through a PCF8574 backpack at 0x27, with the backlight on', async () => {
    const { board, parts, serial } = await rig(compile, LCD_I2C(0x27), [{ kind: 'lcd1602-i2c', id: 'lcd', pins: {} }]);
    board.runMs(120);
    const lcd = parts.get('lcd', 'lcd1602-i2c');
    expect(serial().trim().split(/\r?\n/)[0]).toBe('0');
    expect(lcd.lines()).toEqual(['Hello, I2C      ', '°C              ']);
    expect(lcd.backlight).toBe(true);
  });

  it('NACKs a sketch talking to the wrong address (Wire.endTransmission() = 2), showing nothing', async () => {
    const { board, parts, serial } = await rig(compile, LCD_I2C(0x3f), [{ kind: 'lcd1602-i2c', id: 'lcd', pins: {} }]);
    board.runMs(120);
    expect(serial().trim().split(/\r?\n/)[0]).toBe('2');
    expect(parts.get('lcd', 'lcd1602-i2c').text().trim()).toBe('');
  });
});
