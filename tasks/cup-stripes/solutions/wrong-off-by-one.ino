// D. Стоп на N-й полосе: считаем переходы на чёрное правильно,
// но останавливаемся при count > N — на одну полосу дальше, чем нужно.
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8;   // левый мотор
const int R_EN = 6, R_IN1 = 4, R_IN2 = 11;  // правый мотор
const int SENSOR_LEFT = A0, SENSOR_RIGHT = A1;

void motor(int en, int in1, int in2, int speed) {
  digitalWrite(in1, speed > 0 ? HIGH : LOW);
  digitalWrite(in2, speed < 0 ? HIGH : LOW);
  analogWrite(en, abs(speed));
}

void drive(int left, int right) {
  motor(L_EN, L_IN1, L_IN2, left);
  motor(R_EN, R_IN1, R_IN2, right);
}

// Торможение: IN1 = IN2 = HIGH при EN = HIGH — колёса стоят, робот не катится по инерции.
void brake() {
  digitalWrite(L_IN1, HIGH); digitalWrite(L_IN2, HIGH); digitalWrite(L_EN, HIGH);
  digitalWrite(R_IN1, HIGH); digitalWrite(R_IN2, HIGH); digitalWrite(R_EN, HIGH);
}

void setup() {
  int pins[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2};
  for (int i = 0; i < 6; i++) pinMode(pins[i], OUTPUT);
  Serial.begin(9600);
}

int target = 0;      // N, пока 0 — номер ещё не пришёл
int count = 0;
bool onBlack = false;

bool seesBlack() {
  int l = analogRead(SENSOR_LEFT), r = analogRead(SENSOR_RIGHT);
  if (onBlack) return l > 400 || r > 400;  // уже на полосе: сошли, когда оба белые
  return l > 600 || r > 600;
}

void loop() {
  if (target == 0) {
    if (Serial.available() > 0) {
      char c = Serial.read();
      if (c >= '1' && c <= '5') target = c - '0';
    }
    return;
  }
  if (count > target) return;
  bool black = seesBlack();
  if (black && !onBlack) {
    count++;
    if (count > target) {  // ошибка: «больше N» вместо «равно N» — на полосу дальше
      brake();
      return;
    }
  }
  onBlack = black;
  drive(count == target ? 120 : 160, count == target ? 120 : 160);
}
