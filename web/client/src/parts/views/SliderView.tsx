import { useState } from 'react';
import type { PartViewProps } from '../types.ts';
import { SENSORS, fromSlider, toSlider } from '../sensors.ts';

/** Light, temperature, distance, line sensors: a big slider the child drags, with the value and unit. */
export function SliderView({ spec, input }: PartViewProps) {
  const control = SENSORS[spec.kind];
  const [value, setValue] = useState(() => (control ? control.initial(spec) : 0));
  if (!control) return null;
  const shown = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return (
    <label className="slider-part">
      <span className="slider-icon" aria-hidden="true">
        {control.icon}
      </span>
      <input
        type="range"
        min={0}
        max={1000}
        value={toSlider(control, value)}
        aria-label={`${spec.id}, ${control.unit}`}
        data-testid={`slider-${spec.id}`}
        onChange={(e) => {
          const v = fromSlider(control, Number(e.target.value));
          setValue(v);
          input(control.action, v * (control.scale ?? 1));
        }}
      />
      <span className="slider-value">
        {shown} {control.unit}
      </span>
    </label>
  );
}
