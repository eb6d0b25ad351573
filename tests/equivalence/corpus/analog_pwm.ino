// analogRead → analogWrite on PWM pins of all three timers, and the reading over serial.
void setup() { Serial.begin(115200); pinMode(9, OUTPUT); pinMode(5, OUTPUT); pinMode(3, OUTPUT); }
void loop() {
  int v = analogRead(A0);
  analogWrite(9, v / 4);
  analogWrite(5, 255 - v / 4);
  analogWrite(3, (v / 8) + 10);
  Serial.println(v);
  delay(7);
}
