import '@wokwi/elements/dist/esm/lcd1602-element.js';
import { Wokwi } from '../Wokwi.tsx';
import type { PartViewProps } from '../types.ts';

/** A 16×2 character LCD showing the text the part reports (line0/line1 or text). */
export function LcdView({ spec, state }: PartViewProps) {
  const lines = [state?.line0 ?? state?.row0, state?.line1 ?? state?.row1].map((l) => String(l ?? '').padEnd(16).slice(0, 16));
  const text = typeof state?.text === 'string' ? state.text : lines.join('\n');
  return (
    <Wokwi
      tag="wokwi-lcd1602"
      label={spec.id}
      props={{ text, backlight: state?.backlight !== false, cursor: Boolean(state?.cursor), blink: Boolean(state?.blink) }}
    />
  );
}
