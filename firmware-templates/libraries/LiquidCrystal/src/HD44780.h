// HD44780U instruction set (Hitachi datasheet, table 6). Shared by LiquidCrystal and LiquidCrystal_I2C.
#pragma once
#include <stdint.h>

namespace hd44780 {
const uint8_t CLEAR_DISPLAY = 0x01;
const uint8_t RETURN_HOME = 0x02;
const uint8_t ENTRY_MODE_SET = 0x04;  // | INCREMENT | SHIFT
const uint8_t DISPLAY_CONTROL = 0x08; // | DISPLAY_ON | CURSOR_ON | BLINK_ON
const uint8_t CURSOR_SHIFT = 0x10;    // | DISPLAY_MOVE | MOVE_RIGHT
const uint8_t FUNCTION_SET = 0x20;    // | EIGHT_BIT | TWO_LINES | FONT_5X10
const uint8_t SET_CGRAM_ADDR = 0x40;
const uint8_t SET_DDRAM_ADDR = 0x80;

const uint8_t INCREMENT = 0x02;
const uint8_t SHIFT = 0x01;
const uint8_t DISPLAY_ON = 0x04;
const uint8_t CURSOR_ON = 0x02;
const uint8_t BLINK_ON = 0x01;
const uint8_t DISPLAY_MOVE = 0x08;
const uint8_t MOVE_RIGHT = 0x04;
const uint8_t EIGHT_BIT = 0x10;
const uint8_t TWO_LINES = 0x08;
const uint8_t FONT_5X10 = 0x04;

// DDRAM address of the first character of each row (rows 2 and 3 continue rows 0 and 1 on 20x4).
inline uint8_t rowOffset(uint8_t row, uint8_t cols) {
  static const uint8_t base[4] = {0x00, 0x40, 0x00, 0x40};
  return base[row & 3] + ((row & 2) ? cols : 0);
}
}  // namespace hd44780
