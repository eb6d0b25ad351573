// Выключатель / Toggle switch: button on pin 2 (to GND), LED on pin 13.

const int BUTTON = 2;
const int LED = 13;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);  // нажата → LOW / pressed → LOW
  pinMode(LED, OUTPUT);
}

void loop() {
  // Каждое нажатие переключает светодиод / each press toggles the LED
}
