// Benchmark (idle-bound): Blink with delay() for 10 simulated seconds, then end on D12 + cli/sleep.
#include <avr/sleep.h>
void setup() { pinMode(13, OUTPUT); pinMode(12, OUTPUT); }
void loop() {
  digitalWrite(13, HIGH); delay(500);
  digitalWrite(13, LOW); delay(500);
  if (millis() >= 10000) { digitalWrite(12, HIGH); cli(); sleep_enable(); sleep_cpu(); }
}
