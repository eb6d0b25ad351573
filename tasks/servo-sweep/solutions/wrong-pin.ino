// The servo is wired to 9, but the sketch drives pin 10.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(10);
}

void loop() {
  for (int angle = 0; angle <= 180; angle++) {
    servo.write(angle);
    delay(15);
  }
  for (int angle = 180; angle >= 0; angle--) {
    servo.write(angle);
    delay(15);
  }
}
