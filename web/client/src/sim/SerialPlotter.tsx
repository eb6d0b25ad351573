import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotterModel } from './plotter.ts';

const COLORS = ['#2f6fdf', '#e0663a', '#1e9e5a', '#a04fd0', '#c98a00', '#d6453d'];

/** Draws the plotter's series on a canvas; redraws when `version` changes. */
export function SerialPlotter({ model, version }: { model: PlotterModel; version: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const scale = window.devicePixelRatio || 1;
    const w = c.clientWidth;
    const h = c.clientHeight;
    c.width = w * scale;
    c.height = h * scale;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const all = model.series.flatMap((s) => s.values.filter(Number.isFinite));
    if (!all.length) return;
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    if (hi - lo < 1e-9) {
      lo -= 1;
      hi += 1;
    }
    const pad = 16;
    const y = (v: number) => h - pad - ((v - lo) / (hi - lo)) * (h - 2 * pad);
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#5d6b82';
    ctx.strokeStyle = '#e4e9f2';
    for (const v of [lo, (lo + hi) / 2, hi]) {
      ctx.beginPath();
      ctx.moveTo(40, y(v));
      ctx.lineTo(w, y(v));
      ctx.stroke();
      ctx.fillText(String(Math.round(v * 100) / 100), 2, y(v) + 4);
    }
    const n = model.capacity;
    model.series.forEach((s, i) => {
      ctx.strokeStyle = COLORS[i % COLORS.length];
      ctx.lineWidth = 2;
      ctx.beginPath();
      let pen = false;
      s.values.forEach((v, k) => {
        const x = 40 + ((k + n - s.values.length) / (n - 1)) * (w - 44);
        if (!Number.isFinite(v)) {
          pen = false;
          return;
        }
        if (pen) ctx.lineTo(x, y(v));
        else ctx.moveTo(x, y(v));
        pen = true;
      });
      ctx.stroke();
    });
  }, [model, version]);

  const empty = model.series.length === 0;
  return (
    <div className="serial-plotter">
      <canvas ref={canvas} />
      {empty && <p className="plot-empty muted">{t('serial.plotEmpty')}</p>}
      <div className="plot-legend">
        {model.series.map((s, i) => (
          <span key={s.name}>
            <i style={{ background: COLORS[i % COLORS.length] }} /> {s.name}
          </span>
        ))}
      </div>
    </div>
  );
}
