// E. Спринт по линии: следование по линии из курса, как есть.
// Ошибка: «оба на чёрном» считается «прямо» — финишную черту робот проезжает.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

// Торможение: IN1 = IN2 = HIGH при EN = HIGH.
void brake() {
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
}

const int BLACK = 500;
bool finished = false;

void loop() {
  if (finished) return;
  bool leftBlack = analogRead(SENSOR_LEFT) > BLACK;
  bool rightBlack = analogRead(SENSOR_RIGHT) > BLACK;
  if (leftBlack && !rightBlack) drive(-60, 220);
  else if (rightBlack && !leftBlack) drive(220, -60);
  else drive(200, 200);
}
