// Калибровка датчика линии / Line sensor calibration: AO датчика — к A0, Serial 9600.
// 3 с после включения: читайте датчик, запоминайте минимум (белое) и максимум (чёрное).
// Затем напечатайте порог = (минимум + максимум) / 2, а дальше каждые ~200 мс — B или W.
// For 3 s after power-on: read the sensor, keep the minimum (white) and maximum (black).
// Then print the threshold = (min + max) / 2, and after that every ~200 ms — B or W.

const int SENSOR = A0;
int threshold;

void setup() {
  Serial.begin(9600);
  int minV = 1023;
  int maxV = 0;
  while (millis() < 3000) {
    int raw = analogRead(SENSOR);
    // Ваш код / your code
    delay(5);
  }
  // threshold = ...
  // Serial.println(threshold);
}

void loop() {
  // B — чёрное (raw > threshold), W — белое / B — black (raw > threshold), W — white
  delay(200);
}
