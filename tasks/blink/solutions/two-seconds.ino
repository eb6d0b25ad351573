// "1 Hz means one second" — but on for 1 s and off for 1 s is one blink every 2 s.
void setup() {
  pinMode(13, OUTPUT);
}

void loop() {
  digitalWrite(13, HIGH);
  delay(1000);
  digitalWrite(13, LOW);
  delay(1000);
}
