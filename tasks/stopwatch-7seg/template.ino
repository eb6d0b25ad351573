// Секундомер / Stopwatch: one 7-segment digit, common cathode, segments a–g on pins 2–8.

const int SEG_PINS[7] = {2, 3, 4, 5, 6, 7, 8};  // a, b, c, d, e, f, g

void setup() {
  for (int s = 0; s < 7; s++) pinMode(SEG_PINS[s], OUTPUT);
}

void loop() {
  // Покажите (секунды с момента включения) % 10 / show (seconds since power-on) % 10
}
