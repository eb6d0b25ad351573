// Compute-bound: an arithmetic loop with the Timer0 interrupt running (millis) and USART output.
volatile uint32_t sink;
void setup() { Serial.begin(115200); }
void loop() {
  uint32_t x = 1;
  for (uint32_t i = 0; i < 4000000UL; i++) {
    x = x * 1103515245UL + 12345UL;
    x ^= x >> 7;
    if ((i & 0xFFFFF) == 0) Serial.println(x);
  }
  sink = x;
  Serial.print("done ");
  Serial.println(millis());
}
