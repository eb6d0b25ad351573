const int BUTTON = 2;
const int LED = 13;
const unsigned long DEBOUNCE_MS = 30;

int stable = HIGH;        // debounced button level
int lastReading = HIGH;   // raw level at the previous loop
unsigned long changedAt = 0;
bool lit = false;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
}

void loop() {
  int reading = digitalRead(BUTTON);
  if (reading != lastReading) {
    changedAt = millis();
    lastReading = reading;
  }
  if (millis() - changedAt > DEBOUNCE_MS && reading != stable) {
    stable = reading;
    if (stable == LOW) {
      lit = !lit;
      digitalWrite(LED, lit ? HIGH : LOW);
    }
  }
}
