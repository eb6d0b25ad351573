// Движение по командам: конечный автомат, команда хранится в state.
const int L_EN = 6, L_IN1 = 4, L_IN2 = 11;  // перепутаны стороны
const int R_EN = 5, R_IN1 = 7, R_IN2 = 8;

const int SPEED = 180;
char state = 'S';

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

void forward()   { drive(SPEED, SPEED); }
void backward()  { drive(-SPEED, -SPEED); }
void turnLeft()  { drive(-SPEED, SPEED); }
void turnRight() { drive(SPEED, -SPEED); }
void stopRobot() {
  // IN1 = IN2 = HIGH при включённом EN — тормоз.
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
  Serial.begin(9600);
  stopRobot();
}

void loop() {
  if (Serial.available() > 0) {
    char c = Serial.read();
    if (c == 'F' || c == 'B' || c == 'L' || c == 'R' || c == 'S') state = c;
  }
  switch (state) {
    case 'F': forward(); break;
    case 'B': backward(); break;
    case 'L': turnLeft(); break;
    case 'R': turnRight(); break;
    default: stopRobot(); break;
  }
}
