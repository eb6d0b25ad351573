// C. Шлагбаум: машины нет — ждём 2 с и закрываем.
// Ошибка: пока идёт delay(2000), дальномер не смотрит — вернувшуюся машину не видно.
#include <Servo.h>

const int TRIG = 11, ECHO = 12;
Servo barrier;
bool open = false;

int distanceCm() {
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long us = pulseIn(ECHO, HIGH, 30000);
  return us == 0 ? 999 : us / 58;
}

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  barrier.attach(9);
  barrier.write(0);
}

void loop() {
  if (distanceCm() < 20) {
    barrier.write(90);
    open = true;
  } else if (open) {
    delay(2000);
    barrier.write(0);
    open = false;
  }
  delay(60);
}
