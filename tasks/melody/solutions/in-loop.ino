// The melody is in loop(): it plays again and again instead of once.
const int BUZZER = 8;

int notes[] = {330, 330, 349, 392, 392, 349, 330, 294, 262, 262, 294, 330, 330, 294, 294};
int durations[] = {400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 600, 200, 800};

void setup() {
}

void loop() {
  for (int i = 0; i < 15; i++) {
    tone(BUZZER, notes[i], durations[i] - 50);
    delay(durations[i]);
  }
  delay(1000);
}
