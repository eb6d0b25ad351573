import type { PartSpec } from '../parts/part.ts';

/**
 * The wiring picture of a task (statements show it as `wiring.svg`): an Uno with its two headers
 * laid out as on the real board, and each part above (digital pins) or below (analog pins) it,
 * with one coloured wire per connection. Pure string building, deterministic, no DOM: it runs in
 * Node when a task loads and in the browser when a teacher edits the parts.
 */
const W = 720;
const BOARD = { x: 120, y: 170, w: 480, h: 150 };
const PART = { w: 96, h: 64, gap: 16 };
// Header order of a real Uno, left to right.
const TOP = ['AREF', 'GND', 'D13', 'D12', 'D11', 'D10', 'D9', 'D8', '', 'D7', 'D6', 'D5', 'D4', 'D3', 'D2', 'D1', 'D0'];
const BOTTOM = ['IOREF', 'RESET', '3.3V', '5V', 'GND', 'GND', 'VIN', '', 'A0', 'A1', 'A2', 'A3', 'A4', 'A5'];
const PWM = new Set(['D3', 'D5', 'D6', 'D9', 'D10', 'D11']);
const WIRE_COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#808000', '#000075'];
const LED_COLORS: Record<string, string> = { red: '#e53935', green: '#43a047', yellow: '#fdd835', blue: '#1e88e5', white: '#f5f5f5', orange: '#fb8c00' };

export function renderWiringSvg(parts: readonly PartSpec[]): string {
  // Every header hole (GND appears three times), and the signal pins by name for the wires.
  const holes: { name: string; x: number; y: number }[] = [];
  const step = BOARD.w / (TOP.length + 1);
  TOP.forEach((p, i) => p && holes.push({ name: p, x: BOARD.x + step * (i + 1), y: BOARD.y + 14 }));
  const stepB = BOARD.w / (BOTTOM.length + 1);
  BOTTOM.forEach((p, i) => p && holes.push({ name: p, x: BOARD.x + stepB * (i + 1), y: BOARD.y + BOARD.h - 14 }));
  const pinX = new Map(holes.map((h) => [h.name, h] as const));

  const isBottom = (spec: PartSpec) => Object.values(spec.pins).some((ref) => /^A\d$/i.test(String(ref)));
  const rows = { top: parts.filter((p) => !isBottom(p)), bottom: parts.filter(isBottom) };
  const out: string[] = [];
  const wires: string[] = [];
  let color = 0;

  const place = (row: PartSpec[], y: number, below: boolean) => {
    const total = row.length * PART.w + (row.length - 1) * PART.gap;
    let x = Math.max(8, (W - total) / 2);
    row.forEach((spec, index) => {
      out.push(drawPart(spec, x, y));
      const pins = Object.entries(spec.pins);
      pins.forEach(([name, ref], i) => {
        const px = x + (PART.w * (i + 1)) / (pins.length + 1);
        const py = below ? y : y + PART.h;
        out.push(label(px, below ? py - 4 : py + 12, name, 9, '#333'));
        const target = pinX.get(canonical(String(ref)));
        const stroke = WIRE_COLORS[color++ % WIRE_COLORS.length];
        if (!target) {
          out.push(label(px, below ? py - 16 : py + 24, `→ ${ref}`, 9, stroke));
          return;
        }
        // Route: down (or up) from the part, across at a level of its own, then to the header pin.
        const lane = below ? BOARD.y + BOARD.h + 12 + index * 4 + i * 3 : BOARD.y - 16 - index * 4 - i * 3;
        wires.push(`<polyline points="${px},${py} ${px},${lane} ${target.x},${lane} ${target.x},${target.y}" fill="none" stroke="${stroke}" stroke-width="2.5" stroke-linejoin="round"/>`);
      });
      x += PART.w + PART.gap;
    });
  };
  place(rows.top, 40, false);
  place(rows.bottom, BOARD.y + BOARD.h + 60, true);

  const height = BOARD.y + BOARD.h + (rows.bottom.length ? 60 + PART.h + 30 : 40);
  const board = [
    `<rect x="${BOARD.x}" y="${BOARD.y}" width="${BOARD.w}" height="${BOARD.h}" rx="10" fill="#00878f" stroke="#005c61" stroke-width="2"/>`,
    label(BOARD.x + BOARD.w / 2, BOARD.y + BOARD.h / 2 + 6, 'Arduino Uno', 18, '#ffffff', 'bold'),
    ...holes.map(({ name, ...p }) => {
      const top = p.y < BOARD.y + BOARD.h / 2;
      const text = name.replace(/^D/, '');
      const shown = PWM.has(name) ? `~${text}` : text;
      return `<rect x="${p.x - 5}" y="${p.y - 5}" width="10" height="10" fill="#222"/>` +
        label(p.x, top ? p.y + 20 : p.y - 10, shown, 9, '#ffffff');
    }),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="sans-serif">`,
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    ...board,
    ...wires,
    ...out,
    '</svg>',
  ].join('\n') + '\n';
}

function canonical(ref: string): string {
  const t = ref.trim().toUpperCase();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n < 14 ? `D${n}` : `A${n - 14}`;
  }
  return t;
}

function drawPart(spec: PartSpec, x: number, y: number): string {
  const cx = x + PART.w / 2;
  const cy = y + PART.h / 2 - 6;
  const box = `<rect x="${x}" y="${y}" width="${PART.w}" height="${PART.h}" rx="8" fill="#f7f7f7" stroke="#999"/>`;
  const name = label(cx, y + PART.h - 6, spec.id, 11, '#111', 'bold');
  let symbol: string;
  switch (spec.kind) {
    case 'led': {
      const fill = LED_COLORS[String(spec.color ?? 'red')] ?? String(spec.color ?? '#e53935');
      symbol = `<circle cx="${cx}" cy="${cy}" r="12" fill="${escape(fill)}" stroke="#555"/>`;
      break;
    }
    case 'button':
      symbol = `<rect x="${cx - 14}" y="${cy - 12}" width="28" height="24" rx="3" fill="#333"/><circle cx="${cx}" cy="${cy}" r="8" fill="#888"/>`;
      break;
    case 'servo':
      symbol = `<rect x="${cx - 22}" y="${cy - 10}" width="44" height="20" rx="3" fill="#1565c0"/><line x1="${cx}" y1="${cy}" x2="${cx + 18}" y2="${cy - 14}" stroke="#fff" stroke-width="4" stroke-linecap="round"/>`;
      break;
    case 'buzzer':
      symbol = `<circle cx="${cx}" cy="${cy}" r="13" fill="#222"/>${label(cx, cy + 5, '♪', 14, '#fff')}`;
      break;
    case 'potentiometer':
      symbol = `<circle cx="${cx}" cy="${cy}" r="13" fill="#1e88e5"/><line x1="${cx}" y1="${cy}" x2="${cx}" y2="${cy - 12}" stroke="#fff" stroke-width="3"/>`;
      break;
    default:
      symbol = label(cx, cy + 4, spec.kind, 11, '#333');
  }
  return box + symbol + name;
}

function label(x: number, y: number, text: string, size: number, fill: string, weight = 'normal'): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" fill="${fill}" font-weight="${weight}" text-anchor="middle">${escape(text)}</text>`;
}

const round = (v: number) => Math.round(v * 10) / 10;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
