/** Every expectation family; each file registers itself (adding a family = a file + a line here). */
import './pin.ts';
import './pin-level.ts';
import './pin-timing.ts';
import './pin-mode.ts';
import './pwm.ts';
import './serial.ts';
import './line.ts';
import './servo.ts';
import './tone.ts';

export type { SerialChecks } from './serial.ts';
export type { LineChecks } from './line.ts';
export type { ServoChecks, ServoPulse } from './servo.ts';
export type { ToneChecks } from './tone.ts';
export { servoPulses } from './servo.ts';
export { measureFrequency } from './tone.ts';
