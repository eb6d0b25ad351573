// Термометр / Thermometer: 5V — резистор 10 кОм — A0 — термистор 10 кОм (B = 3950) — GND.
// Каждые ~500 мс печатайте температуру в °C (одно число в строке, с десятыми).
// Every ~500 ms print the temperature in °C (one number a line, with tenths).

const int SENSOR = A0;
const float R_FIXED = 10000.0;  // Ом / ohms
const float R25 = 10000.0;      // сопротивление термистора при 25 °C / at 25 °C
const float BETA = 3950.0;      // коэффициент B / the B coefficient

void setup() {
  Serial.begin(9600);
}

void loop() {
  int raw = analogRead(SENSOR);
  // 1. Сопротивление термистора / the thermistor's resistance
  // 2. Температура в кельвинах, затем в °C / temperature in kelvin, then °C
  // 3. Serial.println(celsius, 1);

  delay(500);
}
