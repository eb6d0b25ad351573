import type { Field } from './field.ts';

const cache = new WeakMap<Field, Float32Array>();

/**
 * Distance (mm) from every raster cell to the nearest painted line (the field's ink), by a two-pass
 * chamfer transform: computed once per field, then "how far is the robot from the line" is one
 * lookup, for every recorded pose. Error ≤ ~8 % of the distance, far below any judge's tolerance.
 */
export function inkDistance(field: Field): Float32Array {
  let d = cache.get(field);
  if (d) return d;
  const { cols, rows, data, cell } = field.raster;
  const ink = field.paint.ink * 255;
  d = new Float32Array(cols * rows);
  const far = 1e9;
  for (let i = 0; i < d.length; i++) d[i] = Math.abs(data[i] - ink) < 128 ? 0 : far;
  const a = cell, b = cell * Math.SQRT2;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      let v = d[i];
      if (c > 0) v = Math.min(v, d[i - 1] + a);
      if (r > 0) {
        v = Math.min(v, d[i - cols] + a);
        if (c > 0) v = Math.min(v, d[i - cols - 1] + b);
        if (c < cols - 1) v = Math.min(v, d[i - cols + 1] + b);
      }
      d[i] = v;
    }
  }
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      const i = r * cols + c;
      let v = d[i];
      if (c < cols - 1) v = Math.min(v, d[i + 1] + a);
      if (r < rows - 1) {
        v = Math.min(v, d[i + cols] + a);
        if (c < cols - 1) v = Math.min(v, d[i + cols + 1] + b);
        if (c > 0) v = Math.min(v, d[i + cols - 1] + b);
      }
      d[i] = v;
    }
  }
  cache.set(field, d);
  return d;
}

/** Distance (mm) from a field point to the nearest line; Infinity off the field. */
export function distanceToLine(field: Field, x: number, y: number): number {
  const { cols, rows, cell } = field.raster;
  const c = Math.floor(x / cell);
  const r = Math.floor(y / cell);
  if (c < 0 || r < 0 || c >= cols || r >= rows) return Infinity;
  return inkDistance(field)[r * cols + c];
}
