// No pause between measurements: the sensor ignores a trigger sooner than 60 ms after the last one,
// so every other measurement gets no echo and prints OUT.
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

  long duration = pulseIn(ECHO, HIGH, 30000);
  if (duration == 0) {
    Serial.println("OUT");
  } else {
    Serial.println(duration / 58);
  }
}
