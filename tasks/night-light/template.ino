// Ночник / Night light: photoresistor on A0 (brighter → bigger analogRead), lamp LED on pin 8.
// Включить ниже 400, выключить выше 600 / on below 400, off above 600.

const int SENSOR = A0;
const int LAMP = 8;

void setup() {
  pinMode(LAMP, OUTPUT);
}

void loop() {
  int light = analogRead(SENSOR);
  // …
}
