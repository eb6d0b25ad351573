// Табло / LCD messages: LCD 16x2 — RS 12, E 11, D4 5, D5 4, D6 3, D7 2.
#include <LiquidCrystal.h>

LiquidCrystal lcd(12, 11, 5, 4, 3, 2);

void setup() {
  lcd.begin(16, 2);
  // Ваш код / your code: приветствие, отсчёт 10…1, GO!
}

void loop() {
}
