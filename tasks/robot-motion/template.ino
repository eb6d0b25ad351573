// Робот: два мотора через драйвер L298N. Команды приходят по Serial (9600 бод).
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор: EN (ШИМ), IN1, IN2
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор

const int SPEED = 180;
char state = 'S';  // что робот делает сейчас: F, B, L, R или S

// speed от -255 (полный назад) до 255 (полный вперёд)
void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

// Допишите: forward(), backward(), turnLeft(), turnRight(), stopRobot()

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
  Serial.begin(9600);
}

void loop() {
  // 1. Если пришёл символ — запомните новую команду в state (лишние символы пропускайте).
  // 2. Выполните то, что записано в state. Никаких долгих delay()!
}
