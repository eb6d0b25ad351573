// Кегельринг: ищем кеглю дальномером, поворачиваясь на месте; выталкиваем до чёрной каймы
// и ещё чуть-чуть; возвращаемся задним ходом к центру.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int TRIG = 12, ECHO = 13;
const int BLACK = 500;
const int SEE_CM = 40;  // ближе — это кегля в круге (радиус круга 50 см)

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

void brake() {
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

int distanceCm() {
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long us = pulseIn(ECHO, HIGH, 30000);
  return us == 0 ? 999 : us / 58;
}

bool border() {
  return analogRead(SENSOR_LEFT) > BLACK || analogRead(SENSOR_RIGHT) > BLACK;
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, TRIG};
  for (int i = 0; i < 7; i++) pinMode(pins[i], OUTPUT);
  pinMode(ECHO, INPUT);
}

void loop() {
  // Поиск: короткий поворот налево, остановка, замер.
  drive(-110, 110);
  delay(25);
  brake();
  delay(40);
  if (distanceCm() > SEE_CM) return;
  // Нашли: чуть доворачиваем на середину кегли и толкаем до каймы.
  drive(-110, 110);
  delay(15);
  unsigned long start = millis();
  drive(180, 180);
  while (!border() && millis() - start < 2500) {}
  // ОШИБКА: сразу назад, как только датчик увидел кайму — кегля остаётся на краю круга.
  brake();
  delay(100);
  unsigned long pushed = millis() - start;
  drive(-180, -180);  // обратно к центру столько же времени
  delay(pushed);
  brake();
  delay(100);
}
