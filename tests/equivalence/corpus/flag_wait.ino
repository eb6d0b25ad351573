// Idle waits the fast-forward must get exactly right: a while(!flag) on an ISR-set flag, and sleep.
#include <avr/sleep.h>
volatile bool tick = false;
volatile uint16_t ticks = 0;
ISR(TIMER2_COMPA_vect) { tick = true; ticks++; }
void setup() {
  Serial.begin(115200); pinMode(13, OUTPUT);
  TCCR2A = _BV(WGM21); TCCR2B = _BV(CS22) | _BV(CS21) | _BV(CS20); // CTC, /1024
  OCR2A = 155; TIMSK2 = _BV(OCIE2A);                                   // ~10 ms
}
void loop() {
  while (!tick) {}
  tick = false;
  digitalWrite(13, ticks & 1);
  if ((ticks & 7) == 0) { Serial.println(ticks); }
  set_sleep_mode(SLEEP_MODE_IDLE); sleep_enable(); sleep_cpu(); sleep_disable();
}
