// Сервопривод / Servo sweep: servo signal on pin 9.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  // 0° → 180° → 0°, шаг 1° каждые 15 мс / 1° every 15 ms
}
