// Квадрат по времени: 4 стороны по 50 см, поворачиваем налево.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор

const int SPEED = 150;
const int SIDE_MS = 1400;  // столько едет сторона 50 см на скорости 150
const int TURN_MS = 290;   // столько длится поворот на 90°

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
  // IN1 = IN2 при включённом EN — мотор тормозит, а не катится по инерции.
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
}

void loop() {
  // ОШИБКА: квадрат в loop() повторяется без конца, робот не останавливается.
  for (int side = 0; side < 4; side++) {
    drive(SPEED, SPEED);
    delay(SIDE_MS);
    brake();
    delay(300);
    drive(-SPEED, SPEED);  // левое колесо назад, правое вперёд: поворот налево
    delay(TURN_MS);
    brake();
    delay(300);
  }
}
