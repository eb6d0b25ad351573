const int BUTTON = 2;
const int LED = 13;

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  pinMode(LED, OUTPUT);
  Serial.begin(9600);
}

void loop() {
  delay(random(1000, 3001));  // the board is deaf to the button here
  digitalWrite(LED, HIGH);
  unsigned long start = millis();
  while (digitalRead(BUTTON) == HIGH) {
  }
  Serial.println(millis() - start);
  digitalWrite(LED, LOW);
  while (digitalRead(BUTTON) == LOW) {
  }
}
