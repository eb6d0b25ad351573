// Watchdog: the sketch feeds the dog for a while, then hangs; the dog resets the chip.
#include <avr/wdt.h>
void setup() {
  Serial.begin(115200);
  Serial.println("start");
  pinMode(13, OUTPUT);
  wdt_enable(WDTO_30MS);
}
void loop() {
  static int n = 0;
  digitalWrite(13, n & 1);
  if (n++ < 10) { wdt_reset(); delay(10); } else { while (true) {} }
}
