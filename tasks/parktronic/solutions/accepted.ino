const int TRIG = 9;
const int ECHO = 10;
const int BUZZER = 8;

long measureCm() {
  digitalWrite(TRIG, LOW);
  delayMicroseconds(2);
  digitalWrite(TRIG, HIGH);
  delayMicroseconds(10);
  digitalWrite(TRIG, LOW);
  long duration = pulseIn(ECHO, HIGH, 30000);  // 0: no echo
  if (duration == 0) return 999;
  return duration / 58;
}

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  pinMode(BUZZER, OUTPUT);
}

void loop() {
  long cm = measureCm();
  if (cm > 100) {
    noTone(BUZZER);          // далеко — тишина
    delay(100);
  } else if (cm <= 10) {
    tone(BUZZER, 1000);      // совсем близко — сплошной писк
    delay(70);
  } else {
    tone(BUZZER, 1000, 50);  // короткий писк
    delay(cm * 10);          // пауза тем короче, чем ближе
  }
}
