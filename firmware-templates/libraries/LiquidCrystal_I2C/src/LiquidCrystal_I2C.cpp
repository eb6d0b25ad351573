#include "LiquidCrystal_I2C.h"
#include <Wire.h>

using namespace hd44780;

// PCF8574 wiring on the usual backpack: P0 = RS, P1 = RW, P2 = E, P3 = backlight, P4..P7 = D4..D7.
static const uint8_t RS = 0x01;
static const uint8_t EN = 0x04;
static const uint8_t BACKLIGHT = 0x08;

LiquidCrystal_I2C::LiquidCrystal_I2C(uint8_t addr, uint8_t c, uint8_t r)
    : address(addr), cols(c), rows(r), backlightBit(BACKLIGHT), functionFlags(0), controlFlags(0), modeFlags(0) {}

void LiquidCrystal_I2C::init() { begin(cols, rows); }
void LiquidCrystal_I2C::begin() { begin(cols, rows); }

void LiquidCrystal_I2C::begin(uint8_t c, uint8_t r, uint8_t charsize) {
  cols = c;
  rows = r;
  Wire.begin();
  functionFlags = rows > 1 ? TWO_LINES : (charsize ? FONT_5X10 : 0);
  delay(50);  // > 40 ms after power-on
  expanderWrite(0);
  delay(1);
  // Initialisation by instruction, then switch to 4-bit (datasheet figure 24).
  write4(0x30);
  delayMicroseconds(4500);
  write4(0x30);
  delayMicroseconds(4500);
  write4(0x30);
  delayMicroseconds(150);
  write4(0x20);
  command(FUNCTION_SET | functionFlags);
  controlFlags = DISPLAY_ON;
  display();
  clear();
  modeFlags = INCREMENT;
  command(ENTRY_MODE_SET | modeFlags);
  home();
}

void LiquidCrystal_I2C::clear() {
  command(CLEAR_DISPLAY);
  delayMicroseconds(2000);
}
void LiquidCrystal_I2C::home() {
  command(RETURN_HOME);
  delayMicroseconds(2000);
}
void LiquidCrystal_I2C::setCursor(uint8_t col, uint8_t row) {
  if (row >= rows) row = rows - 1;
  command(SET_DDRAM_ADDR | (col + rowOffset(row, cols)));
}
void LiquidCrystal_I2C::noDisplay() { controlFlags &= ~DISPLAY_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::display() { controlFlags |= DISPLAY_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::noCursor() { controlFlags &= ~CURSOR_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::cursor() { controlFlags |= CURSOR_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::noBlink() { controlFlags &= ~BLINK_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::blink() { controlFlags |= BLINK_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal_I2C::scrollDisplayLeft() { command(CURSOR_SHIFT | DISPLAY_MOVE); }
void LiquidCrystal_I2C::scrollDisplayRight() { command(CURSOR_SHIFT | DISPLAY_MOVE | MOVE_RIGHT); }
void LiquidCrystal_I2C::leftToRight() { modeFlags |= INCREMENT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal_I2C::rightToLeft() { modeFlags &= ~INCREMENT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal_I2C::autoscroll() { modeFlags |= SHIFT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal_I2C::noAutoscroll() { modeFlags &= ~SHIFT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal_I2C::backlight() { setBacklight(1); }
void LiquidCrystal_I2C::noBacklight() { setBacklight(0); }
void LiquidCrystal_I2C::setBacklight(uint8_t on) {
  backlightBit = on ? BACKLIGHT : 0;
  expanderWrite(0);
}

void LiquidCrystal_I2C::createChar(uint8_t location, uint8_t charmap[]) {
  command(SET_CGRAM_ADDR | ((location & 7) << 3));
  for (uint8_t i = 0; i < 8; i++) write(charmap[i]);
}

void LiquidCrystal_I2C::command(uint8_t value) { send(value, 0); }
size_t LiquidCrystal_I2C::write(uint8_t value) {
  send(value, RS);
  return 1;
}

void LiquidCrystal_I2C::send(uint8_t value, uint8_t mode) {
  write4((value & 0xf0) | mode);
  write4(((value << 4) & 0xf0) | mode);
}

void LiquidCrystal_I2C::write4(uint8_t data) {
  expanderWrite(data);
  expanderWrite(data | EN);  // E high ≥ 450 ns: one I2C byte takes far longer
  expanderWrite(data & ~EN);
  delayMicroseconds(50);
}

void LiquidCrystal_I2C::expanderWrite(uint8_t data) {
  Wire.beginTransmission(address);
  Wire.write(data | backlightBit);
  Wire.endTransmission();
}
