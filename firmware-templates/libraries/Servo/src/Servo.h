/*
 * Servo for Technolab: the Arduino Servo library's interface and timing on an ATmega328P.
 * Timer1 counts at 2 MHz (prescaler 8); its compare-A interrupt raises one servo's pin, and the
 * next interrupt, one pulse width later, lowers it and raises the next servo's pin. After the last
 * servo the timer waits until 20 ms have passed since the frame began, then starts again. Like the
 * original, using Servo takes Timer1, so analogWrite() on pins 9 and 10 stops working.
 */
#ifndef TECHNOLAB_SERVO_H
#define TECHNOLAB_SERVO_H

#include <inttypes.h>

#define Servo_VERSION 2

#define MIN_PULSE_WIDTH 544      // shortest pulse sent to a servo (0 degrees), us
#define MAX_PULSE_WIDTH 2400     // longest pulse (180 degrees), us
#define DEFAULT_PULSE_WIDTH 1500 // pulse after attach() until the first write(), us
#define REFRESH_INTERVAL 20000   // one frame: every servo gets one pulse per frame, us

#define SERVOS_PER_TIMER 12
#define MAX_SERVOS SERVOS_PER_TIMER
#define INVALID_SERVO 255

class Servo {
public:
  Servo();
  /** Attaches to a pin (made an output); returns the channel, or INVALID_SERVO when all 12 are taken. */
  uint8_t attach(int pin);
  /** As attach(pin), with the pulse widths (us) meaning 0 and 180 degrees. */
  uint8_t attach(int pin, int min, int max);
  void detach();
  /** Below MIN_PULSE_WIDTH: an angle in degrees (0-180); otherwise a pulse width in microseconds. */
  void write(int value);
  void writeMicroseconds(int value);
  /** The last angle written, 0-180. */
  int read();
  int readMicroseconds();
  bool attached();

private:
  uint8_t servoIndex;
  int8_t min; // (MIN_PULSE_WIDTH - min) / 4, as in the original, so custom ranges fit a byte
  int8_t max; // (MAX_PULSE_WIDTH - max) / 4
};

#endif
