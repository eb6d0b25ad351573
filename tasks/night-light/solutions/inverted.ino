// Mistake: the comparisons are the wrong way round — the lamp burns in daylight.
const int SENSOR = A0;
const int LAMP = 8;

bool lampOn = false;

void setup() {
  pinMode(LAMP, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);
  if (!lampOn && light > 600) {
    lampOn = true;
  } else if (lampOn && light < 400) {
    lampOn = false;
  }
  digitalWrite(LAMP, lampOn ? HIGH : LOW);
  delay(10);
}
