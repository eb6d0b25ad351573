// Плоттер / Serial plotter: потенциометр на A0, фоторезистор на A1.
// Каждые 50 мс печатайте одну строку вида pot:512,light:300
// Every 50 ms print one line like pot:512,light:300

const int KNOB = A0;
const int LIGHT = A1;

void setup() {
  Serial.begin(9600);
}

void loop() {
  int pot = analogRead(KNOB);
  // прочитайте фоторезистор / read the photoresistor
  // Serial.print("pot:"); Serial.print(pot); ...

  delay(50);
}
