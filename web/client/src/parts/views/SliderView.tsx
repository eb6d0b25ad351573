import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartViewProps } from '../types.ts';
import { num } from '../types.ts';

/** Light, distance and other sensors without a knob: a big slider the child drags. */
export function SliderView({ spec, state, input }: PartViewProps) {
  const { i18n } = useTranslation();
  const [value, setValue] = useState(() => num(state?.level ?? state?.position, 0.5));
  const icon = spec.kind.includes('light') || spec.kind.includes('photo') ? '☀' : '↔';
  return (
    <label className="slider-part">
      <span className="slider-icon" aria-hidden="true">
        {icon}
      </span>
      <input
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={value}
        aria-label={`${spec.id} ${i18n.language === 'en' ? 'level' : 'уровень'}`}
        onChange={(e) => {
          const v = Number(e.target.value);
          setValue(v);
          input('setLevel', v);
          input('setPosition', v);
        }}
      />
      <span className="slider-value">{Math.round(value * 100)}%</span>
    </label>
  );
}
