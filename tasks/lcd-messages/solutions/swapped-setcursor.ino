// setCursor(row, col) instead of setCursor(col, row): "Arduino" and the numbers land in the wrong place.
#include <LiquidCrystal.h>

LiquidCrystal lcd(12, 11, 5, 4, 3, 2);

void setup() {
  lcd.begin(16, 2);
  lcd.setCursor(0, 0);
  lcd.print("Hello, Technolab");
  lcd.setCursor(1, 4);          // meant: row 1, column 4
  lcd.print("Arduino");
  delay(2000);

  for (int n = 10; n >= 1; n--) {
    lcd.clear();
    lcd.setCursor(0, 0);
    lcd.print("Countdown:");
    lcd.setCursor(1, 0);        // meant: row 1, column 0
    lcd.print(n);
    delay(1000);
  }
  lcd.clear();
  lcd.print("Countdown:");
  lcd.setCursor(1, 0);
  lcd.print("GO!");
}

void loop() {
}
