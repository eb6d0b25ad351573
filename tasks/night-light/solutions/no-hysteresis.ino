// Mistake: one threshold — the lamp flickers while the reading jitters around 500.
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
  delay(10);
}
