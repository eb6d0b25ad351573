// Мотор через H-мост / Motor via an H-bridge (L298N, channel A).
// ENA — вывод 9 (ШИМ), IN1 — вывод 7, IN2 — вывод 8.
// По кругу: вперёд полный ход 2 с, стоп 1 с, назад половина хода 2 с, стоп 1 с.
// Repeat: forward full speed 2 s, stop 1 s, reverse half speed 2 s, stop 1 s.

const int ENA = 9;
const int IN1 = 7;
const int IN2 = 8;

void setup() {
  pinMode(ENA, OUTPUT);
  pinMode(IN1, OUTPUT);
  pinMode(IN2, OUTPUT);
}

void loop() {
  // Ваш код / your code
}
