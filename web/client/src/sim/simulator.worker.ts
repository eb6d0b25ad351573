/// <reference lib="webworker" />
/**
 * The simulator's Web Worker: keeps the page responsive while SimCore runs the judge's own board,
 * parts and robot world, and posts a snapshot about 30 times a second.
 */
import type { ToWorker } from './protocol.ts';
import { SimCore } from './core.ts';

const FRAME_MS = 1000 / 30;
const core = new SimCore((message) => postMessage(message));
let timer: ReturnType<typeof setTimeout> | null = null;

function tick(): void {
  timer = null;
  const started = performance.now();
  if (core.frame()) timer = setTimeout(tick, Math.max(0, FRAME_MS - (performance.now() - started)));
}

function halt(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    switch (m.type) {
      case 'start':
        halt();
        core.start(m);
        tick();
        break;
      case 'stop':
        halt();
        core.stop();
        break;
      case 'pause':
        core.paused = true;
        break;
      case 'resume':
        core.paused = false;
        break;
      case 'speed':
        core.speed = m.speed;
        break;
      case 'serial':
        core.serial(m.text);
        break;
      case 'input':
        core.input(m.partId, m.action, m.value);
        break;
    }
  } catch (error) {
    postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
