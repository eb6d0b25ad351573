// "A dash is longer than a dot" — but it must be three dots long, not two.
const int LED = 13;

void setup() {
  pinMode(LED, OUTPUT);
}

void dot() {
  digitalWrite(LED, HIGH);
  delay(200);
  digitalWrite(LED, LOW);
  delay(200);
}

void dash() {
  digitalWrite(LED, HIGH);
  delay(400);
  digitalWrite(LED, LOW);
  delay(200);
}

void loop() {
  dot(); dot(); dot();
  delay(400);
  dash(); dash(); dash();
  delay(400);
  dot(); dot(); dot();
  delay(1200);
}
