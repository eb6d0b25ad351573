// Every letter ends with the same 600 ms pause — the gap between words is forgotten.
const int LED = 13;

void setup() {
  pinMode(LED, OUTPUT);
}

void blinkFor(int ms) {
  digitalWrite(LED, HIGH);
  delay(ms);
  digitalWrite(LED, LOW);
  delay(200);
}

void letterS() {
  for (int i = 0; i < 3; i++) blinkFor(200);
  delay(400);
}

void letterO() {
  for (int i = 0; i < 3; i++) blinkFor(600);
  delay(400);
}

void loop() {
  letterS();
  letterO();
  letterS();
}
