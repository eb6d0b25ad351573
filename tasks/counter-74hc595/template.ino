// Счётчик на сдвиговом регистре / Shift-register counter
// 74HC595: DS (data) — D11, SH_CP (clock) — D12, ST_CP (latch) — D8.
// Выходы Q0…Q6 — сегменты a…g индикатора с общим катодом / outputs Q0…Q6 drive segments a…g (common cathode).
// Кнопка — D2 и GND / button between D2 and GND.

const int DATA_PIN = 11;   // DS
const int CLOCK_PIN = 12;  // SH_CP
const int LATCH_PIN = 8;   // ST_CP
const int BUTTON_PIN = 2;

void setup() {
  pinMode(DATA_PIN, OUTPUT);
  pinMode(CLOCK_PIN, OUTPUT);
  pinMode(LATCH_PIN, OUTPUT);
  pinMode(BUTTON_PIN, INPUT_PULLUP);
  // Покажите 0 / show 0
}

void loop() {
  // Каждое нажатие: +1 (после 9 — 0) и показать цифру / every press: +1 (after 9 — 0) and show the digit
}
