/** The recorded trace of a run, as plain JSON-safe data (stored with failed tests, drawn by the client). */
export interface TraceData {
  /** Cycles per second of the recording (16 MHz). */
  hz: number;
  startCycle: number;
  endCycle: number;
  /** Pin level changes: [cycle, pin name, level]. The first entry of each pin is its initial level. */
  pins: [number, string, 0 | 1][];
  /** Serial bytes: [cycle, 'tx' | 'rx', byte]. */
  serial: [number, 'tx' | 'rx', number][];
  /** Part events: [cycle, part id, what, value]. */
  events: [number, string, string, number | string][];
  /** Robot pose samples for robot tasks: [cycle, x mm, y mm, heading rad]. */
  poses?: [number, number, number, number][];
  /** True when the recording hit its size cap and the rest was dropped. */
  truncated?: boolean;
}
