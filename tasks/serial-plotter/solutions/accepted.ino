const int KNOB = A0;
const int LIGHT = A1;

void setup() {
  Serial.begin(9600);
}

void loop() {
  int pot = analogRead(KNOB);
  int light = analogRead(LIGHT);
  Serial.print("pot:");
  Serial.print(pot);
  Serial.print(",light:");
  Serial.println(light);
  delay(50);
}
