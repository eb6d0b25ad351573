/**
 * The robot world's cost: `npm run bench:world`.
 *
 * The two-sensor line follower runs the same compiled sketch twice per round: once with the world
 * attached (motors move the robot on the test oval, sensors read the field) and once with the same
 * parts but no world (sensor values constant). Rounds alternate so both see the same machine load;
 * the world's cost is 1 − (speed with world / speed without). Goal: < 15 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../judge/toolchain/index.ts';
import { loadHex } from '../../judge/board/hex.ts';
import { Uno } from '../../judge/board/uno.ts';
import { Random } from '../../judge/board/random.ts';
import { createPart } from '../../judge/parts/index.ts';
import { RobotScene, KIT } from '../../judge/world/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const SKETCH = join(ROOT, 'tasks/robot-line-two-sensors/solutions/accepted.ino');
const SIM_MS = Number(process.env.WORLD_BENCH_MS ?? 10_000);
const ROUNDS = Number(process.env.WORLD_BENCH_ROUNDS ?? 3);
const GOAL = 15;

const built = await compile({ source: readFileSync(SKETCH, 'utf8') });
if (!built.ok || !built.hex) throw new Error('the line follower does not compile');
const program = loadHex(built.hex);

/** Wall time spent inside the world (steps and sensor reads), timed from within the same run. */
let insideWorld = 0;
function timed<A extends unknown[], R>(fn: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    const t0 = performance.now();
    try {
      return fn(...a);
    } finally {
      insideWorld += performance.now() - t0;
    }
  };
}

function withWorld(): number {
  const board = new Uno(program);
  const scene = new RobotScene({ kind: 'robot', field: 'test-track', robot: { lineSensors: KIT.twoLineSensors } }, board, new Random(1));
  const world = scene.world;
  world.step = timed(world.step.bind(world));
  world.lineSensor = timed(world.lineSensor.bind(world));
  insideWorld = 0;
  const t0 = performance.now();
  board.runMs(SIM_MS);
  const wall = performance.now() - t0;
  inside.push(insideWorld / wall);
  const moved = Math.hypot(scene.pose.x - 800, scene.pose.y - 300);
  if (moved < 100) throw new Error('the robot did not move: the benchmark measures nothing');
  scene.detach();
  return wall;
}

function withoutWorld(): number {
  const board = new Uno(program);
  const random = new Random(1);
  const ctx = (id: string) => ({ board, random: random.fork(id), emit: () => {} });
  // The same parts the world would create, with constant sensor values: only the world is missing.
  createPart({ kind: 'l298n', id: 'motorLeft', pins: { in1: 'D7', in2: 'D8', en: 'D5' } }, ctx('l'));
  createPart({ kind: 'l298n', id: 'motorRight', pins: { in1: 'D4', in2: 'D11', en: 'D6' } }, ctx('r'));
  for (const s of KIT.twoLineSensors) createPart({ kind: 'line-sensor', id: s.id, pins: { ao: s.pin }, reflectance: 1, noise: 0.02 }, ctx(s.id));
  const t0 = performance.now();
  board.runMs(SIM_MS);
  return performance.now() - t0;
}

const inside: number[] = [];
const rows: { round: number; withMs: number; withoutMs: number }[] = [];
for (let round = 1; round <= ROUNDS; round++) rows.push({ round, withoutMs: withoutWorld(), withMs: withWorld() });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const speed = (wallMs: number): number => SIM_MS / wallMs;
console.log(`Line follower (${SKETCH.replace(ROOT + '/', '')}), ${SIM_MS / 1000} s of simulated time per run\n`);
console.log('round | without world, sim-s/wall-s | with world, sim-s/wall-s');
for (const r of rows) console.log(`${String(r.round).padStart(5)} | ${speed(r.withoutMs).toFixed(2).padStart(27)} | ${speed(r.withMs).toFixed(2).padStart(24)}`);
const without = speed(median(rows.map((r) => r.withoutMs)));
const withW = speed(median(rows.map((r) => r.withMs)));
const cost = (1 - withW / without) * 100;
console.log(`median | ${without.toFixed(2).padStart(27)} | ${withW.toFixed(2).padStart(24)}`);
const share = median(inside) * 100;
console.log(`\nWorld cost, with vs without: ${cost.toFixed(1)} % of simulation time`);
console.log(`World cost, timed inside the run (steps + sensor reads): ${share.toFixed(1)} % of the run's wall time`);
console.log(`Goal < ${GOAL} %: ${Math.max(cost, share) < GOAL ? 'OK' : 'OVER'} (a loaded machine makes the first figure noisy; the second is not)`);
