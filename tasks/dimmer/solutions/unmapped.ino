// Mistake: analogRead (0–1023) straight into analogWrite (0–255): the value wraps around,
// the LED brightens four times over one turn of the knob.
const int KNOB = A0;
const int LED = 6;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  analogWrite(LED, analogRead(KNOB));
  delay(10);
}
