// Looks right with a perfect button, but a bouncing contact makes several edges per press.
const int BUTTON = 2;
const int LED = 13;
int last = HIGH;
bool lit = false;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
}

void loop() {
  int now = digitalRead(BUTTON);
  if (last == HIGH && now == LOW) {
    lit = !lit;
    digitalWrite(LED, lit);
  }
  last = now;
}
