// Сегменты a, b, c, d, e, f, g на выводах 2–8, общий катод: HIGH — сегмент горит.
const int SEG_PINS[7] = {2, 3, 4, 5, 6, 7, 8};

const byte DIGITS[10][7] = {
  //a  b  c  d  e  f  g
  {1, 1, 1, 1, 1, 1, 0},  // 0
  {0, 1, 1, 0, 0, 0, 0},  // 1
  {1, 1, 0, 1, 1, 0, 1},  // 2
  {1, 1, 1, 1, 0, 0, 1},  // 3
  {0, 1, 1, 0, 0, 1, 1},  // 4
  {1, 0, 1, 1, 0, 1, 1},  // 5
  {1, 0, 1, 1, 1, 1, 1},  // 6
  {1, 1, 1, 0, 0, 0, 0},  // 7
  {1, 1, 1, 1, 1, 1, 1},  // 8
  {1, 1, 1, 1, 0, 1, 1},  // 9
};

void showDigit(int n) {
  for (int s = 0; s < 7; s++) {
    digitalWrite(SEG_PINS[s], DIGITS[n][s] ? HIGH : LOW);
  }
}

void setup() {
  for (int s = 0; s < 7; s++) pinMode(SEG_PINS[s], OUTPUT);
}

void loop() {
  unsigned long seconds = millis() / 1000;  // считаем по millis(), чтобы не отставать
  showDigit(seconds % 10);
}
