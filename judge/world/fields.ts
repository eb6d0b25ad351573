import arena from '../../tasks/fields/arena.json' with { type: 'json' };
import corridor from '../../tasks/fields/corridor.json' with { type: 'json' };
import maze from '../../tasks/fields/maze.json' with { type: 'json' };
import ring from '../../tasks/fields/ring.json' with { type: 'json' };
import sumo from '../../tasks/fields/sumo.json' with { type: 'json' };
import testTrack from '../../tasks/fields/test-track.json' with { type: 'json' };
import trajectory from '../../tasks/fields/trajectory.json' with { type: 'json' };
import { buildField, type Field, type FieldData } from './field/field.ts';

/**
 * The ready fields in `tasks/fields/`, by name. Imported as JSON (not read from disk) so the same
 * fields exist in the browser's Web Worker; a task may also give its own field data inline.
 */
export const READY_FIELDS: Record<string, unknown> = {
  arena, corridor, maze, ring, sumo, 'test-track': testTrack, trajectory,
};

const built = new Map<string, Field>();

/**
 * A field by name (built once and shared: fields are read-only during a run) or from inline data.
 */
export function getField(field: string | FieldData): Field {
  if (typeof field !== 'string') return buildField(field, (field as { name?: string }).name ?? 'inline');
  let f = built.get(field);
  if (!f) {
    const data = READY_FIELDS[field];
    if (!data) throw new Error(`Unknown field «${field}»; ready fields: ${Object.keys(READY_FIELDS).join(', ')}`);
    f = buildField(data, field);
    built.set(field, f);
  }
  return f;
}
