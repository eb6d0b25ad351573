// The whole SOS is in setup(): it is sent once, then loop() does nothing.
const int LED = 13;

void flash(int ms) {
  digitalWrite(LED, HIGH);
  delay(ms);
  digitalWrite(LED, LOW);
  delay(200);
}

void setup() {
  pinMode(LED, OUTPUT);
  flash(200); flash(200); flash(200);
  delay(400);
  flash(600); flash(600); flash(600);
  delay(400);
  flash(200); flash(200); flash(200);
  delay(1200);
}

void loop() {
}
