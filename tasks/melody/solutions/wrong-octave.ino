// One octave too high: the frequencies of the 5th octave (E5 = 659 Hz …) instead of the 4th.
const int BUZZER = 8;

int notes[] = {659, 659, 698, 784, 784, 698, 659, 587, 523, 523, 587, 659, 659, 587, 587};
int durations[] = {400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 600, 200, 800};

void setup() {
  for (int i = 0; i < 15; i++) {
    tone(BUZZER, notes[i], durations[i] - 50);
    delay(durations[i]);
  }
  noTone(BUZZER);
}

void loop() {
}
