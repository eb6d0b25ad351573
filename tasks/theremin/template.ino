// Терменвокс / Theremin: photoresistor on A0, buzzer on pin 8.

const int SENSOR = A0;
const int BUZZER = 8;

void setup() {
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  // analogRead(SENSOR) даёт 0–1023; частота должна быть 200–2000 Гц / reads 0–1023, pitch 200–2000 Hz
}
