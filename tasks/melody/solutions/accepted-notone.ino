// Another right way: tone() without a duration, then noTone() for the 50 ms pause.
int notes[] = {330, 330, 349, 392, 392, 349, 330, 294, 262, 262, 294, 330, 330, 294, 294};
int durations[] = {400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 600, 200, 800};

void setup() {
  for (int i = 0; i < 15; i++) {
    tone(8, notes[i]);
    delay(durations[i] - 50);
    noTone(8);
    delay(50);
  }
}

void loop() {
}
