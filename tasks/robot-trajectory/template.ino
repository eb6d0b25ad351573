// «Траектория»: два датчика линии (A0 — левый, A1 — правый), над белым ≈ 100, над чёрным ≈ 900.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;

void motor(int en, int in1, int in2, int speed) {
  speed = constrain(speed, -255, 255);
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
}

void loop() {
  int left = analogRead(SENSOR_LEFT);
  int right = analogRead(SENSOR_RIGHT);
  int error = left - right;  // > 0 — линия левее середины
  // ПД-регулятор: поправка = KP * error + KD * (error - прошлая ошибка)
  // Перекрёсток: оба датчика на чёрном. Пятая поперечная линия — финиш.
}
