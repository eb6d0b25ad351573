// A. Двоичный счётчик без защиты от дребезга: каждый переход HIGH → LOW считается нажатием.
const int BUTTON = 2;
const int FIRST_LED = 8;

int count = 0;
int last = HIGH;

void show(int n) {
  for (int bit = 0; bit < 4; bit++) digitalWrite(FIRST_LED + bit, (n >> bit) & 1 ? HIGH : LOW);
}

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  for (int bit = 0; bit < 4; bit++) pinMode(FIRST_LED + bit, OUTPUT);
  show(0);
}

void loop() {
  int now = digitalRead(BUTTON);
  if (last == HIGH && now == LOW) {
    count = (count + 1) % 16;
    show(count);
  }
  last = now;
}
