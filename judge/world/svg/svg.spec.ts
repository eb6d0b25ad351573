import { describe, expect, it } from 'vitest';
import { Random } from '../../board/random.ts';
import { getField } from '../fields.ts';
import { parseRobot } from '../robot-spec.ts';
import { World } from '../world.ts';
import { renderField } from './field.ts';
import { renderRun } from './run.ts';

describe('SVG rendering', () => {
  it('draws the track: lines, arcs and zones of «Траектория», with y flipped once', () => {
    const svg = renderField(getField('trajectory'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox="0 0 2200 1800"');
    expect(svg).toContain('scale(1 -1)');
    expect((svg.match(/class="line"/g) ?? []).length).toBeGreaterThan(10);
    expect(svg).toContain('zone-finish');
  });

  it('draws the ring, the cans, the maze walls and the corridor boxes', () => {
    expect(renderField(getField('ring'))).toMatch(/class="ring"[\s\S]*class="can"/);
    expect(renderField(getField('maze'))).toContain('class="maze wall"');
    expect(renderField(getField('corridor'))).toContain('class="box"');
  });

  it('draws a recorded run over the field: path, robot, contacts and can paths', () => {
    const field = getField('ring');
    const w = new World({ field, robot: parseRobot({}), start: { x: 800, y: 800, heading: 0 }, random: new Random(2) });
    w.commands = { left: { mode: 'drive', direction: 1, duty: 1 }, right: { mode: 'drive', direction: 1, duty: 1 } };
    for (let i = 0; i < 1200; i++) w.step();
    const svg = renderRun(field, w.recording.toJSON(), w.robot.body);
    expect(svg).toMatch(/<polyline class="path" points="800,800 /);
    expect(svg).toContain('class="robot"');
    expect(svg).toContain('class="can-path" data-id="can-1"');
    expect(svg).toContain('class="ring"');
  });
});
