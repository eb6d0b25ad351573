// Светофор / Traffic light: red — pin 12, yellow — pin 11, green — pin 10.

const int RED = 12;
const int YELLOW = 11;
const int GREEN = 10;

void setup() {
  // Настройте три вывода / set up the three pins
}

void loop() {
  // красный 4 с → красный + жёлтый 1 с → зелёный 4 с → зелёный мигает 3 раза → жёлтый 1 с
  // red 4 s → red + yellow 1 s → green 4 s → green blinks 3 times → yellow 1 s
}
