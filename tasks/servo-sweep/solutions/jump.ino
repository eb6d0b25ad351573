// The servo gets only the two end angles: it jumps instead of sweeping.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  servo.write(0);
  delay(1500);
  servo.write(180);
  delay(1500);
}
