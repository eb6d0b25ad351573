import type { Text } from '../../api/types.ts';

/**
 * One documented name of the Arduino API, as data: the editor builds completion items and hover help
 * from it in the student's language. `owner` groups members: 'Serial' (a global object) or a class
 * name ('Servo', 'LiquidCrystal') whose variables the sketch declares itself.
 */
export interface ApiEntry {
  name: string;
  kind: 'function' | 'method' | 'constant' | 'class' | 'keyword';
  owner?: string;
  /** As shown in help: `digitalWrite(pin, value)`. */
  signature: string;
  /** Snippet inserted on completion (Monaco snippet syntax); defaults to the name. */
  insert?: string;
  doc: Text;
  params?: { name: string; doc: Text }[];
  returns?: Text;
  example?: string;
}

export interface ApiGroup {
  id: string;
  title: Text;
  entries: ApiEntry[];
}
