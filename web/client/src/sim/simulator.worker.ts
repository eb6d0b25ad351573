/// <reference lib="webworker" />
/**
 * The browser simulator: the same Uno, parts (and robot world) the judge runs, in a Web Worker so
 * the page stays responsive. Time is simulated; the loop only decides how much simulated time to
 * run per frame (real time, ×10, or as much as fits in the frame) and posts a snapshot ~30 fps.
 */
import { Uno, PIN_NAMES } from '../../../../judge/board/uno.ts';
import { loadHex } from '../../../../judge/board/hex.ts';
import { Random } from '../../../../judge/board/random.ts';
import { createParts, type PartSet } from '../../../../judge/parts/index.ts';
import type { FromWorker, PinView, Speed, ToWorker } from './protocol.ts';
import { PinActivity } from './pinActivity.ts';
import { attachRobot, type RobotAttachment } from './robot.ts';

const FRAME_MS = 1000 / 30;
/** Wall time per frame the simulation may use; the rest is left for posting and the browser. */
const BUDGET_MS = 22;
/** Simulated time run between wall-clock checks. */
const SLICE_MS = 2;

/**
 * The fast engine compiles AVR code into JavaScript functions; a Content-Security-Policy without
 * 'unsafe-eval' forbids that, so the simulator then runs the reference engine (same results, slower).
 */
const ENGINE = (() => {
  try {
    new Function('return 0')();
    return 'fast' as const;
  } catch {
    return 'reference' as const;
  }
})();

let board: Uno | null = null;
let parts: PartSet | null = null;
let robot: RobotAttachment | null = null;
let activity: PinActivity | null = null;
let speed: Speed = 1;
let paused = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastWall = 0;
let serialBytes: number[] = [];
const decoder = new TextDecoder();

function post(message: FromWorker): void {
  postMessage(message);
}

function stop(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  parts?.detach();
  robot?.detach();
  board = null;
  parts = null;
  robot = null;
}

function start(message: Extract<ToWorker, { type: 'start' }>): void {
  stop();
  const b = new Uno(loadHex(message.hex), { engine: ENGINE, ...(message.stackLimit ? { stackLimit: message.stackLimit } : {}) });
  const random = new Random(message.seed);
  try {
    parts = createParts(message.parts, { board: b, random: random.fork('parts') });
  } catch (error) {
    // A part the browser does not know yet must not stop the board from running: say so and go on.
    post({ type: 'warning', message: error instanceof Error ? error.message : String(error) });
    parts = null;
  }
  if (message.scene !== undefined) {
    try {
      robot = attachRobot(b, message.scene, random.fork('world'));
    } catch (error) {
      post({ type: 'warning', message: error instanceof Error ? error.message : String(error) });
    }
  }
  activity = new PinActivity(PIN_NAMES, (pin) => b.level(pin), b.cycles);
  b.onAnyPinChange((pin, level, cycle) => activity?.change(pin, level, cycle));
  b.onSerialTransmit((byte) => serialBytes.push(byte));
  board = b;
  speed = message.speed;
  paused = false;
  serialBytes = [];
  lastWall = performance.now();
  tick();
}

function runFrame(b: Uno): void {
  const now = performance.now();
  const wall = Math.min(now - lastWall, 250);
  lastWall = now;
  const deadline = now + BUDGET_MS;
  if (speed === 'max') {
    while (performance.now() < deadline && !b.halted) b.runMs(SLICE_MS);
    return;
  }
  const target = b.cycles + b.msToCycles(wall * speed);
  while (b.cycles < target && performance.now() < deadline && !b.halted) {
    b.runUntil(Math.min(target, b.cycles + b.msToCycles(SLICE_MS)));
  }
}

function tick(): void {
  timer = null;
  const b = board;
  if (!b) return;
  const before = b.millis;
  const wallStart = performance.now();
  if (!paused) runFrame(b);
  else lastWall = performance.now();
  snapshot(b, before, wallStart);
  if (b.crash) {
    post({ type: 'crash', message: b.crash.message, timeMs: b.millis });
    return;
  }
  timer = setTimeout(tick, Math.max(0, FRAME_MS - (performance.now() - wallStart)));
}

function snapshot(b: Uno, beforeMs: number, wallStart: number): void {
  const duty = activity?.frame(b.cycles) ?? {};
  const pins: Record<string, PinView> = {};
  for (const pin of PIN_NAMES) pins[pin] = { level: b.level(pin), duty: duty[pin] ?? 0, mode: b.mode(pin) };
  const serial = serialBytes.length ? decoder.decode(new Uint8Array(serialBytes), { stream: true }) : '';
  serialBytes = [];
  const wall = Math.max(1, performance.now() - wallStart);
  post({
    type: 'snapshot',
    timeMs: b.millis,
    running: !paused,
    pins,
    parts: parts?.snapshot() ?? {},
    serial,
    robot: robot?.pose(),
    rate: ((b.millis - beforeMs) / wall) * 1000,
  });
}

function input(partId: string, action: string, value?: number): void {
  if (!parts?.has(partId)) return;
  const part = parts.get(partId) as unknown as Record<string, unknown>;
  const method = part[action];
  // Part APIs are plain methods (press, release, setPosition …); anything else is ignored.
  if (typeof method === 'function') (method as (v?: number) => void).call(part, value);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    switch (m.type) {
      case 'start':
        start(m);
        break;
      case 'stop':
        stop();
        break;
      case 'pause':
        paused = true;
        break;
      case 'resume':
        paused = false;
        lastWall = performance.now();
        break;
      case 'speed':
        speed = m.speed;
        break;
      case 'serial':
        board?.serialWrite(m.text);
        break;
      case 'input':
        input(m.partId, m.action, m.value);
        break;
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
