// Маячок / Beacon: blink the LED on pin 13 — 500 ms on, 500 ms off.

void setup() {
  // Настройте вывод 13 / set up pin 13
}

void loop() {
  // Включите, подождите, выключите, подождите / on, wait, off, wait
}
