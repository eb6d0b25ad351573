// C. Шлагбаум. HC-SR04: TRIG — D11, ECHO — D12. Сервопривод шлагбаума — D9:
// 0° — закрыт, 90° — открыт.
#include <Servo.h>

const int TRIG = 11, ECHO = 12;
Servo barrier;

// Расстояние в сантиметрах; 999 — эха нет. Мерить не чаще раза в 60 мс.
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
}
