void setup() {
  Serial.begin(9600);
}

void loop() {
  if (Serial.available() > 0) {
    String line = Serial.readStringUntil('\n');
    line.trim();  // the Serial Monitor may send "\r\n"
    Serial.println(line);
  }
}
