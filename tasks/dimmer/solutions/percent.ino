// Mistake: maps to percent (0–100) — the LED never gets brighter than 100 of 255.
const int KNOB = A0;
const int LED = 6;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  int brightness = map(analogRead(KNOB), 0, 1023, 0, 100);
  analogWrite(LED, brightness);
  delay(10);
}
