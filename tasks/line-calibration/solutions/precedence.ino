const int SENSOR = A0;
int threshold;

void setup() {
  Serial.begin(9600);
  int minV = 1023;
  int maxV = 0;
  while (millis() < 3000) {
    int raw = analogRead(SENSOR);
    if (raw < minV) minV = raw;
    if (raw > maxV) maxV = raw;
    delay(5);
  }
  threshold = minV + maxV / 2;
  Serial.println(threshold);
}

void loop() {
  int raw = analogRead(SENSOR);
  if (raw > threshold) {
    Serial.println("B");
  } else {
    Serial.println("W");
  }
  delay(200);
}
