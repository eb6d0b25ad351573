// По линии на двух датчиках: датчики стоят по бокам линии и видят белое,
// пока робот едет ровно. Чёрное под левым датчиком — линия ушла влево.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int BLACK = 500;  // больше — чёрное (белое ≈ 100, чёрное ≈ 900)

void motor(int en, int in1, int in2, int speed) {
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
  bool leftBlack = analogRead(SENSOR_LEFT) > BLACK;
  bool rightBlack = analogRead(SENSOR_RIGHT) > BLACK;
  // ОШИБКА: поправка слишком слабая — на повороте робот не успевает за линией.
  if (leftBlack && !rightBlack) drive(150, 200);
  else if (rightBlack && !leftBlack) drive(200, 150);
  else drive(200, 200);
}
