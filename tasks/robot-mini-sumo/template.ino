// Мини-сумо. Ринг чёрный, кайма по краю белая.
// Датчики линии смотрят вниз (A0 — левый, A1 — правый): белое ≈ 100, чёрное ≈ 900.
// Ультразвуковой дальномер HC-SR04 смотрит вперёд: TRIG — D12, ECHO — D13 (мерить не чаще раза в 60 мс).
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int TRIG = 12, ECHO = 13;

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

// Расстояние в сантиметрах; 999 — эха нет (ничего впереди).
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
  // По правилам: 5 секунд после старта робот стоит.
}

void loop() {
  // Белая кайма под датчиком — назад и развернуться.
  // Соперник впереди — в атаку. Никого не видно — крутиться на месте и искать.
}
