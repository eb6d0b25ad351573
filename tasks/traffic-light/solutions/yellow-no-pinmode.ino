// Forgot pinMode for the yellow LED: it only gets the weak pull-up.
const int RED = 12;
const int YELLOW = 11;
const int GREEN = 10;

void lights(int red, int yellow, int green) {
  digitalWrite(RED, red);
  digitalWrite(YELLOW, yellow);
  digitalWrite(GREEN, green);
}

void setup() {
  pinMode(RED, OUTPUT);
  pinMode(GREEN, OUTPUT);
}

void loop() {
  lights(HIGH, LOW, LOW);
  delay(4000);
  lights(HIGH, HIGH, LOW);
  delay(1000);
  lights(LOW, LOW, HIGH);
  delay(4000);
  for (int i = 0; i < 3; i++) {
    digitalWrite(GREEN, LOW);
    delay(500);
    digitalWrite(GREEN, HIGH);
    delay(500);
  }
  lights(LOW, HIGH, LOW);
  delay(1000);
}
