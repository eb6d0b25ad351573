import type { TraceData } from './trace.ts';

export interface VcdOptions {
  /** Time unit of the file: '1ns' keeps cycle precision (62.5 ns, rounded to the ns); '1us' makes
   * smaller files that samplers (sigrok/PulseView) expand into fewer samples. */
  timescale?: '1ns' | '1us';
  /** Written in the header ($comment). */
  comment?: string;
  /** Put part events in as `$comment` lines at their time (GTKWave and sigrok skip them). */
  eventComments?: boolean;
}

/**
 * Writes a trace as a Value Change Dump (IEEE 1364 §18) that GTKWave, PulseView and sigrok-cli open:
 * one 1-bit wire per recorded pin, and the serial port as two 8-bit vectors (`serial_tx`,
 * `serial_rx`) holding each byte from the moment it was sent. A `_strobe` wire pulses with every byte
 * so two equal bytes in a row stay visible.
 */
export function traceToVcd(trace: TraceData, options: VcdOptions = {}): string {
  const unitNs = options.timescale === '1us' ? 1000 : 1;
  const nsPerCycle = 1e9 / trace.hz;
  const time = (cycle: number) => Math.round(((cycle - trace.startCycle) * nsPerCycle) / unitNs);

  const pinNames = [...new Set(trace.pins.map((p) => p[1]))].sort(comparePins);
  const ids = new Map<string, string>();
  let next = 0;
  const id = (name: string) => {
    if (!ids.has(name)) ids.set(name, shortId(next++));
    return ids.get(name)!;
  };

  const header: string[] = [
    '$version Technolab judge recorder $end',
    ...(options.comment ? [`$comment ${options.comment.replace(/\$end/g, '')} $end`] : []),
    `$timescale ${options.timescale ?? '1ns'} $end`,
    '$scope module uno $end',
  ];
  for (const pin of pinNames) header.push(`$var wire 1 ${id(pin)} ${pin} $end`);
  const hasSerial = trace.serial.length > 0;
  if (hasSerial) {
    for (const dir of ['tx', 'rx'] as const) {
      header.push(`$var wire 8 ${id(`serial_${dir}`)} serial_${dir} $end`);
      header.push(`$var wire 1 ${id(`serial_${dir}_strobe`)} serial_${dir}_strobe $end`);
    }
  }
  header.push('$upscope $end', '$enddefinitions $end');

  // Changes: [time, order, text]; order keeps a strobe's fall before the next byte's rise.
  const changes: [number, number, string][] = [];
  const initial = new Map<string, string>();
  for (const [cycle, pin, level] of trace.pins) {
    if (!initial.has(pin)) initial.set(pin, `${level}${id(pin)}`);
    else changes.push([time(cycle), 1, `${level}${id(pin)}`]);
  }
  if (hasSerial) {
    for (const dir of ['tx', 'rx']) {
      initial.set(`serial_${dir}`, `b0 ${id(`serial_${dir}`)}`);
      initial.set(`serial_${dir}_strobe`, `0${id(`serial_${dir}_strobe`)}`);
    }
    for (const [cycle, dir, byte] of trace.serial) {
      const t = time(cycle);
      changes.push([t, 1, `b${byte.toString(2)} ${id(`serial_${dir}`)}`]);
      changes.push([t, 1, `1${id(`serial_${dir}_strobe`)}`]);
      changes.push([t + 1, 0, `0${id(`serial_${dir}_strobe`)}`]);
    }
  }
  if (options.eventComments !== false) {
    for (const [cycle, part, what, value] of trace.events) {
      changes.push([time(cycle), 2, `$comment ${part}.${what}=${String(value).replace(/\$end/g, '')} $end`]);
    }
  }
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const body: string[] = ['#0', '$dumpvars', ...initial.values(), '$end'];
  let current = 0;
  for (const [t, , line] of changes) {
    if (t !== current) {
      body.push(`#${t}`);
      current = t;
    }
    body.push(line);
  }
  const end = time(trace.endCycle);
  if (end > current) body.push(`#${end}`);
  return [...header, ...body].join('\n') + '\n';
}

/** VCD identifiers: printable ASCII 33–126, shortest first. */
function shortId(n: number): string {
  let s = '';
  do {
    s += String.fromCharCode(33 + (n % 94));
    n = Math.floor(n / 94);
  } while (n > 0);
  return s;
}

/** D0…D13 then A0…A5, in board order rather than alphabetical. */
function comparePins(a: string, b: string): number {
  const key = (p: string) => (p[0] === 'A' ? 100 : 0) + Number(p.slice(1));
  return key(a) - key(b) || a.localeCompare(b);
}
