// Toggles whenever the button reads LOW: while it is held, the LED keeps flipping.
const int BUTTON = 2;
const int LED = 13;
bool lit = false;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
}

void loop() {
  if (digitalRead(BUTTON) == LOW) {
    lit = !lit;
    digitalWrite(LED, lit);
    delay(300);
  }
}
