// Mistake: "fixes" the flicker with a long delay instead of hysteresis —
// the lamp reacts a second late and still flickers at dusk.
const int SENSOR = A0;
const int LAMP = 8;

void setup() {
  pinMode(LAMP, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);
  if (light < 500) {
    digitalWrite(LAMP, HIGH);
  } else {
    digitalWrite(LAMP, LOW);
  }
  delay(1000);
}
