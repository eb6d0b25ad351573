// pulseIn on D7: measures the high pulses a part produces; also reports timeouts.
void setup() { Serial.begin(115200); pinMode(7, INPUT); }
void loop() {
  unsigned long w = pulseIn(7, HIGH, 20000);
  Serial.println(w);
}
