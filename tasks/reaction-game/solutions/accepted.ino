const int BUTTON = 2;
const int LED = 13;

unsigned long waitStart = 0;  // when the wait began
unsigned long waitMs = 0;     // how long to wait this round
unsigned long litAt = 0;      // when the LED lit up
bool lit = false;
int lastButton = HIGH;

void newRound() {
  digitalWrite(LED, LOW);
  lit = false;
  waitStart = millis();
  waitMs = random(1000, 3001);
}

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
  Serial.begin(9600);
  randomSeed(analogRead(A5));
  newRound();
}

void loop() {
  unsigned long now = millis();
  int button = digitalRead(BUTTON);
  bool pressed = (lastButton == HIGH && button == LOW);
  lastButton = button;

  if (!lit) {
    if (pressed) {
      Serial.println("EARLY");
      newRound();
    } else if (now - waitStart >= waitMs) {
      digitalWrite(LED, HIGH);
      lit = true;
      litAt = now;
    }
  } else if (pressed) {
    Serial.println(now - litAt);
    newRound();
  }
}
