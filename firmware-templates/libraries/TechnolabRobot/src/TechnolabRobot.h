// TechnolabRobot — helpers for the Technolab robot kit (two TT motors on an L298N, line sensors, HC-SR04).
//
//   #include <TechnolabRobot.h>
//   Motor left(5, 4, 7);             // EN (PWM), IN1, IN2
//   left.run(200);                   // -255..255: sign is the direction, size is the speed
//   Sonar sonar(12, 11);             // TRIG, ECHO
//   int cm = sonar.readCm();         // 0 when nothing is in range
//   LineSensor s(A0);
//   if (s.isBlack()) { ... }
#pragma once
#include <Arduino.h>

class Motor {
 public:
  Motor(uint8_t enablePin, uint8_t in1Pin, uint8_t in2Pin);
  void begin();
  // -255..255. Positive drives forward (IN1 high, IN2 low), negative backward.
  void run(int speed);
  // Both inputs equal with the bridge enabled: the motor is shorted and stops quickly.
  void brake();
  // Bridge disabled: the motor spins down freely.
  void coast();
  int speed() const { return current; }

 private:
  uint8_t en, in1, in2;
  int current;
  bool started;
};

class Drive {
 public:
  Drive(Motor& left, Motor& right) : l(left), r(right) {}
  void begin() { l.begin(); r.begin(); }
  void forward(int speed) { l.run(speed); r.run(speed); }
  void backward(int speed) { l.run(-speed); r.run(-speed); }
  // Spins in place.
  void turnLeft(int speed) { l.run(-speed); r.run(speed); }
  void turnRight(int speed) { l.run(speed); r.run(-speed); }
  // Each wheel its own speed (-255..255): the basis of every line follower.
  void tank(int left, int right) { l.run(left); r.run(right); }
  void stop() { l.brake(); r.brake(); }
  void coast() { l.coast(); r.coast(); }

 private:
  Motor& l;
  Motor& r;
};

class Sonar {
 public:
  Sonar(uint8_t trigPin, uint8_t echoPin, unsigned int maxCm = 400);
  void begin();
  // Distance in centimetres, or 0 when no echo came back (nothing within maxCm).
  // The HC-SR04 needs ≥ 60 ms between measurements; readCm() waits if called sooner.
  unsigned int readCm();

 private:
  uint8_t trig, echo;
  unsigned int maxCm;
  unsigned long lastPing;
  bool started;
};

class LineSensor {
 public:
  // threshold: readings above it are black (the kit's sensors read high on black).
  explicit LineSensor(uint8_t analogPin, int threshold = 500) : pin(analogPin), limit(threshold) {}
  int read() const { return analogRead(pin); }
  bool isBlack() const { return read() > limit; }
  void setThreshold(int threshold) { limit = threshold; }
  int threshold() const { return limit; }

 private:
  uint8_t pin;
  int limit;
};
