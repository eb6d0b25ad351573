// Turns every LED on in turn, but never off: soon all six are lit.
const int LEDS[] = {2, 3, 4, 5, 6, 7};

void setup() {
  for (int i = 0; i < 6; i++) {
    pinMode(LEDS[i], OUTPUT);
  }
}

void loop() {
  for (int i = 0; i < 6; i++) {
    digitalWrite(LEDS[i], HIGH);
    delay(200);
  }
}
