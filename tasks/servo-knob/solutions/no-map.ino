// No map at all: write() gets 0..1023; above 180 it is clamped, above 544 it is taken as microseconds.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  servo.write(analogRead(A0));
  delay(15);
}
