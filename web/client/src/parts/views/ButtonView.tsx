import { useMemo } from 'react';
import '@wokwi/elements/dist/esm/pushbutton-element.js';
import { Wokwi } from '../Wokwi.tsx';
import type { PartViewProps } from '../types.ts';

/** A clickable push button: held while the mouse (or Space/Enter key on the element) is down. */
export function ButtonView({ spec, state, input }: PartViewProps) {
  const events = useMemo(
    () => ({ 'button-press': () => input('press'), 'button-release': () => input('release') }),
    [input],
  );
  return (
    <Wokwi
      tag="wokwi-pushbutton"
      label={spec.id}
      props={{ color: String(spec.color ?? 'green'), pressed: Boolean(state?.pressed) }}
      events={events}
    />
  );
}
