const int BUZZER = 8;

// «Ода к радости»: E E F G G F E D C C D E E. D D
int notes[] = {330, 330, 349, 392, 392, 349, 330, 294, 262, 262, 294, 330, 330, 294, 294};
int durations[] = {400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 600, 200, 800};

void setup() {
  for (int i = 0; i < 15; i++) {
    tone(BUZZER, notes[i], durations[i] - 50);  // the sound: 50 ms shorter than the note
    delay(durations[i]);                          // the pause is the last 50 ms
  }
  noTone(BUZZER);
}

void loop() {
}
