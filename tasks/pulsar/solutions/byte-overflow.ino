// Mistake: only counts up in a byte; after 255 it overflows to 4 and the LED snaps dark.
const int LED = 9;

byte brightness = 0;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  analogWrite(LED, brightness);
  brightness = brightness + 5;
  delay(20);
}
