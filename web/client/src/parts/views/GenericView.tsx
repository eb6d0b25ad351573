import type { PartViewProps } from '../types.ts';

/** A part without a drawing yet: its readings as text, so nothing is hidden from the child. */
export function GenericView({ spec, state }: PartViewProps) {
  return (
    <dl className="generic-part">
      {Object.entries(state ?? {}).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{typeof v === 'number' ? Math.round(v * 100) / 100 : String(v)}</dd>
        </div>
      ))}
      {!state && <div className="muted">{spec.kind}</div>}
    </dl>
  );
}
