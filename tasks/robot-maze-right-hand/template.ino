// Лабиринт: четыре дальномера HC-SR04 — вперёд, справа спереди, справа сзади, слева.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int FRONT_TRIG = 12, FRONT_ECHO = 13;
const int RF_TRIG = 9, RF_ECHO = 10;     // справа спереди
const int RB_TRIG = A3, RB_ECHO = A2;    // справа сзади
const int LEFT_TRIG = 2, LEFT_ECHO = 3;

const int BASE = 140;
const int CELL_MS = 960;      // столько едет одна клетка (30 см)
const int TURN_MS = 300;      // поворот на месте примерно на 90°
const long SIDE_US = 530;     // эхо до правой стенки, когда робот посередине (≈ 9 см)
const long WALL_US = 15 * 58; // ближе 15 см — стенка есть
const int FRONT_CENTER_CM = 8;

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

void brake(int ms) {
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
  delay(ms);
}

// Каждый HC-SR04 можно запускать не чаще раза в 60 мс, иначе он промолчит.
unsigned long lastPing[4];
long echoUs(int which, int trig, int echo) {
  while (millis() - lastPing[which] < 65) {}
  lastPing[which] = millis();
  digitalWrite(trig, HIGH);
  delayMicroseconds(10);
  digitalWrite(trig, LOW);
  long us = pulseIn(echo, HIGH, 25000);
  return us == 0 ? 99999 : us;  // нет эха — далеко
}
int front() { return echoUs(0, FRONT_TRIG, FRONT_ECHO) / 58; }
long rightFront() { return echoUs(1, RF_TRIG, RF_ECHO); }
long rightBack() { return echoUs(2, RB_TRIG, RB_ECHO); }
int left() { return echoUs(3, LEFT_TRIG, LEFT_ECHO) / 58; }

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, FRONT_TRIG, RF_TRIG, RB_TRIG, LEFT_TRIG};
  for (int i = 0; i < 10; i++) pinMode(pins[i], OUTPUT);
  pinMode(FRONT_ECHO, INPUT);
  pinMode(RF_ECHO, INPUT);
  pinMode(RB_ECHO, INPUT);
  pinMode(LEFT_ECHO, INPUT);
}

void loop() {
  // Правило правой руки: справа свободно — направо; иначе вперёд; иначе налево.
}
