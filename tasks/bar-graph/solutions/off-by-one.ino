const int KNOB = A0;
const int LEDS[10] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

void setup() {
  for (int i = 0; i < 10; i++) {
    pinMode(LEDS[i], OUTPUT);
  }
}

void loop() {
  int n = map(analogRead(KNOB), 0, 1023, 0, 10);
  for (int i = 0; i < 10; i++) {
    digitalWrite(LEDS[i], LOW);
  }
  for (int i = 0; i <= n && i < 10; i++) {
    digitalWrite(LEDS[i], HIGH);
  }
  delay(10);
}
