import type { Trace } from '../api/types.ts';

// The judge's VCD writer (judge/board/vcd.ts) when present, so the file matches what the judge
// exports; loaded lazily because only a click on «Скачать VCD» needs it.
const writers = import.meta.glob<{ traceToVcd(trace: Trace, options?: { comment?: string }): string }>('../../../../judge/board/vcd.ts');

export function vcdAvailable(): boolean {
  return Object.keys(writers).length > 0;
}

/** Generates the VCD in the browser and saves it as a file. */
export async function downloadVcd(trace: Trace, name: string): Promise<void> {
  const load = Object.values(writers)[0];
  if (!load) return;
  const { traceToVcd } = await load();
  const blob = new Blob([traceToVcd(trace, { comment: name })], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.vcd`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
