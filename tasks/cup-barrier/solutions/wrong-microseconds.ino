// C. Шлагбаум, но «расстояние» — длительность эха в микросекундах: 10 см — это 580 мкс,
// и сравнение с 20 никогда не выполняется.
#include <Servo.h>

const int TRIG = 11, ECHO = 12;
const int NEAR_CM = 20;
const unsigned long HOLD_MS = 2000;
Servo barrier;
bool open = false;
unsigned long seenAt = 0;

int distanceCm() {
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long us = pulseIn(ECHO, HIGH, 30000);
  return us == 0 ? 30000 : us;  // ошибка: это микросекунды эха, а не сантиметры
}

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  barrier.attach(9);
  barrier.write(0);
}

void loop() {
  if (distanceCm() < NEAR_CM) {
    seenAt = millis();
    if (!open) {
      barrier.write(90);
      open = true;
    }
  } else if (open && millis() - seenAt >= HOLD_MS) {
    barrier.write(0);
    open = false;
  }
  delay(60);  // HC-SR04: не чаще раза в 60 мс
}
