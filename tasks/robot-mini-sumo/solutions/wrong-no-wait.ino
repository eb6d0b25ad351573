// Мини-сумо без ожидания: забыли, что по правилам робот 5 с стоит после старта.
// Остальное как в верном решении.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int TRIG = 12, ECHO = 13;
const int WHITE = 500;   // белое ≈ 100, чёрное ≈ 900
const int SEE_CM = 60;   // ринг 77 см: всё, что ближе, — соперник

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

bool onBorder() {
  return analogRead(SENSOR_LEFT) < WHITE || analogRead(SENSOR_RIGHT) < WHITE;
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, TRIG};
  for (int i = 0; i < 7; i++) pinMode(pins[i], OUTPUT);
  pinMode(ECHO, INPUT);
}

int seen = 999;             // последнее измерение дальномера, см
unsigned long measuredAt = 0;

void loop() {
  if (onBorder()) {
    drive(-220, -220);
    delay(350);
    drive(180, -180);
    delay(300);
    return;
  }
  // HC-SR04 не чаще раза в 60 мс, а кайму смотрим в каждом проходе.
  if (millis() - measuredAt >= 60) {
    measuredAt = millis();
    seen = distanceCm();
  }
  if (seen < SEE_CM) drive(255, 255);
  else drive(-130, 130);
}
