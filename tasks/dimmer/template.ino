// Светильник с регулятором / Dimmer: potentiometer on A0, LED on pin 6 (~ PWM).

const int KNOB = A0;
const int LED = 6;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  // analogRead(KNOB) даёт 0–1023, analogWrite(LED, …) ждёт 0–255 / reads 0–1023, writes 0–255
}
