// Мини-сумо: ждём 5 с, ищем соперника и толкаем его — пока он виден.
// Ошибка: кайму проверяем только во время поиска, а во время атаки — нет.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int TRIG = 12, ECHO = 13;
const int WHITE = 500;
const int SEE_CM = 60;

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

int distanceCm() {
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long us = pulseIn(ECHO, HIGH, 30000);
  return us == 0 ? 999 : us / 58;
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, TRIG};
  for (int i = 0; i < 7; i++) pinMode(pins[i], OUTPUT);
  pinMode(ECHO, INPUT);
  delay(5000);
}

void loop() {
  delay(60);
  if (distanceCm() < SEE_CM) {
    // В атаку: толкаем, пока соперник перед нами (кайму не смотрим!).
    drive(255, 255);
    while (distanceCm() < SEE_CM) delay(60);  // дальномер — не чаще раза в 60 мс
    delay(400);  // дожать
    return;
  }
  if (analogRead(SENSOR_LEFT) < WHITE || analogRead(SENSOR_RIGHT) < WHITE) {
    drive(-220, -220);
    delay(350);
  }
  drive(-130, 130);
}
