// Вдоль стены.
// Дальномер HC-SR04 смотрит ВПРАВО, на стену: TRIG — D12, ECHO — D13.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int TRIG = 12, ECHO = 13;

const int TARGET_CM = 15;  // нужное расстояние до стены
const int BASE = 170;      // скорость по прямой

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

// Расстояние до стены в сантиметрах; 999 — эха нет.
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
}

void loop() {
  // «Релейный» регулятор: далеко — резко вправо, близко — резко влево.
  int d = distanceCm();
  if (d > TARGET_CM) drive(BASE + 80, BASE - 120);
  else drive(BASE - 120, BASE + 80);
  delay(60);  // дальномер мерит не чаще раза в 60 мс
}
