const int LED = 13;
const int DOT = 200;

void setup() {
  pinMode(LED, OUTPUT);
}

// One sign: the LED on for `len` ms, then off for one dot (the gap inside a letter).
void sign(int len) {
  digitalWrite(LED, HIGH);
  delay(len);
  digitalWrite(LED, LOW);
  delay(DOT);
}

void dot() { sign(DOT); }
void dash() { sign(3 * DOT); }

void loop() {
  dot(); dot(); dot();
  delay(2 * DOT);       // letter gap: 3 dots, one already waited
  dash(); dash(); dash();
  delay(2 * DOT);
  dot(); dot(); dot();
  delay(6 * DOT);       // word gap: 7 dots, one already waited
}
