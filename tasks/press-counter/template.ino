// Счётчик нажатий / Press counter: button on pin 2 (to GND); print the count after every press.

const int BUTTON = 2;

int count = 0;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);  // нажата → LOW / pressed → LOW
  Serial.begin(9600);
}

void loop() {
  // Нажатие = кнопка была HIGH, а стала LOW / a press = it was HIGH and now is LOW
  // count++; Serial.println(count);
}
