const int SENSOR = A0;
const int BUZZER = 8;

void setup() {
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);
  tone(BUZZER, light);   // число с датчика прямо в герцы
  delay(10);
}
