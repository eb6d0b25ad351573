// Lights the next LED, waits, then turns the previous one off: two are always lit together.
const int LEDS[] = {2, 3, 4, 5, 6, 7};

void setup() {
  for (int i = 0; i < 6; i++) {
    pinMode(LEDS[i], OUTPUT);
  }
}

void loop() {
  for (int i = 0; i < 6; i++) {
    int prev = (i + 5) % 6;
    digitalWrite(LEDS[i], HIGH);
    delay(200);
    digitalWrite(LEDS[prev], LOW);
  }
}
