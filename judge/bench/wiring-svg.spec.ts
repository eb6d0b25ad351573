import { describe, expect, it } from 'vitest';
import { renderWiringSvg } from './wiring-svg.ts';

describe('renderWiringSvg', () => {
  const svg = renderWiringSvg([
    { kind: 'led', id: 'red', pins: { anode: 'D12' }, color: 'red' },
    { kind: 'button', id: 'btn', pins: { pin: '2' } },
    { kind: 'potentiometer', id: 'pot', pins: { wiper: 'A0' } },
    { kind: 'seven-segment', id: 'seg<1>', pins: { a: 'sr1.Q0' } },
  ]);

  it('draws the Uno headers as on the board, every hole labelled', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/>GND</g)?.length).toBe(3);
    expect(svg).toContain('>~11<');
    expect(svg).toContain('>A5<');
  });

  it('draws every part with one wire per board pin, and names pins wired to other parts', () => {
    for (const id of ['red', 'btn', 'pot']) expect(svg).toContain(`>${id}<`);
    expect(svg.match(/<polyline/g)?.length).toBe(3);
    expect(svg).toContain('→ sr1.Q0');
    expect(svg).toContain('seg&lt;1&gt;');
  });

  it('is the same picture every time', () => {
    expect(renderWiringSvg([{ kind: 'led', id: 'led', pins: { anode: 'D13' } }])).toBe(renderWiringSvg([{ kind: 'led', id: 'led', pins: { anode: 'D13' } }]));
  });
});
