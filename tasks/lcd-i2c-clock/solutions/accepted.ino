#include <LiquidCrystal_I2C.h>

LiquidCrystal_I2C lcd(0x27, 16, 2);

long startSec = 12L * 3600 + 59 * 60 + 50;  // 12:59:50
unsigned long startMs = 0;                   // millis() when startSec was true
long shown = -1;

void setup() {
  lcd.init();
  lcd.backlight();
  Serial.begin(9600);
  lcd.setCursor(0, 1);
  lcd.print("Technolab");
}

void loop() {
  if (Serial.available()) {
    int h = Serial.parseInt();
    int m = Serial.parseInt();
    int s = Serial.parseInt();
    Serial.readStringUntil('\n');  // the rest of the line, or the '\n' starts a new read
    startSec = h * 3600L + m * 60L + s;
    startMs = millis();
    shown = -1;
  }
  long now = (startSec + (millis() - startMs) / 1000) % 86400L;
  if (now != shown) {
    shown = now;
    char buf[9];
    sprintf(buf, "%02d:%02d:%02d", (int)(now / 3600), (int)(now / 60 % 60), (int)(now % 60));
    lcd.setCursor(0, 0);
    lcd.print(buf);
  }
}
