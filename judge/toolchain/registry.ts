/**
 * Backends register here (one file each in `backends/`); compile() asks for the one the
 * environment selects. Adding a backend never edits a switch statement.
 */
import type { Toolchain } from './toolchain.ts';

export interface BackendEntry {
  name: string;
  /** Higher wins among the backends whose `wanted` returns true. */
  priority: number;
  wanted(env: NodeJS.ProcessEnv): boolean;
  create(env: NodeJS.ProcessEnv): Toolchain;
}

const entries: BackendEntry[] = [];
const instances = new Map<string, Toolchain>();

export function registerBackend(entry: BackendEntry): void {
  if (!entries.some((e) => e.name === entry.name)) entries.push(entry);
}

export function backendNames(): string[] {
  return entries.map((e) => e.name);
}

/** The backend for this environment (by name when given), created once per process and setting. */
export function selectBackend(env: NodeJS.ProcessEnv = process.env, name?: string): Toolchain {
  const pick = name
    ? entries.find((e) => e.name === name)
    : [...entries].sort((a, b) => b.priority - a.priority).find((e) => e.wanted(env));
  if (!pick) throw new Error(name ? `Unknown toolchain backend "${name}"` : 'No toolchain backend registered');
  const key = `${pick.name}|${env.ARDUINO_CLI ?? ''}|${env.ARDUINO_BUILDER ?? ''}`;
  let tc = instances.get(key);
  if (!tc) instances.set(key, (tc = pick.create(env)));
  return tc;
}
