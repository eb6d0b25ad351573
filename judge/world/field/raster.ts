import type { Vec } from '../geometry.ts';

/**
 * The field's reflectance precomputed on a grid (default 2 mm cells), 0 black … 255 white, so a
 * line sensor's read is a few array lookups rather than a walk over every line of the field: the
 * world must stay cheap next to the CPU simulation.
 */
export class Raster {
  readonly cols: number;
  readonly rows: number;
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    readonly cell: number,
    background: number,
  ) {
    this.cols = Math.ceil(width / cell);
    this.rows = Math.ceil(height / cell);
    this.data = new Uint8Array(this.cols * this.rows).fill(Math.round(background * 255));
  }

  /** Reflectance 0…1 at a field point; outside the field reads as `outside` (a table edge). */
  at(x: number, y: number, outside = 0): number {
    const c = Math.floor(x / this.cell);
    const r = Math.floor(y / this.cell);
    if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return outside;
    return this.data[r * this.cols + c] / 255;
  }
}

/** Paints shapes into a raster; each shape visits only the cells of its bounding box. */
export class Painter {
  constructor(readonly raster: Raster) {}

  private box(x0: number, y0: number, x1: number, y1: number, inside: (x: number, y: number) => boolean, value: number): void {
    const { cell, cols, rows, data } = this.raster;
    const v = Math.round(Math.max(0, Math.min(1, value)) * 255);
    const c0 = Math.max(0, Math.floor(x0 / cell));
    const c1 = Math.min(cols - 1, Math.floor(x1 / cell));
    const r0 = Math.max(0, Math.floor(y0 / cell));
    const r1 = Math.min(rows - 1, Math.floor(y1 / cell));
    for (let r = r0; r <= r1; r++) {
      const y = (r + 0.5) * cell;
      for (let c = c0; c <= c1; c++) if (inside((c + 0.5) * cell, y)) data[r * cols + c] = v;
    }
  }

  /** A stroke of width 2·half along segment ab, with round ends (so polylines join cleanly). */
  capsule(a: Vec, b: Vec, half: number, value: number): void {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy || 1e-12;
    const h2 = half * half;
    this.box(Math.min(a[0], b[0]) - half, Math.min(a[1], b[1]) - half, Math.max(a[0], b[0]) + half, Math.max(a[1], b[1]) + half, (x, y) => {
      let t = ((x - a[0]) * dx + (y - a[1]) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = a[0] + t * dx - x;
      const ey = a[1] + t * dy - y;
      return ex * ex + ey * ey <= h2;
    }, value);
  }

  /** Ring between radii r0 and r1 (r0 = 0 gives a disc). */
  annulus(c: Vec, r0: number, r1: number, value: number): void {
    const a2 = r0 * r0;
    const b2 = r1 * r1;
    this.box(c[0] - r1, c[1] - r1, c[0] + r1, c[1] + r1, (x, y) => {
      const d2 = (x - c[0]) ** 2 + (y - c[1]) ** 2;
      return d2 >= a2 && d2 <= b2;
    }, value);
  }

  rect(x: number, y: number, w: number, h: number, value: number): void {
    this.box(x, y, x + w, y + h, () => true, value);
  }
}
