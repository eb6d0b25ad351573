#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  int value = analogRead(A0);
  int angle = map(value, 0, 1023, 0, 180);
  servo.write(angle);
  delay(15);
}
