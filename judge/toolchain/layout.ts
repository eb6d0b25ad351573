/**
 * Where things live inside the sandbox. Every backend and the fast path use the same paths, so
 * `__FILE__`, debug info and diagnostics are the same whichever pipeline compiled a sketch.
 */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Our own Arduino libraries (Servo, …), on the library path of every compile. */
export const LIBRARIES_DIR = resolve(ROOT, 'firmware-templates', 'libraries');

export const BOX = {
  job: '/tl',
  sketchDir: '/tl/sketch',
  sketch: '/tl/sketch/sketch.ino',
  build: '/tl/build',
  /** arduino-builder's -build-cache (precompiled core), shared between jobs. */
  coreCache: '/tl/cache',
  libraries: '/tl/libraries',
} as const;

export const HARDWARE = '/usr/share/arduino/hardware';
export const AVR_PLATFORM = `${HARDWARE}/arduino/avr`;
export const CORE_DIR = `${AVR_PLATFORM}/cores/arduino`;
export const VARIANT_DIR = `${AVR_PLATFORM}/variants/standard`;
export const BUILDER_TOOLS = '/usr/share/arduino-builder';

/** Directory for caches: TECHNOLAB_CACHE_DIR, else `.cache/compile` in the repository. */
export function cacheRoot(): string {
  return resolve(process.env.TECHNOLAB_CACHE_DIR ?? resolve(ROOT, '.cache', 'compile'));
}
