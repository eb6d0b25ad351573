const int BUTTON = 2;
const int LED = 13;

unsigned long waitStart = 0;
unsigned long waitMs = 0;
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
  newRound();
}

void loop() {
  int button = digitalRead(BUTTON);
  bool pressed = (lastButton == HIGH && button == LOW);
  lastButton = button;

  if (!lit) {
    if (pressed) {
      Serial.println("EARLY");
      newRound();
    } else if (millis() - waitStart >= waitMs) {
      digitalWrite(LED, HIGH);
      lit = true;
    }
  } else if (pressed) {
    Serial.println(millis());  // time since power-on, not since the flash
    newRound();
  }
}
