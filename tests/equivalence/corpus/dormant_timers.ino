// Dormant timers (judge/board/lazy-timer.ts): Timer1 and Timer2 run Arduino's phase-correct PWM with
// no interrupt and no compare output, so they queue no clock events and set their flags only when
// read. This sketch polls TIFR2's overflow flag, clears it, switches Timer1's compare interrupt on
// and off (waking the timer and letting it sleep again), writes TCNT2 while Timer2 sleeps, and
// reports what it saw: both engines must see every flag at the same cycle.
volatile unsigned int compares = 0;
ISR(TIMER1_COMPA_vect) { compares++; }

void setup() {
  Serial.begin(115200);
  pinMode(13, OUTPUT);
}

void loop() {
  unsigned int overflows = 0;
  unsigned long start = micros();
  while (micros() - start < 5000) {
    if (TIFR2 & _BV(TOV2)) {     // read: the dormant timer catches up first
      TIFR2 = _BV(TOV2);         // write 1 to clear
      overflows++;
    }
  }
  TIMSK1 |= _BV(OCIE1A);         // wakes Timer1
  delay(7);
  TIMSK1 &= ~_BV(OCIE1A);        // and lets it sleep again
  TCNT2 = 17;                    // a counter write while asleep
  byte seen = TIFR1;
  Serial.print(overflows);
  Serial.print(' ');
  Serial.print(compares);
  Serial.print(' ');
  Serial.println(seen, HEX);
  digitalWrite(13, !digitalRead(13));
  delay(3);
}
