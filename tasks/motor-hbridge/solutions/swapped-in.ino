const int ENA = 9;
const int IN1 = 8;
const int IN2 = 7;

void drive(bool forward, int speed) {
  digitalWrite(IN1, forward ? HIGH : LOW);
  digitalWrite(IN2, forward ? LOW : HIGH);
  analogWrite(ENA, speed);
}

void stopMotor() {
  digitalWrite(IN1, LOW);
  digitalWrite(IN2, LOW);
  analogWrite(ENA, 0);
}

void setup() {
  pinMode(ENA, OUTPUT);
  pinMode(IN1, OUTPUT);
  pinMode(IN2, OUTPUT);
}

void loop() {
  drive(true, 255);
  delay(2000);
  stopMotor();
  delay(1000);
  drive(false, 128);
  delay(2000);
  stopMotor();
  delay(1000);
}
