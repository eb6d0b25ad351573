// Mistake: reads the knob once in setup() — the brightness never changes afterwards.
const int KNOB = A0;
const int LED = 6;

int brightness;

void setup() {
  pinMode(LED, OUTPUT);
  brightness = map(analogRead(KNOB), 0, 1023, 0, 255);
}

void loop() {
  analogWrite(LED, brightness);
  delay(10);
}
