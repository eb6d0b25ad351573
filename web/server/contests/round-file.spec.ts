import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoundFiles, parseRoundFile } from './round-file.ts';

const SAMPLE = `id: cup-sample
title: { ru: "Кубок", en: "Cup" }
description: { ru: "Описание", en: "Description" }
scoring: robot            # icpc | ioi | robot
durationMinutes: 120
freezeMinutes: 30
participants: individual  # individual | team
tasks:
  - { label: A, task: cup-io-warmup }
  - { label: E, task: cup-timed-run, measure: finish-time, better: lower }
`;

describe('round files (tasks/contests/*.yaml)', () => {
  it('accepts the documented format', () => {
    const r = parseRoundFile(SAMPLE, 'cup-sample.yaml', () => true);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.round).toMatchObject({ id: 'cup-sample', scoring: 'robot', durationMinutes: 120, freezeMinutes: 30, participants: 'individual' });
      expect(r.round.tasks[1]).toEqual({ label: 'E', task: 'cup-timed-run', measure: 'finish-time', better: 'lower' });
    }
  });

  it('explains every problem in Russian and English', () => {
    const bad = SAMPLE.replace('scoring: robot', 'scoring: chess').replace('label: E', 'label: A').replace('freezeMinutes: 30', 'freezeMinutes: 30\ncolour: red');
    const r = parseRoundFile(bad, 'cup-sample.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const all = r.errors.map((e) => `${e.ru} | ${e.en}`).join('\n');
      expect(all).toContain('cup-sample.yaml');
      expect(all).toMatch(/scoring/);
      expect(all).toMatch(/icpc \| ioi \| robot/);
      expect(all).toMatch(/colour/);
      for (const e of r.errors) expect(/[а-яё]/i.test(e.ru)).toBe(true);
    }
  });

  it('checks labels, measures, the freeze, the id and the tasks on the server', () => {
    const twice = parseRoundFile(SAMPLE.replace('label: E', 'label: A'), 'cup-sample.yaml', () => true);
    expect(!twice.ok && twice.errors.some((e) => /A/.test(e.en) && /twice/.test(e.en))).toBe(true);
    const icpcMeasure = parseRoundFile(SAMPLE.replace('scoring: robot', 'scoring: icpc'), 'cup-sample.yaml', () => true);
    expect(!icpcMeasure.ok && icpcMeasure.errors.some((e) => /measure needs scoring: robot/.test(e.en))).toBe(true);
    const missing = parseRoundFile(SAMPLE, 'cup-sample.yaml', (id) => id !== 'cup-timed-run');
    expect(!missing.ok && missing.errors.some((e) => e.ru.includes('«cup-timed-run»'))).toBe(true);
    const name = parseRoundFile(SAMPLE, 'other.yaml', () => true);
    expect(!name.ok && name.errors.some((e) => /file name/.test(e.en))).toBe(true);
    const freeze = parseRoundFile(SAMPLE.replace('freezeMinutes: 30', 'freezeMinutes: 130'), 'cup-sample.yaml', () => true);
    expect(!freeze.ok && freeze.errors.some((e) => /freeze/.test(e.en))).toBe(true);
    expect(parseRoundFile('id: [', 'x.yaml').ok).toBe(false);
  });

  it('loads a folder: good files pass, bad ones come back with their errors', async () => {
    const dir = join(import.meta.dirname, '../../../tests/server/fixtures/contests');
    const files = await loadRoundFiles(dir, (id) => id === 'serial-hello');
    const byName = new Map(files.map((f) => [f.file.split('/').pop(), f.result]));
    expect(byName.get('cup-fixture.yaml')?.ok).toBe(true);
    expect(byName.get('cup-broken.yaml')?.ok).toBe(false);
    expect(await loadRoundFiles('/nonexistent-dir')).toEqual([]);
  });

  it('accepts the real tasks/contests/cup-sample.yaml, whose tasks are on disk', () => {
    const tasks = join(import.meta.dirname, '../../../tasks');
    const file = join(tasks, 'contests/cup-sample.yaml');
    if (!existsSync(file)) return;
    const r = parseRoundFile(readFileSync(file, 'utf8'), 'cup-sample.yaml', (id) => existsSync(join(tasks, id, 'task.yaml')));
    expect(r.ok ? [] : r.errors.map((e) => e.en)).toEqual([]);
  });
});
