// Servo-like pulses: Timer1 compare interrupts generate 1–2 ms pulses every 20 ms on D9 (sweeping).
volatile uint16_t widthUs = 1000;
volatile bool high = false;
ISR(TIMER1_COMPA_vect) {
  if (!high) { PORTB |= _BV(1); OCR1A = widthUs * 2; high = true; }
  else { PORTB &= ~_BV(1); OCR1A = (20000 - widthUs) * 2; high = false; }
  TCNT1 = 0;
}
void setup() {
  DDRB |= _BV(1);
  TCCR1A = 0; TCCR1B = _BV(CS11); // prescaler 8: 0.5 us per tick
  OCR1A = 40000; TIMSK1 = _BV(OCIE1A);
}
void loop() {
  for (uint16_t w = 1000; w <= 2000; w += 100) { noInterrupts(); widthUs = w; interrupts(); delay(40); }
}
