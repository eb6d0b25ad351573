import type { ComponentType } from 'react';
import type { PartSpec } from '../api/types.ts';
import type { PartValue, PinView } from '../sim/protocol.ts';

/** What every part view gets: its spec, the part's latest snapshot (if running), pins, and a way to act. */
export interface PartViewProps {
  spec: PartSpec;
  state: Record<string, PartValue> | undefined;
  pins: Record<string, PinView> | undefined;
  input: (action: string, value?: number) => void;
  running: boolean;
}

export type PartView = ComponentType<PartViewProps>;

export function num(v: PartValue | undefined, fallback = 0): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : fallback;
}
