// LiquidCrystal_I2C — an HD44780 LCD through a PCF8574 "backpack" on I2C (the common blue module).
// Same API as the widely used LiquidCrystal_I2C library: LiquidCrystal_I2C lcd(0x27, 16, 2); lcd.init();
#pragma once
#include <Arduino.h>
#include <Print.h>
#include <HD44780.h>

class LiquidCrystal_I2C : public Print {
 public:
  LiquidCrystal_I2C(uint8_t address, uint8_t cols, uint8_t rows);
  void init();
  void begin();
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
  void backlight();
  void noBacklight();
  void setBacklight(uint8_t on);
  void createChar(uint8_t location, uint8_t charmap[]);
  void command(uint8_t value);
  virtual size_t write(uint8_t value);
  using Print::write;

 private:
  void send(uint8_t value, uint8_t mode);
  void write4(uint8_t nibbleAndFlags);
  void expanderWrite(uint8_t data);

  uint8_t address, cols, rows;
  uint8_t backlightBit;
  uint8_t functionFlags, controlFlags, modeFlags;
};
