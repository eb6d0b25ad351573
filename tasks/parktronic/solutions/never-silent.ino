const int TRIG = 9;
const int ECHO = 10;
const int BUZZER = 8;

long measureCm() {
  digitalWrite(TRIG, LOW);
  delayMicroseconds(2);
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long duration = pulseIn(ECHO, HIGH);
  return duration / 58;
}

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  long cm = measureCm();
  if (cm <= 10) {
    tone(BUZZER, 1000);
    delay(70);
  } else {
    tone(BUZZER, 1000, 50);
    delay(cm * 10);
  }
}
