// Парктроник / Parking sensor: HC-SR04 (TRIG 9, ECHO 10), buzzer on pin 8.

const int TRIG = 9;
const int ECHO = 10;
const int BUZZER = 8;

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
}

void loop() {
  // 1. Измерьте расстояние в см / measure the distance in cm (pulseIn(ECHO, HIGH, 30000) / 58)
  // 2. > 100 см — тишина, ≤ 10 см — сплошной писк, иначе писк 50 мс и пауза cm * 10 мс
}
