// A. Двоичный счётчик: нажатие (переход «отпущена → нажата», устойчивый 30 мс) прибавляет 1,
// Ошибка: бит i пишется на вывод 11 − i — младший бит оказался на D11.
const int BUTTON = 2;
const int FIRST_LED = 8;
const unsigned long DEBOUNCE_MS = 30;

int count = 0;
int stable = HIGH;         // устойчивое состояние кнопки
int lastRead = HIGH;
unsigned long changedAt = 0;

void show(int n) {
  for (int bit = 0; bit < 4; bit++) digitalWrite(FIRST_LED + 3 - bit, (n >> bit) & 1 ? HIGH : LOW);
}

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  for (int bit = 0; bit < 4; bit++) pinMode(FIRST_LED + bit, OUTPUT);
  show(0);
}

void loop() {
  int now = digitalRead(BUTTON);
  if (now != lastRead) {
    lastRead = now;
    changedAt = millis();
  }
  if (millis() - changedAt >= DEBOUNCE_MS && now != stable) {
    stable = now;
    if (stable == LOW) {
      count = (count + 1) % 16;
      show(count);
    }
  }
}
