import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartSpec } from '../api/types.ts';
import type { Snapshot } from '../sim/protocol.ts';
import { viewFor } from './viewRegistry.ts';

/** Wiring label: "D13", or "D2, D3" for parts with several pins. */
function wiring(spec: PartSpec): string {
  return Object.entries(spec.pins)
    .map(([name, pin]) => (Object.keys(spec.pins).length > 1 ? `${name}→${pin}` : pin))
    .join(', ');
}

/** The task's parts, drawn with @wokwi/elements and live from the simulator's snapshots. Lazy-loaded. */
export default function PartsBoard({
  parts,
  snapshot,
  input,
  running,
}: {
  parts: PartSpec[];
  snapshot: Snapshot | null;
  input: (partId: string, action: string, value?: number) => void;
  running: boolean;
}) {
  const { t } = useTranslation();
  if (!parts.length) return <p className="muted parts-empty">{t('task.noParts')}</p>;
  return (
    <div className="parts-board">
      {parts.map((spec) => (
        <PartCard key={spec.id} spec={spec} snapshot={snapshot} input={input} running={running} />
      ))}
    </div>
  );
}

function PartCard({
  spec,
  snapshot,
  input,
  running,
}: {
  spec: PartSpec;
  snapshot: Snapshot | null;
  input: (partId: string, action: string, value?: number) => void;
  running: boolean;
}) {
  const View = viewFor(spec.kind);
  const act = useCallback((action: string, value?: number) => input(spec.id, action, value), [input, spec.id]);
  return (
    <figure className={`part part-${spec.kind}`} data-part={spec.id}>
      <div className="part-drawing">
        <View spec={spec} state={snapshot?.parts[spec.id]} pins={snapshot?.pins} input={act} running={running} />
      </div>
      <figcaption>
        <strong>{typeof spec.label === 'string' ? spec.label : spec.id}</strong>
        <span className="muted"> {wiring(spec)}</span>
      </figcaption>
    </figure>
  );
}
