// LiquidCrystal — drives an HD44780 character LCD over 4 or 8 data lines.
// Same constructors and methods as Arduino's LiquidCrystal, so book and tutorial sketches run unchanged.
#pragma once
#include <Arduino.h>
#include <Print.h>
#include "HD44780.h"

class LiquidCrystal : public Print {
 public:
  LiquidCrystal(uint8_t rs, uint8_t enable, uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7);
  LiquidCrystal(uint8_t rs, uint8_t rw, uint8_t enable, uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7);
  LiquidCrystal(uint8_t rs, uint8_t enable, uint8_t d0, uint8_t d1, uint8_t d2, uint8_t d3, uint8_t d4,
                uint8_t d5, uint8_t d6, uint8_t d7);
  LiquidCrystal(uint8_t rs, uint8_t rw, uint8_t enable, uint8_t d0, uint8_t d1, uint8_t d2, uint8_t d3,
                uint8_t d4, uint8_t d5, uint8_t d6, uint8_t d7);

  void begin(uint8_t cols, uint8_t rows, uint8_t charsize = 0);
  void clear();
  void home();
  void setCursor(uint8_t col, uint8_t row);
  void noDisplay();
  void display();
  void noCursor();
  void cursor();
  void noBlink();
  void blink();
  void scrollDisplayLeft();
  void scrollDisplayRight();
  void leftToRight();
  void rightToLeft();
  void autoscroll();
  void noAutoscroll();
  void createChar(uint8_t location, uint8_t charmap[]);
  void command(uint8_t value);
  virtual size_t write(uint8_t value);
  using Print::write;

 private:
  void init(bool fourBit, uint8_t rs, uint8_t rw, uint8_t enable, const uint8_t* data);
  void send(uint8_t value, uint8_t mode);
  void writeBits(uint8_t value, uint8_t count);
  void pulseEnable();

  uint8_t rsPin, rwPin, enablePin;
  uint8_t dataPins[8];
  bool fourBitMode;
  uint8_t cols, rows;
  uint8_t functionFlags, controlFlags, modeFlags;
};
