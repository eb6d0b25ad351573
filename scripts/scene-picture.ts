/**
 * Draws a robot task's field picture from its own bench scene (the field, the cans or opponents the
 * bench sets, the robot's body at the start) and writes it as the task's `wiring.svg`, the picture
 * its statements show: `node --import tsx scripts/scene-picture.ts tasks/robot-mini-sumo`.
 * Re-run it after changing the scene, so the picture stays true.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchDefinition } from '../judge/bench/index.ts';
import { Random } from '../judge/board/random.ts';
import { DEG } from '../judge/world/geometry.ts';
import { getField, parseRobot, renderRun, World, type RobotSceneSpec } from '../judge/world/index.ts';
import { cansFrom } from '../judge/world/physics/cans.ts';
import { opponentsFrom } from '../judge/world/physics/opponent.ts';

const dir = resolve(process.argv[2] ?? '.');
const bench = ((await import(pathToFileURL(join(dir, 'bench.ts')).href)) as { default: BenchDefinition }).default;
const spec = bench.scene as unknown as RobotSceneSpec | undefined;
if (!spec || spec.kind !== 'robot') throw new Error(`${dir}: the bench has no robot scene`);
const field = getField(spec.field);
const start = spec.start ? { x: spec.start.x, y: spec.start.y, heading: (spec.start.heading ?? 0) * DEG } : field.start ?? { x: field.width / 2, y: field.height / 2, heading: 0 };
const world = new World({ field, robot: parseRobot(spec.robot), start, random: new Random(1) });
if (spec.cans) world.cans.splice(0, world.cans.length, ...cansFrom(spec.cans.map((c) => ({ id: c.id, at: c.at, diameter: c.diameter ?? 70, color: c.color ?? 'white' }))));
if (spec.opponents) world.opponents.splice(0, world.opponents.length, ...opponentsFrom(spec.opponents.map((o, i) => ({ id: o.id ?? `opponent-${i + 1}`, at: o.at, size: o.size ?? 100, angle: o.angle ?? 0, resistance: o.resistance ?? 0.5 }))));
world.recording.sample(0, world.pose, world.cans, true, world.opponents);
const run = world.recording.toJSON();
// The field draws its own opponents; the recorded one is enough when the bench replaced them.
writeFileSync(join(dir, 'wiring.svg'), renderRun(field, spec.opponents ? run : { ...run, opponents: {} }, world.robot.body, { width: 520 }) + '\n');
console.log(`${join(dir, 'wiring.svg')} written`);
