// Serial-heavy: formatted lines as fast as 115200 baud allows (the TX buffer is always full).
void setup() { Serial.begin(115200); }
void loop() {
  static unsigned long n = 0;
  Serial.print("line "); Serial.print(n++); Serial.print(" t="); Serial.print(micros());
  Serial.print(" f="); Serial.println(n * 0.37, 3);
}
