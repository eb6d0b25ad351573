// Шкала уровня / Bar graph: potentiometer on A0, 10 LEDs on pins 2…11.

const int KNOB = A0;
const int LEDS[10] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

void setup() {
  for (int i = 0; i < 10; i++) {
    pinMode(LEDS[i], OUTPUT);
  }
}

void loop() {
  // сколько светодиодов зажечь? / how many LEDs to light?
  // int n = map(analogRead(KNOB), 0, 1023, 0, 10);
  // первые n — HIGH, остальные — LOW / the first n HIGH, the rest LOW
}
