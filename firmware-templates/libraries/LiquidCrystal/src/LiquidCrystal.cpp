#include "LiquidCrystal.h"

using namespace hd44780;

static const uint8_t NO_PIN = 255;

LiquidCrystal::LiquidCrystal(uint8_t rs, uint8_t enable, uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7) {
  const uint8_t data[4] = {d4, d5, d6, d7};
  init(true, rs, NO_PIN, enable, data);
}
LiquidCrystal::LiquidCrystal(uint8_t rs, uint8_t rw, uint8_t enable, uint8_t d4, uint8_t d5, uint8_t d6,
                             uint8_t d7) {
  const uint8_t data[4] = {d4, d5, d6, d7};
  init(true, rs, rw, enable, data);
}
LiquidCrystal::LiquidCrystal(uint8_t rs, uint8_t enable, uint8_t d0, uint8_t d1, uint8_t d2, uint8_t d3,
                             uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7) {
  const uint8_t data[8] = {d0, d1, d2, d3, d4, d5, d6, d7};
  init(false, rs, NO_PIN, enable, data);
}
LiquidCrystal::LiquidCrystal(uint8_t rs, uint8_t rw, uint8_t enable, uint8_t d0, uint8_t d1, uint8_t d2,
                             uint8_t d3, uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7) {
  const uint8_t data[8] = {d0, d1, d2, d3, d4, d5, d6, d7};
  init(false, rs, rw, enable, data);
}

void LiquidCrystal::init(bool fourBit, uint8_t rs, uint8_t rw, uint8_t enable, const uint8_t* data) {
  rsPin = rs;
  rwPin = rw;
  enablePin = enable;
  fourBitMode = fourBit;
  for (uint8_t i = 0; i < 8; i++) dataPins[i] = i < (fourBit ? 4 : 8) ? data[i] : NO_PIN;
  cols = 16;
  rows = 1;
  functionFlags = fourBit ? 0 : EIGHT_BIT;
}

void LiquidCrystal::begin(uint8_t c, uint8_t r, uint8_t charsize) {
  cols = c;
  rows = r;
  if (rows > 1) functionFlags |= TWO_LINES;
  if (charsize && rows == 1) functionFlags |= FONT_5X10;

  pinMode(rsPin, OUTPUT);
  if (rwPin != NO_PIN) pinMode(rwPin, OUTPUT);
  pinMode(enablePin, OUTPUT);
  for (uint8_t i = 0; i < (fourBitMode ? 4 : 8); i++) pinMode(dataPins[i], OUTPUT);

  // Power-on: the controller needs > 40 ms after Vcc rises to 2.7 V.
  delayMicroseconds(50000);
  digitalWrite(rsPin, LOW);
  digitalWrite(enablePin, LOW);
  if (rwPin != NO_PIN) digitalWrite(rwPin, LOW);

  if (fourBitMode) {
    // Initialisation by instruction (datasheet figure 24): three times "8-bit", then "4-bit".
    writeBits(0x03, 4);
    delayMicroseconds(4500);
    writeBits(0x03, 4);
    delayMicroseconds(4500);
    writeBits(0x03, 4);
    delayMicroseconds(150);
    writeBits(0x02, 4);
  } else {
    command(FUNCTION_SET | functionFlags);
    delayMicroseconds(4500);
    command(FUNCTION_SET | functionFlags);
    delayMicroseconds(150);
    command(FUNCTION_SET | functionFlags);
  }
  command(FUNCTION_SET | functionFlags);
  controlFlags = DISPLAY_ON;
  display();
  clear();
  modeFlags = INCREMENT;
  command(ENTRY_MODE_SET | modeFlags);
}

void LiquidCrystal::clear() {
  command(CLEAR_DISPLAY);
  delayMicroseconds(2000);  // clear takes 1.52 ms
}
void LiquidCrystal::home() {
  command(RETURN_HOME);
  delayMicroseconds(2000);
}
void LiquidCrystal::setCursor(uint8_t col, uint8_t row) {
  if (row >= rows) row = rows - 1;
  command(SET_DDRAM_ADDR | (col + rowOffset(row, cols)));
}
void LiquidCrystal::noDisplay() { controlFlags &= ~DISPLAY_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::display() { controlFlags |= DISPLAY_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::noCursor() { controlFlags &= ~CURSOR_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::cursor() { controlFlags |= CURSOR_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::noBlink() { controlFlags &= ~BLINK_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::blink() { controlFlags |= BLINK_ON; command(DISPLAY_CONTROL | controlFlags); }
void LiquidCrystal::scrollDisplayLeft() { command(CURSOR_SHIFT | DISPLAY_MOVE); }
void LiquidCrystal::scrollDisplayRight() { command(CURSOR_SHIFT | DISPLAY_MOVE | MOVE_RIGHT); }
void LiquidCrystal::leftToRight() { modeFlags |= INCREMENT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal::rightToLeft() { modeFlags &= ~INCREMENT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal::autoscroll() { modeFlags |= SHIFT; command(ENTRY_MODE_SET | modeFlags); }
void LiquidCrystal::noAutoscroll() { modeFlags &= ~SHIFT; command(ENTRY_MODE_SET | modeFlags); }

void LiquidCrystal::createChar(uint8_t location, uint8_t charmap[]) {
  command(SET_CGRAM_ADDR | ((location & 7) << 3));
  for (uint8_t i = 0; i < 8; i++) write(charmap[i]);
}

void LiquidCrystal::command(uint8_t value) { send(value, LOW); }
size_t LiquidCrystal::write(uint8_t value) {
  send(value, HIGH);
  return 1;
}

void LiquidCrystal::send(uint8_t value, uint8_t mode) {
  digitalWrite(rsPin, mode);
  if (rwPin != NO_PIN) digitalWrite(rwPin, LOW);
  if (fourBitMode) {
    writeBits(value >> 4, 4);
    writeBits(value, 4);
  } else {
    writeBits(value, 8);
  }
}

void LiquidCrystal::writeBits(uint8_t value, uint8_t count) {
  for (uint8_t i = 0; i < count; i++) digitalWrite(dataPins[i], (value >> i) & 1);
  pulseEnable();
}

void LiquidCrystal::pulseEnable() {
  // Enable pulse ≥ 450 ns; most instructions then need 37 µs.
  digitalWrite(enablePin, LOW);
  delayMicroseconds(1);
  digitalWrite(enablePin, HIGH);
  delayMicroseconds(1);
  digitalWrite(enablePin, LOW);
  delayMicroseconds(100);
}
