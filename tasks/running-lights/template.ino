// Бегущий огонёк / Running light: six LEDs on pins 2…7, one at a time, 200 ms each.

const int LEDS[] = {2, 3, 4, 5, 6, 7};
const int COUNT = 6;

void setup() {
  // Настройте все шесть выводов (цикл for) / set up all six pins (a for loop)
}

void loop() {
  // По очереди: включить, подождать 200 мс, выключить / in turn: on, wait 200 ms, off
}
