/**
 * Every part kind, registered by importing its file. Import this (not the single files) to get the
 * full registry: `import { createParts } from './judge/parts/index.ts'`.
 */
import './led.ts';
import './button.ts';
import './l298n.ts';
import './line-sensor.ts';
import './hc-sr04.ts';
import './rgb-led.ts';
import './potentiometer.ts';
import './photoresistor.ts';
import './thermistor.ts';
import './buzzer.ts';
import './servo.ts';
import './74hc595.ts';
import './seven-segment.ts';
import './led-bar.ts';
import './lcd1602.ts';
import './lcd1602-i2c.ts';

export { createPart, createParts, definePart, partKinds, PartSet, PartSpecError } from './registry.ts';
export type { PartKinds, ValidSpec } from './registry.ts';
export type { Part, PartContext, PartSpec } from './part.ts';
export type { Wire } from './wire.ts';
export { Led } from './led.ts';
export { Button } from './button.ts';
export { LineSensor } from './line-sensor.ts';
export { HcSr04 } from './hc-sr04.ts';
export { RgbLed } from './rgb-led.ts';
export { Potentiometer } from './potentiometer.ts';
export { Photoresistor } from './photoresistor.ts';
export { Thermistor } from './thermistor.ts';
export { Buzzer } from './buzzer.ts';
export { Servo } from './servo.ts';
export { ShiftRegister } from './74hc595.ts';
export { SevenSegment } from './seven-segment.ts';
export { LedBar } from './led-bar.ts';
export { Lcd1602 } from './lcd1602.ts';
export { Lcd1602I2c } from './lcd1602-i2c.ts';
export { I2cBus, type I2cDevice } from './i2c-bus.ts';
export { L298n, type MotorCommand, type BridgeShares } from './l298n.ts';
