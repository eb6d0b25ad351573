// Бампер: едем вперёд; наткнулись — отъезжаем назад и отворачиваем от стенки.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int BUMPER_LEFT = 2, BUMPER_RIGHT = 3;  // концевики на GND: нажат — LOW

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
  pinMode(BUMPER_LEFT, INPUT_PULLUP);
  pinMode(BUMPER_RIGHT, INPUT_PULLUP);
}

void loop() {
  bool left = digitalRead(BUMPER_LEFT) == LOW;
  bool right = digitalRead(BUMPER_RIGHT) == LOW;
  if (left || right) {
    // ОШИБКА: не отъезжает назад, а сразу крутится у стенки.
    if (left && !right) drive(180, -180);  // стенка слева — поворачиваем направо
    else drive(-180, 180);                 // справа или прямо — налево
    delay(250);
  } else {
    drive(200, 200);
  }
}
