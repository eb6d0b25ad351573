// Пульсар / Pulsar: the LED on pin 9 (~ PWM) fades in for 1 s, then fades out for 1 s, forever.

const int LED = 9;

void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  // analogWrite(LED, яркость / brightness 0–255);
}
