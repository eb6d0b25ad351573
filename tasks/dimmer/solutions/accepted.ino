const int KNOB = A0;
const int LED = 6;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  int value = analogRead(KNOB);                  // 0–1023
  int brightness = map(value, 0, 1023, 0, 255);  // 0–255
  analogWrite(LED, brightness);
  delay(10);
}
