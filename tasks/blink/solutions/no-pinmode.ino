// Forgot pinMode: digitalWrite only switches the internal pull-up on and off.
void setup() {
}

void loop() {
  digitalWrite(13, HIGH);
  delay(500);
  digitalWrite(13, LOW);
  delay(500);
}
