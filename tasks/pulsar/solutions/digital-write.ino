// Mistake: digitalWrite instead of analogWrite — any brightness above 0 is just HIGH
// (what analogWrite does on a pin without ~, too).
const int LED = 9;

int brightness = 0;
int fadeAmount = 5;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  digitalWrite(LED, brightness);
  brightness = brightness + fadeAmount;
  if (brightness <= 0 || brightness >= 255) {
    fadeAmount = -fadeAmount;
  }
  delay(20);
}
