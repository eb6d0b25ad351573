import type { Field } from '../field/field.ts';
import { toField, type Vec } from '../geometry.ts';
import type { RunData } from '../recording.ts';
import { f1 } from '../elements/common.ts';
import { renderField, type SvgOptions } from './field.ts';
import { opponentOutline } from '../physics/opponent.ts';

/**
 * A recorded run over its field: the robot's path (start green, end red, with the body outline at the
 * end), wall contacts as red crosses, sonar echoes as dots, and each can's path to where it stopped.
 */
export function renderRun(field: Field, run: RunData, body: readonly Vec[], options: SvgOptions = {}): string {
  const parts: string[] = [];
  for (const [id, path] of Object.entries(run.cans)) {
    if (path.length > 1) {
      parts.push(`<polyline class="can-path" data-id="${id}" points="${path.map((p) => `${f1(p[1])},${f1(p[2])}`).join(' ')}" fill="none" stroke="#607d8b" stroke-width="4" stroke-dasharray="10 6"/>`);
    }
    const last = path[path.length - 1];
    if (last) {
      const fallen = id in run.fallen;
      parts.push(`<circle class="can-end${fallen ? ' fallen' : ''}" data-id="${id}" cx="${f1(last[1])}" cy="${f1(last[2])}" r="35" fill="${fallen ? '#ffcdd2' : '#cfd8dc'}" fill-opacity="0.8" stroke="#455a64" stroke-width="3"/>`);
    }
  }
  for (const [id, path] of Object.entries(run.opponents ?? {})) {
    if (path.length > 1) {
      parts.push(`<polyline class="opponent-path" data-id="${id}" points="${path.map((p) => `${f1(p[1])},${f1(p[2])}`).join(' ')}" fill="none" stroke="#ef6c00" stroke-width="5" stroke-dasharray="12 6"/>`);
    }
    const last = path[path.length - 1];
    if (last) {
      const out = id in (run.opponentsOut ?? {});
      const outline = opponentOutline({ x: last[1], y: last[2], size: run.opponentSizes?.[id] ?? 100, angle: last[3] }).map((p) => `${f1(p[0])},${f1(p[1])}`).join(' ');
      parts.push(`<polygon class="opponent-end${out ? ' out' : ''}" data-id="${id}" points="${outline}" fill="${out ? '#ffcc80' : '#ef6c00'}" fill-opacity="0.6" stroke="#bf360c" stroke-width="4"/>`);
    }
  }
  if (run.poses.length) {
    parts.push(`<polyline class="path" points="${run.poses.map((p) => `${f1(p[1])},${f1(p[2])}`).join(' ')}" fill="none" stroke="#1e88e5" stroke-width="6" stroke-linejoin="round" stroke-opacity="0.85"/>`);
    const [, sx, sy] = run.poses[0];
    const end = run.poses[run.poses.length - 1];
    parts.push(`<circle class="path-start" cx="${f1(sx)}" cy="${f1(sy)}" r="14" fill="#43a047"/>`);
    const outline = body.map((p) => toField({ x: end[1], y: end[2], heading: end[3] }, p)).map((p) => `${f1(p[0])},${f1(p[1])}`).join(' ');
    parts.push(`<polygon class="robot" points="${outline}" fill="#1e88e5" fill-opacity="0.25" stroke="#0d47a1" stroke-width="4"/>`);
    parts.push(`<circle class="path-end" cx="${f1(end[1])}" cy="${f1(end[2])}" r="14" fill="#e53935"/>`);
  }
  for (const [, x, y] of run.sonarHits) parts.push(`<circle class="sonar-hit" cx="${f1(x)}" cy="${f1(y)}" r="6" fill="#8e24aa" fill-opacity="0.5"/>`);
  for (const [, x, y] of run.contacts) {
    parts.push(`<path class="contact" d="M${f1(x - 25)} ${f1(y - 25)}L${f1(x + 25)} ${f1(y + 25)}M${f1(x - 25)} ${f1(y + 25)}L${f1(x + 25)} ${f1(y - 25)}" stroke="#d32f2f" stroke-width="8"/>`);
  }
  return renderField(field, { ...options, overlay: [options.overlay ?? '', ...parts].filter(Boolean).join('\n    ') });
}
