const int SENSOR = A0;
const float R_FIXED = 10000.0;
const float R25 = 10000.0;
const float BETA = 3950.0;

void setup() {
  Serial.begin(9600);
}

void loop() {
  int raw = analogRead(SENSOR);
  float r = R_FIXED / (1023.0 / raw - 1.0);
  float kelvin = 1.0 / (log(r / R25) / BETA + 1.0 / 298.15);
  int celsius = kelvin - 273.15;
  Serial.println(celsius);
  delay(500);
}
