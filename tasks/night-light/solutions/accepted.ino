const int SENSOR = A0;
const int LAMP = 8;
const int ON_BELOW = 400;
const int OFF_ABOVE = 600;

bool lampOn = false;

void setup() {
  pinMode(LAMP, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);
  if (!lampOn && light < ON_BELOW) {
    lampOn = true;
  } else if (lampOn && light > OFF_ABOVE) {
    lampOn = false;
  }
  digitalWrite(LAMP, lampOn ? HIGH : LOW);
  delay(10);
}
