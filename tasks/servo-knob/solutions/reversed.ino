// The output range is swapped: the servo turns the opposite way to the knob.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  int value = analogRead(A0);
  int angle = map(value, 0, 1023, 180, 0);
  servo.write(angle);
  delay(15);
}
