// Mistake: two for loops with step 1 and delay(10) — 2.55 s each way, a 5.1 s cycle.
const int LED = 9;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  for (int b = 0; b <= 255; b++) {
    analogWrite(LED, b);
    delay(10);
  }
  for (int b = 255; b >= 0; b--) {
    analogWrite(LED, b);
    delay(10);
  }
}
