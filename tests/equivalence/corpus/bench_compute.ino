// Benchmark (compute-bound): a 4-million-iteration arithmetic loop with Timer0 (millis) running and
// USART output, then it signals the end on D12 and halts with cli+sleep (simavr exits there).
#include <avr/sleep.h>
volatile uint16_t sink;
void setup() { Serial.begin(115200); pinMode(12, OUTPUT); }
void loop() {
  uint16_t x = 1, y = 7;
  for (uint32_t i = 0; i < 4000000UL; i++) {
    x = x * 75 + 74;
    y ^= x + (y >> 3);
    if ((i & 0x3FFFF) == 0) { Serial.print(i); Serial.print(' '); Serial.println(y); }
  }
  sink = x ^ y;
  Serial.print("done "); Serial.println(millis());
  Serial.flush();
  digitalWrite(12, HIGH);
  cli(); sleep_enable(); sleep_cpu();
}
