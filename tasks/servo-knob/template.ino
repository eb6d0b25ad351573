// Ручка-руль / Servo knob: potentiometer on A0, servo signal on pin 9.
#include <Servo.h>

Servo servo;

void setup() {
  servo.attach(9);
}

void loop() {
  int value = analogRead(A0);   // 0..1023
  // Переведите value в угол 0..180 и поверните сервопривод
  // Turn value into an angle 0..180 and turn the servo
  delay(15);
}
