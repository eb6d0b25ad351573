// 74HC595: DS — D11, SH_CP — D12, ST_CP — D8; Q0…Q6 = сегменты a…g (общий катод).
const int DATA_PIN = 11;
const int CLOCK_PIN = 12;
const int LATCH_PIN = 8;
const int BUTTON_PIN = 2;

// Бит 0 — сегмент a, бит 1 — b, … бит 6 — g.
const byte DIGITS[10] = {
  0b00111111,  // 0: abcdef
  0b00000110,  // 1: bc
  0b01011011,  // 2: abdeg
  0b01001111,  // 3: abcdg
  0b01100110,  // 4: bcfg
  0b01101101,  // 5: acdfg
  0b01111101,  // 6: acdefg
  0b00000111,  // 7: abc
  0b01111111,  // 8: abcdefg
  0b01101111,  // 9: abcdfg
};

int count = 0;

void showDigit(int n) {
  digitalWrite(LATCH_PIN, LOW);
  shiftOut(DATA_PIN, CLOCK_PIN, MSBFIRST, DIGITS[n]);
  digitalWrite(LATCH_PIN, HIGH);
}

void setup() {
  pinMode(DATA_PIN, OUTPUT);
  pinMode(CLOCK_PIN, OUTPUT);
  pinMode(LATCH_PIN, OUTPUT);
  pinMode(BUTTON_PIN, INPUT_PULLUP);
  showDigit(count);
}

void loop() {
  if (digitalRead(BUTTON_PIN) == LOW) {  // смотрит на уровень, а не на момент нажатия
    count = (count + 1) % 10;
    showDigit(count);
    delay(200);                          // «от дребезга» — но пока кнопку держат, счёт идёт дальше
  }
}
