const int ENA = 9;
const int IN1 = 7;
const int IN2 = 8;

void setup() {
  pinMode(ENA, OUTPUT);
  pinMode(IN1, OUTPUT);
  pinMode(IN2, OUTPUT);
}

void loop() {
  // вперёд
  digitalWrite(IN1, HIGH);
  digitalWrite(IN2, LOW);
  digitalWrite(ENA, 255);
  delay(2000);
  // стоп
  digitalWrite(ENA, 0);
  delay(1000);
  // назад на половине скорости
  digitalWrite(IN1, LOW);
  digitalWrite(IN2, HIGH);
  digitalWrite(ENA, 128);
  delay(2000);
  digitalWrite(ENA, 0);
  delay(1000);
}
