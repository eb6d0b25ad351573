// Benchmark: a servo sweep — Timer1 compare interrupts make 1–2 ms pulses every 20 ms on D9 while
// loop() sweeps the width with delay(); 3 simulated seconds, then end on D12 + cli/sleep.
#include <avr/sleep.h>
volatile uint16_t widthUs = 1000;
volatile bool high = false;
ISR(TIMER1_COMPA_vect) {
  if (!high) { PORTB |= _BV(1); OCR1A = widthUs * 2; high = true; }
  else { PORTB &= ~_BV(1); OCR1A = (20000 - widthUs) * 2; high = false; }
  TCNT1 = 0;
}
void setup() {
  pinMode(12, OUTPUT); DDRB |= _BV(1);
  TCCR1A = 0; TCCR1B = _BV(CS11); OCR1A = 40000; TIMSK1 = _BV(OCIE1A);
}
void loop() {
  for (uint16_t w = 1000; w <= 2000; w += 10) { noInterrupts(); widthUs = w; interrupts(); delay(15); }
  for (uint16_t w = 2000; w >= 1000; w -= 10) { noInterrupts(); widthUs = w; interrupts(); delay(15); }
  if (millis() >= 3000) { digitalWrite(12, HIGH); cli(); sleep_enable(); sleep_cpu(); }
}
