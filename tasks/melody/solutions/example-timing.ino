// Copied from the toneMelody example: tone for the whole note, then 1.3 × the note — too slow.
const int BUZZER = 8;

int notes[] = {330, 330, 349, 392, 392, 349, 330, 294, 262, 262, 294, 330, 330, 294, 294};
int durations[] = {400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 600, 200, 800};

void setup() {
  for (int i = 0; i < 15; i++) {
    tone(BUZZER, notes[i], durations[i]);
    delay(durations[i] * 1.30);
    noTone(BUZZER);
  }
}

void loop() {
}
