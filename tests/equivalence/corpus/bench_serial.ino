// Benchmark (serial-heavy): formatted lines at 115200 baud for 2 simulated seconds, then end on D12.
#include <avr/sleep.h>
void setup() { Serial.begin(115200); pinMode(12, OUTPUT); }
void loop() {
  static unsigned long n = 0;
  Serial.print("line "); Serial.print(n++); Serial.print(" t="); Serial.print(micros());
  Serial.print(" v="); Serial.println(analogRead(A0));
  if (millis() >= 2000) { Serial.flush(); digitalWrite(12, HIGH); cli(); sleep_enable(); sleep_cpu(); }
}
