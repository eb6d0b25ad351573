import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../api/types.ts';
import { buildTimeline, visibleSegments } from './timeline.ts';

const ROW = 26;
const LABEL = 44;

/** A logic-analyzer view of the pins a failed test recorded, with zoom. SVG, scales with its box. */
export function PinTimeline({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const model = useMemo(() => buildTimeline(trace), [trace]);
  // Pins that never changed say little; show the ones that did (all of them if none did).
  const tracks = useMemo(() => {
    const active = model.tracks.filter((t) => t.edges > 0);
    return active.length ? active : model.tracks;
  }, [model]);
  // Draw at the box's real width, so text and lines stay crisp and readable at any pane size.
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(400);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(240, Math.round(el.clientWidth))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const [zoom, setZoom] = useState(1);
  const [offset, setOffset] = useState(0);
  const span = model.durationMs / zoom;
  const from = Math.min(offset, Math.max(0, model.durationMs - span));
  const to = from + span;
  const plot = width - LABEL - 8;
  const x = (ms: number) => LABEL + ((ms - from) / (span || 1)) * plot;
  const minMs = (span / plot) * 1.5;
  const height = tracks.length * ROW + 26;
  const ticks = Array.from({ length: 5 }, (_, i) => from + (span * i) / 4);

  return (
    <div className="timeline" ref={box}>
      <div className="row timeline-tools">
        <strong>{t('judge.timeline')}</strong>
        <button type="button" className="btn btn-small" onClick={() => setZoom((z) => Math.max(1, z / 2))} disabled={zoom <= 1} aria-label="zoom out">
          −
        </button>
        <button type="button" className="btn btn-small" onClick={() => setZoom((z) => Math.min(4096, z * 2))} aria-label="zoom in">
          +
        </button>
        {zoom > 1 && (
          <input
            type="range"
            min={0}
            max={Math.max(0, model.durationMs - span)}
            step={span / 50}
            value={from}
            onChange={(e) => setOffset(Number(e.target.value))}
            aria-label="scroll"
          />
        )}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="timeline-svg" role="img" aria-label={t('judge.timeline')}>
        {tracks.map((track, i) => {
          const top = i * ROW + 6;
          const hi = top + 3;
          const lo = top + ROW - 9;
          return (
            <g key={track.pin}>
              <text x={4} y={top + ROW / 2 + 1} className="tl-label">
                {track.pin}
              </text>
              {visibleSegments(track, from, to, minMs).map(([a, b, level], k, all) =>
                level === 2 ? (
                  <rect key={k} x={x(a)} y={hi} width={Math.max(1, x(b) - x(a))} height={lo - hi} className="tl-busy" />
                ) : (
                  <path
                    key={k}
                    d={`M${x(a)},${level ? hi : lo} H${x(b)}${k < all.length - 1 ? ` V${level ? lo : hi}` : ''}`}
                    className={level ? 'tl-high' : 'tl-low'}
                  />
                ),
              )}
            </g>
          );
        })}
        {model.serial
          .filter((s) => s.ms >= from && s.ms <= to)
          .slice(0, 60)
          .map((s, i) => (
            <circle key={i} cx={x(s.ms)} cy={height - 18} r={3} className={`tl-serial tl-${s.dir}`}>
              <title>{JSON.stringify(s.text)}</title>
            </circle>
          ))}
        {ticks.map((ms) => (
          <text key={ms} x={Math.min(x(ms), width - 40)} y={height - 2} className="tl-tick">
            {ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`}
          </text>
        ))}
      </svg>
    </div>
  );
}
