/*
 * Servo for Technolab — see Servo.h for the scheme. Timer1 runs in normal mode at F_CPU / 8, so
 * one tick is 0.5 us at 16 MHz; OCR1A is moved forward from interrupt to interrupt.
 */
#include <Arduino.h>
#include <avr/interrupt.h>
#include "Servo.h"

#define US_TO_TICKS(us) ((unsigned)((clockCyclesPerMicrosecond() * (unsigned long)(us)) / 8))
#define TICKS_TO_US(t) ((unsigned)(((unsigned long)(t) * 8) / clockCyclesPerMicrosecond()))
// The pin goes high a little after the compare match; the original library shortens the stored
// width by this much so the pulse measured on the pin matches the width asked for.
#define TRIM_US 2

struct ServoSlot {
  uint8_t pin;
  bool active;
  volatile unsigned ticks;
};

static ServoSlot slots[MAX_SERVOS];
static uint8_t servoCount = 0;
// The servo whose pulse is under way; -1 while waiting for the end of the frame.
static volatile int8_t current = -1;

static bool timerInUse() {
  for (uint8_t i = 0; i < servoCount; i++) {
    if (slots[i].active) return true;
  }
  return false;
}

static void startTimer() {
  TCCR1A = 0;          // normal counting, pins 9/10 not driven by the timer
  TCCR1B = _BV(CS11);  // prescaler 8
  TCNT1 = 0;
  TIFR1 |= _BV(OCF1A); // forget a stale match
  TIMSK1 |= _BV(OCIE1A);
}

ISR(TIMER1_COMPA_vect) {
  if (current < 0) {
    TCNT1 = 0; // a new frame begins
  } else if (current < servoCount && slots[current].active) {
    digitalWrite(slots[current].pin, LOW);
  }
  current++;
  if (current < servoCount && current < SERVOS_PER_TIMER) {
    OCR1A = TCNT1 + slots[current].ticks;
    if (slots[current].active) digitalWrite(slots[current].pin, HIGH);
  } else {
    // All pulses sent: wake up when the frame's 20 ms are over (or at once if they already are).
    unsigned frame = US_TO_TICKS(REFRESH_INTERVAL);
    OCR1A = ((unsigned)TCNT1 + 4 < frame) ? frame : TCNT1 + 4;
    current = -1;
  }
}

Servo::Servo() {
  if (servoCount < MAX_SERVOS) {
    servoIndex = servoCount++;
    slots[servoIndex].ticks = US_TO_TICKS(DEFAULT_PULSE_WIDTH);
  } else {
    servoIndex = INVALID_SERVO;
  }
}

uint8_t Servo::attach(int pin) {
  return attach(pin, MIN_PULSE_WIDTH, MAX_PULSE_WIDTH);
}

uint8_t Servo::attach(int pin, int minUs, int maxUs) {
  if (servoIndex >= MAX_SERVOS) return INVALID_SERVO;
  pinMode(pin, OUTPUT);
  slots[servoIndex].pin = pin;
  min = (MIN_PULSE_WIDTH - minUs) / 4;
  max = (MAX_PULSE_WIDTH - maxUs) / 4;
  if (!timerInUse()) startTimer();
  slots[servoIndex].active = true;
  return servoIndex;
}

void Servo::detach() {
  if (servoIndex >= MAX_SERVOS) return;
  slots[servoIndex].active = false;
  if (!timerInUse()) TIMSK1 &= ~_BV(OCIE1A);
}

static int lowest(int8_t min) { return MIN_PULSE_WIDTH - min * 4; }
static int highest(int8_t max) { return MAX_PULSE_WIDTH - max * 4; }

void Servo::write(int value) {
  if (value < MIN_PULSE_WIDTH) {
    if (value < 0) value = 0;
    if (value > 180) value = 180;
    value = map(value, 0, 180, lowest(min), highest(max));
  }
  writeMicroseconds(value);
}

void Servo::writeMicroseconds(int value) {
  if (servoIndex >= MAX_SERVOS) return;
  if (value < lowest(min)) value = lowest(min);
  else if (value > highest(max)) value = highest(max);
  unsigned ticks = US_TO_TICKS(value - TRIM_US);
  uint8_t sreg = SREG;
  cli(); // the interrupt reads both bytes of ticks
  slots[servoIndex].ticks = ticks;
  SREG = sreg;
}

int Servo::read() {
  return map(readMicroseconds() + 1, lowest(min), highest(max), 0, 180);
}

int Servo::readMicroseconds() {
  if (servoIndex >= MAX_SERVOS) return 0;
  return TICKS_TO_US(slots[servoIndex].ticks) + TRIM_US;
}

bool Servo::attached() {
  return servoIndex < MAX_SERVOS && slots[servoIndex].active;
}
