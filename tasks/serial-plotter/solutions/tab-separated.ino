const int KNOB = A0;
const int LIGHT = A1;

void setup() {
  Serial.begin(9600);
}

void loop() {
  Serial.print(analogRead(KNOB));
  Serial.print('\t');
  Serial.println(analogRead(LIGHT));
  delay(50);
}
