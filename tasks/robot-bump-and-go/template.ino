// Робот с двумя бамперами (концевиками) спереди: левый на D2, правый на D3.
// Концевик замыкает вывод на GND: с INPUT_PULLUP нажатый читается как LOW.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int BUMPER_LEFT = 2, BUMPER_RIGHT = 3;

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
  // Настройте входы бамперов.
}

void loop() {
  // Едем вперёд; наткнулись — назад и отворачиваем.
}
