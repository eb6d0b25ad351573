import '@wokwi/elements/dist/esm/lcd1602-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

/** A 16×2 character LCD: the element takes 32 characters, row 0 then row 1. */
export function LcdView({ spec, state }: PartViewProps) {
  const row = (v: unknown) => String(v ?? '').padEnd(16).slice(0, 16);
  const on = state?.displayOn !== false;
  return (
    <Wokwi
      tag="wokwi-lcd1602"
      label={spec.id}
      props={{
        text: on ? row(state?.line0) + row(state?.line1) : ' '.repeat(32),
        backlight: state?.backlight !== false,
        cursor: Boolean(state?.cursor),
        blink: Boolean(state?.blink),
        cursorX: num(state?.cursorCol),
        cursorY: num(state?.cursorRow),
        pins: spec.kind === 'lcd1602-i2c' ? 'i2c' : 'full',
      }}
    />
  );
}
