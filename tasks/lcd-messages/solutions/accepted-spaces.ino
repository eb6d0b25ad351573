// Another right way: no clear() — a space after each number wipes the old digit.
#include <LiquidCrystal.h>

LiquidCrystal lcd(12, 11, 5, 4, 3, 2);

void setup() {
  lcd.begin(16, 2);
  lcd.print("Hello, Technolab");
  lcd.setCursor(4, 1);
  lcd.print("Arduino");
  delay(2000);

  lcd.clear();
  lcd.print("Countdown:");
  for (int n = 10; n >= 1; n--) {
    lcd.setCursor(0, 1);
    lcd.print(n);
    lcd.print(" ");
    delay(1000);
  }
  lcd.setCursor(0, 1);
  lcd.print("GO!");
}

void loop() {
}
