const int SENSOR = A0;
const int BUZZER = 8;

void setup() {
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);                 // 0–1023: больше света — больше число
  int pitch = map(light, 0, 1023, 2000, 200);     // ошибка: наоборот
  tone(BUZZER, pitch);
  delay(10);
}
