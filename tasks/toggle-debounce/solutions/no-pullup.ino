// INPUT instead of INPUT_PULLUP: with the button to GND nothing pulls the pin up.
const int BUTTON = 2;
const int LED = 13;
const unsigned long DEBOUNCE_MS = 30;

int stable = HIGH;
int lastReading = HIGH;
unsigned long changedAt = 0;
bool lit = false;

void setup() {
  pinMode(BUTTON, INPUT);
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
