// «Траектория»: ПД-регулятор по разности двух датчиков и счёт перекрёстков.
// Финиш — пятая поперечная линия: на ней тормозим.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;

const int BASE = 170;      // скорость на прямой
const float KP = 0.30;     // П: насколько сильно поворачивать на ошибку
const float KD = 2.5;      // Д: гасит раскачку
const int CROSSINGS_TO_FINISH = 5;

int lastError = 0;
int crossings = 0;
unsigned long lastCrossing = 0;
bool finished = false;

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

void brake() {
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
}

void loop() {
  if (finished) return;
  int left = analogRead(SENSOR_LEFT);
  int right = analogRead(SENSOR_RIGHT);
  if (left > 600 && right > 600 && millis() - lastCrossing > 400) {
    // Оба датчика на чёрном — поперечная линия (перекрёсток); её проезжаем прямо.
    crossings++;
    lastCrossing = millis();
    if (crossings >= CROSSINGS_TO_FINISH) {
      brake();
      finished = true;
      return;
    }
  }
  int error = left - right;  // > 0: линия под левым датчиком, надо левее
  // ОШИБКА: производная взята с обратным знаком — Д не гасит, а раскачивает робота.
  int correction = KP * error + KD * (lastError - error);
  lastError = error;
  drive(BASE - correction, BASE + correction);
  delay(5);
}
