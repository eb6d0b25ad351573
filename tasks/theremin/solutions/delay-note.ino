const int SENSOR = A0;
const int BUZZER = 8;

void setup() {
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  int pitch = map(analogRead(SENSOR), 0, 1023, 200, 2000);
  tone(BUZZER, pitch, 300);   // «нота» 300 мс, потом пауза
  delay(400);
}
