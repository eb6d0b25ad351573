// Не выезжай из круга: едем вперёд; датчик увидел кайму — сначала назад,
// потом поворот на месте в сторону от каймы, потом снова вперёд.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;
const int BLACK = 500;  // белое ≈ 100, чёрное ≈ 900

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
  bool left = analogRead(SENSOR_LEFT) > BLACK;
  bool right = analogRead(SENSOR_RIGHT) > BLACK;
  if (left || right) {
    drive(-200, -200);  // назад, подальше от каймы
    delay(350);
    if (left && !right) drive(180, -180);  // кайма слева — поворачиваем направо
    else drive(-180, 180);                 // справа или прямо — налево
    delay(250 + random(300));              // разный угол, чтобы объехать весь круг
  } else {
    drive(180, 180);
  }
}
