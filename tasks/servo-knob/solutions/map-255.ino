// Wrong input range: analogRead gives 0..1023, not 0..255, so past a quarter turn the
// angle goes over 180 (and over 544 write() takes it as microseconds).
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  int value = analogRead(A0);
  int angle = map(value, 0, 255, 0, 180);
  servo.write(angle);
  delay(15);
}
