// A millis() state machine: three LEDs blink at unrelated periods; a button (D4, pull-up) pauses one.
unsigned long t1, t2, t3;
bool s1, s2, s3;
void setup() { pinMode(11, OUTPUT); pinMode(12, OUTPUT); pinMode(13, OUTPUT); pinMode(4, INPUT_PULLUP); }
void loop() {
  unsigned long now = millis();
  if (now - t1 >= 37) { t1 = now; s1 = !s1; digitalWrite(11, s1); }
  if (now - t2 >= 101) { t2 = now; s2 = !s2; digitalWrite(12, s2); }
  if (digitalRead(4) == HIGH && now - t3 >= 250) { t3 = now; s3 = !s3; digitalWrite(13, s3); }
}
