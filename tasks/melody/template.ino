// Мелодия / Melody: passive buzzer on pin 8.
// Нота звучит (длительность − 50 мс), потом 50 мс тишины. / A note sounds for (duration − 50 ms), then 50 ms of silence.

const int BUZZER = 8;

// Частоты (Гц) и длительности (мс) 15 нот — из таблицы в условии
// Frequencies (Hz) and durations (ms) of the 15 notes — from the table in the statement
int notes[] = {330, 330 /* … */};
int durations[] = {400, 400 /* … */};

void setup() {
  // Сыграйте мелодию один раз / play the melody once
}

void loop() {
}
