// Сигнал SOS / SOS signal: · · · — — — · · ·  on the LED on pin 13, again and again.
// Точка / dot = 200 мс, тире / dash = 600 мс.

const int LED = 13;

void setup() {
  // Настройте вывод 13 / set up pin 13
}

void loop() {
  // S — O — S, потом пауза между словами / then the gap between words
}
