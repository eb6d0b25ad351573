#include "TechnolabRobot.h"

Motor::Motor(uint8_t enablePin, uint8_t in1Pin, uint8_t in2Pin)
    : en(enablePin), in1(in1Pin), in2(in2Pin), current(0), started(false) {}

void Motor::begin() {
  pinMode(en, OUTPUT);
  pinMode(in1, OUTPUT);
  pinMode(in2, OUTPUT);
  started = true;
}

void Motor::run(int speed) {
  if (!started) begin();
  speed = constrain(speed, -255, 255);
  current = speed;
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, speed < 0 ? -speed : speed);
}

void Motor::brake() {
  if (!started) begin();
  current = 0;
  digitalWrite(in1, LOW);
  digitalWrite(in2, LOW);
  digitalWrite(en, HIGH);
}

void Motor::coast() {
  if (!started) begin();
  current = 0;
  digitalWrite(en, LOW);
}

Sonar::Sonar(uint8_t trigPin, uint8_t echoPin, unsigned int max)
    : trig(trigPin), echo(echoPin), maxCm(max), lastPing(0), started(false) {}

void Sonar::begin() {
  pinMode(trig, OUTPUT);
  pinMode(echo, INPUT);
  digitalWrite(trig, LOW);
  started = true;
}

unsigned int Sonar::readCm() {
  if (!started) begin();
  unsigned long since = millis() - lastPing;
  if (lastPing != 0 && since < 60) delay(60 - since);
  lastPing = millis();
  if (lastPing == 0) lastPing = 1;
  digitalWrite(trig, LOW);
  delayMicroseconds(2);
  digitalWrite(trig, HIGH);
  delayMicroseconds(10);
  digitalWrite(trig, LOW);
  // 58 µs per centimetre there and back; wait a little longer than the farthest echo.
  unsigned long us = pulseIn(echo, HIGH, (unsigned long)maxCm * 58UL + 2000UL);
  if (us == 0) return 0;
  unsigned int cm = (us + 29) / 58;
  return cm > maxCm ? 0 : cm;
}
