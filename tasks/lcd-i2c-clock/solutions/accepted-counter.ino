#include <LiquidCrystal_I2C.h>

LiquidCrystal_I2C lcd(0x27, 16, 2);

int h = 12, m = 59, s = 50;
unsigned long last = 0;

void print2(int v) {
  if (v < 10) lcd.print('0');
  lcd.print(v);
}

void draw() {
  lcd.setCursor(0, 0);
  print2(h);
  lcd.print(':');
  print2(m);
  lcd.print(':');
  print2(s);
}

void setup() {
  lcd.init();
  lcd.backlight();
  Serial.begin(9600);
  lcd.setCursor(0, 1);
  lcd.print("Technolab");
  draw();
}

void loop() {
  if (Serial.available()) {
    String line = Serial.readStringUntil('\n');  // "08:05:30"
    h = line.substring(0, 2).toInt();
    m = line.substring(3, 5).toInt();
    s = line.substring(6, 8).toInt();
    last = millis();
    draw();
  }
  if (millis() - last >= 1000) {
    last += 1000;  // not last = millis(): no drift
    s++;
    if (s == 60) { s = 0; m++; }
    if (m == 60) { m = 0; h++; }
    if (h == 24) h = 0;
    draw();
  }
}
