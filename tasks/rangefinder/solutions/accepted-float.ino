// Another right way: speed of sound 0.034 cm/µs, halved for the way back; prints e.g. 49.30.
const int TRIG = 9;
const int ECHO = 10;

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  Serial.begin(9600);
}

void loop() {
  digitalWrite(TRIG, LOW);
  delayMicroseconds(2);
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);

  unsigned long duration = pulseIn(ECHO, HIGH, 30000UL);
  if (duration == 0) {
    Serial.println("OUT");
  } else {
    float cm = duration * 0.034 / 2;
    Serial.println(cm);
  }
  delay(100);
}
