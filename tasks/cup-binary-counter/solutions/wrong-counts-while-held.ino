// A. Двоичный счётчик: «если кнопка нажата — прибавить» с задержкой от дребезга.
// Ошибка: проверяется уровень, а не переход — пока кнопку держат, счёт растёт каждые 200 мс.
const int BUTTON = 2;
const int FIRST_LED = 8;

int count = 0;

void show(int n) {
  for (int bit = 0; bit < 4; bit++) digitalWrite(FIRST_LED + bit, (n >> bit) & 1 ? HIGH : LOW);
}

void setup() {
  pinMode(BUTTON, INPUT_PULLUP);
  for (int bit = 0; bit < 4; bit++) pinMode(FIRST_LED + bit, OUTPUT);
  show(0);
}

void loop() {
  if (digitalRead(BUTTON) == LOW) {
    count = (count + 1) % 16;
    show(count);
    delay(200);
  }
}
