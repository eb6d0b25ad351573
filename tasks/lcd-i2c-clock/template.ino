// Часы на I²C-дисплее / Clock on an I²C display: LCD 16x2 with a PCF8574 backpack at 0x27 — SDA A4, SCL A5.
#include <LiquidCrystal_I2C.h>

LiquidCrystal_I2C lcd(0x27, 16, 2);

void setup() {
  lcd.init();
  lcd.backlight();
  Serial.begin(9600);
  // Ваш код / your code: "Technolab" во второй строке / on the second row
}

void loop() {
  // Ваш код / your code: часы HH:MM:SS от 12:59:50 по millis() / a clock from 12:59:50 using millis()
  // и установка времени строкой "HH:MM:SS" по Serial / and setting the time with a "HH:MM:SS" line over Serial
}
