// Waits for the clock of every shape the fast engine's clock-wait skip proves (docs/fast-engine.md):
// delay(), a micros() deadline, a signed millis() deadline, a wait that also watches a pin, a
// TCNT0 poll with 8-bit wrap-around arithmetic, a wait with Timer1 interrupts disabled, and the
// busy delayMicroseconds() between them (no clock read: stepped as usual).
volatile uint8_t seen;

void setup() {
  Serial.begin(115200);
  pinMode(13, OUTPUT);
  pinMode(4, INPUT_PULLUP);
}

void loop() {
  static uint8_t round;
  digitalWrite(13, HIGH);
  delay(3);

  unsigned long t = micros();
  while (micros() - t < 700) {}
  digitalWrite(13, LOW);

  unsigned long deadline = millis() + 2;
  while ((long)(millis() - deadline) < 0) {}

  // Ends early while D4 is held low.
  unsigned long t2 = millis();
  while (millis() - t2 < 5 && digitalRead(4)) {}
  seen = digitalRead(4);

  uint8_t c0 = TCNT0;
  while ((uint8_t)(TCNT0 - c0) < 100) {}

  noInterrupts();
  uint8_t c1 = TCNT0;
  while ((uint8_t)(TCNT0 - c1) < 200) {}
  interrupts();

  delayMicroseconds(100);
  Serial.print(round++);
  Serial.print(seen);
  Serial.println(micros() & 0xff);
}
