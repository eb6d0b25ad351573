// attachInterrupt: INT0 (D2) counts falling edges, INT1 (D3) any change; the main loop reports.
volatile unsigned int falls = 0, changes = 0;
void onFall() { falls++; }
void onChange() { changes++; digitalWrite(13, digitalRead(3)); }
void setup() {
  Serial.begin(115200); pinMode(13, OUTPUT);
  pinMode(2, INPUT_PULLUP); pinMode(3, INPUT_PULLUP);
  attachInterrupt(digitalPinToInterrupt(2), onFall, FALLING);
  attachInterrupt(digitalPinToInterrupt(3), onChange, CHANGE);
}
void loop() {
  static unsigned int lastF = 0, lastC = 0;
  if (falls != lastF || changes != lastC) {
    lastF = falls; lastC = changes;
    Serial.print(lastF); Serial.print(' '); Serial.println(lastC);
  }
}
