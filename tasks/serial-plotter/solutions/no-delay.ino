const int KNOB = A0;
const int LIGHT = A1;

void setup() {
  Serial.begin(9600);
}

void loop() {
  Serial.print("pot:");
  Serial.print(analogRead(KNOB));
  Serial.print(",light:");
  Serial.println(analogRead(LIGHT));
}
