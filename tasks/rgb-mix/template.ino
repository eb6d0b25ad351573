// Смешиваем цвета / Colour mixing: RGB LED (common cathode), R on 9, G on 10, B on 11.
// Радуга: красный, оранжевый, жёлтый, зелёный, голубой, синий, фиолетовый — по 1 с.

const int RED = 9;
const int GREEN = 10;
const int BLUE = 11;

void setColor(int r, int g, int b) {
  // analogWrite(…)
}

void setup() {
  pinMode(RED, OUTPUT);
  pinMode(GREEN, OUTPUT);
  pinMode(BLUE, OUTPUT);
}

void loop() {
  setColor(255, 0, 0);  // красный / red
  delay(1000);
  // …
}
