// Дальномер / Rangefinder: HC-SR04 TRIG on pin 9, ECHO on pin 10, Serial at 9600 baud.
// Каждые ~100 мс печатайте расстояние в см (одно число в строке), нет эха — OUT.
// Every ~100 ms print the distance in cm (one number a line); no echo — OUT.

const int TRIG = 9;
const int ECHO = 10;

void setup() {
  pinMode(TRIG, OUTPUT);
  pinMode(ECHO, INPUT);
  Serial.begin(9600);
}

void loop() {
  // 1. Импульс 10 мкс на TRIG / a 10 µs pulse on TRIG
  // 2. long duration = pulseIn(ECHO, HIGH, 30000);
  // 3. Ваш код / your code

  delay(100);
}
