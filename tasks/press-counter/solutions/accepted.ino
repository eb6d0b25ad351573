const int BUTTON = 2;
const unsigned long DEBOUNCE_MS = 30;

int count = 0;
int stable = HIGH;        // debounced level
int lastReading = HIGH;   // raw level at the previous loop
unsigned long changedAt = 0;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  Serial.begin(9600);
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
      count++;
      Serial.println(count);
    }
  }
}
