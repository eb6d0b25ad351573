// Everything in loop(): after GO! the greeting comes back and the countdown starts over.
#include <LiquidCrystal.h>

LiquidCrystal lcd(12, 11, 5, 4, 3, 2);

void setup() {
  lcd.begin(16, 2);
}

void loop() {
  lcd.clear();
  lcd.setCursor(0, 0);
  lcd.print("Hello, Technolab");
  lcd.setCursor(4, 1);
  lcd.print("Arduino");
  delay(2000);

  for (int n = 10; n >= 1; n--) {
    lcd.clear();
    lcd.print("Countdown:");
    lcd.setCursor(0, 1);
    lcd.print(n);
    delay(1000);
  }
  lcd.clear();
  lcd.print("Countdown:");
  lcd.setCursor(0, 1);
  lcd.print("GO!");
  delay(1000);
}
