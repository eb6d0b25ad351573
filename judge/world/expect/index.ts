// Every robot expectation; adding one is a new file here plus its line below.
import './reached-zone.ts';
import './stayed-on-line.ts';
import './never-touched-wall.ts';
import './stayed-in-ring.ts';
import './cans-out.ts';
import './opponent-out.ts';
import './stopped-near.ts';
import './turned-by.ts';

export { robotChecks, registerRobotCheck, type RobotChecks } from './registry.ts';
