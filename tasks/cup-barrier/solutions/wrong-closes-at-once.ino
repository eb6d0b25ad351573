// C. Шлагбаум: открыт, пока машина рядом. Ошибка: нет ожидания 2 с — закрывается сразу.
#include <Servo.h>

const int TRIG = 11, ECHO = 12;
Servo barrier;

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
  barrier.write(distanceCm() < 20 ? 90 : 0);
  delay(60);
}
