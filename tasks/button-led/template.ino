// Кнопка / Push button: the LED on pin 13 is on while the button on pin 2 is held.

const int BUTTON = 2;
const int LED = 13;

void setup() {
  // Кнопка замыкает вывод 2 на GND: включите подтяжку / the button shorts pin 2 to GND: use the pull-up
}

void loop() {
  // Нажата → LOW / pressed → LOW
}
