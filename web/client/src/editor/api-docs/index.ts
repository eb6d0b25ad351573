import type { ApiGroup } from './types.ts';
import { digital } from './digital.ts';
import { analog } from './analog.ts';
import { time } from './time.ts';
import { serial } from './serial.ts';
import { math } from './math.ts';
import { advanced } from './advanced.ts';
import { servo } from './servo.ts';
import { lcd } from './lcd.ts';
import { robot } from './robot.ts';

/** Every documented API group; adding a library means adding a file here. */
export const API_GROUPS: ApiGroup[] = [digital, analog, time, serial, math, advanced, servo, lcd, robot];

export type { ApiEntry, ApiGroup } from './types.ts';
