import { z } from 'zod';
import { PINS, parsePin, type PinName, type Uno } from '../board/uno.ts';
import type { Random } from '../board/random.ts';
import type { Part, PartContext, PartSpec, SnapshotValue } from './part.ts';

/**
 * Kind → part class, filled in by each part file (`declare module './registry.ts'`), so that
 * `parts.get('btn', 'button')` is typed as a `Button` for bench authors.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PartKinds {}

/** A spec after validation: pins canonical ("13" → "D13"), settings parsed with their defaults. */
export interface ValidSpec<S> {
  kind: string;
  id: string;
  pins: Record<string, string>;
  settings: S;
}

export interface PartDefinition<Schema extends z.ZodType, P extends Part> {
  kind: string;
  /** Pins that must be wired, by the part's own (datasheet) names. */
  pins: readonly string[];
  /** Pins that may be left unconnected (e.g. L298N's EN when its jumper is on). */
  optionalPins?: readonly string[];
  /** Pins the part drives itself (button, echo): they must be board pins, not another part's output. */
  drivenPins?: readonly string[];
  /** Pins read by the ADC: they must be A0–A5. */
  analogPins?: readonly string[];
  /** Outputs other parts may be wired to ("<id>.Q0"), when the part has any. */
  outputs?: readonly string[];
  /** Settings (everything in the spec besides kind, id, pins); use z.strictObject with defaults. */
  settings: Schema;
  /** Problems that involve several fields (e.g. "wire at least one of these pins"); empty when fine. */
  check?(spec: ValidSpec<z.output<Schema>>): string[];
  create(spec: ValidSpec<z.output<Schema>>, ctx: PartContext): P;
}

// The registry stores definitions with their own schema types erased.
type AnyDefinition = PartDefinition<z.ZodType, Part>;
const definitions = new Map<string, AnyDefinition>();

/** Registers a part kind (each part file calls this once, DMOJ-style: adding a part edits no switch). */
export function definePart<Schema extends z.ZodType, P extends Part>(def: PartDefinition<Schema, P>): void {
  if (definitions.has(def.kind)) throw new Error(`Part kind "${def.kind}" is registered twice`);
  definitions.set(def.kind, def as unknown as AnyDefinition);
}

export function partKinds(): string[] {
  return [...definitions.keys()].sort();
}

export function partDefinition(kind: string): AnyDefinition | undefined {
  return definitions.get(kind);
}

/** A spec that a task author got wrong; `problems` lists every mistake at once (English / Russian). */
export class PartSpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid parts / ошибки в описании деталей:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PartSpecError';
  }
}

/**
 * Checks one spec and returns its problems (empty when valid) and the validated spec. `others` maps
 * the ids of the other parts this one may be wired to onto their kinds.
 */
export function checkSpec(spec: PartSpec, others: ReadonlyMap<string, string> = new Map()): { problems: string[]; valid?: ValidSpec<unknown> } {
  const where = `part "${spec?.id ?? '?'}" (${spec?.kind ?? '?'})`;
  const problems: string[] = [];
  if (typeof spec !== 'object' || spec === null) return { problems: [`a part must be an object / деталь должна быть объектом`] };
  const def = definitions.get(spec.kind);
  if (typeof spec.id !== 'string' || !/^[A-Za-z_][\w-]*$/.test(spec.id)) {
    problems.push(`${where}: "id" must be a name like "led1" / «id» должен быть именем вроде "led1"`);
  }
  if (!def) {
    problems.push(`${where}: unknown kind "${spec.kind}"; known kinds: ${partKinds().join(', ')} / неизвестный тип детали`);
    return { problems };
  }
  const pins: Record<string, string> = {};
  const given = spec.pins && typeof spec.pins === 'object' ? spec.pins : {};
  // A part with no pins of its own (the I²C LCD) may leave "pins" out.
  const pinless = def.pins.length === 0 && !def.optionalPins?.length && spec.pins === undefined;
  if (!pinless && (!spec.pins || typeof spec.pins !== 'object')) problems.push(`${where}: "pins" must be an object / «pins» должен быть объектом`);
  const allowed = [...def.pins, ...(def.optionalPins ?? [])];
  for (const name of def.pins) {
    if (!(name in given)) problems.push(`${where}: missing pin "${name}" (pins: ${allowed.join(', ')}) / не подключён вывод «${name}»`);
  }
  for (const [name, ref] of Object.entries(given)) {
    if (!allowed.includes(name)) {
      problems.push(`${where}: unknown pin "${name}" (pins: ${allowed.join(', ') || 'none'}) / нет вывода «${name}»`);
      continue;
    }
    const problem = checkPinRef(def, name, ref, others);
    if (typeof problem === 'string') problems.push(`${where}: pin "${name}": ${problem}`);
    else pins[name] = problem.ref;
  }
  const { kind: _k, id: _i, pins: _p, ...rest } = spec;
  const parsed = def.settings.safeParse(rest);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.length ? issue.path.join('.') : '(settings)';
      problems.push(`${where}: setting "${path}": ${issue.message} / неверная настройка «${path}»`);
    }
  }
  if (problems.length || !parsed.success) return { problems };
  const valid = { kind: spec.kind, id: spec.id, pins, settings: parsed.data };
  for (const p of def.check?.(valid) ?? []) problems.push(`${where}: ${p}`);
  return problems.length ? { problems } : { problems, valid };
}

function checkPinRef(def: AnyDefinition, name: string, ref: unknown, others: ReadonlyMap<string, string>): string | { ref: string } {
  if (typeof ref !== 'string' && typeof ref !== 'number') return `expected a pin name like "D13" / нужен вывод платы вроде "D13"`;
  const text = String(ref);
  const dot = text.indexOf('.');
  if (dot >= 0) {
    if (def.drivenPins?.includes(name) || def.analogPins?.includes(name)) {
      return `"${text}" must be a board pin (D0–D13, A0–A5) / нужен вывод платы`;
    }
    const id = text.slice(0, dot);
    const output = text.slice(dot + 1);
    const kind = others.get(id);
    if (kind === undefined) return `"${text}": no part "${id}" to wire to / нет детали «${id}»`;
    const outputs = definitions.get(kind)?.outputs ?? [];
    if (!outputs.includes(output)) {
      return `"${text}": a ${kind} has no output "${output}" (outputs: ${outputs.join(', ') || 'none'}) / у детали нет такого выхода`;
    }
    return { ref: text };
  }
  let pin: PinName;
  try {
    pin = parsePin(text);
  } catch {
    return `unknown Arduino Uno pin "${text}" (D0–D13, A0–A5) / нет такого вывода Arduino Uno`;
  }
  if (def.analogPins?.includes(name) && PINS[pin].adcChannel === undefined) {
    return `"${text}" is not an analog input; use A0–A5 / это не аналоговый вход, используйте A0–A5`;
  }
  return { ref: pin };
}

/** Validates one spec (throwing a PartSpecError listing every problem) and creates the part. */
export function createPart<K extends keyof PartKinds>(spec: PartSpec & { kind: K }, ctx: PartContext): PartKinds[K];
export function createPart(spec: PartSpec, ctx: PartContext): Part;
export function createPart(spec: PartSpec, ctx: PartContext): Part {
  const known = new Map<string, string>();
  for (const ref of Object.values(spec?.pins ?? {})) {
    const other = String(ref).includes('.') ? ctx.part?.(String(ref).split('.')[0]) : undefined;
    if (other) known.set(other.id, other.kind);
  }
  const { problems, valid } = checkSpec(spec, known);
  if (!valid) throw new PartSpecError(problems);
  return definitions.get(valid.kind)!.create(valid, ctx);
}

export interface PartsOptions {
  board: Uno;
  /** The test's random stream; each part gets `random.fork(id)`. */
  random: Random;
  /** Part events for the trace: [part id, what, value]. */
  emit?(id: string, what: string, value: number | string): void;
}

/** The parts of one test, by id. */
export class PartSet {
  private readonly byId = new Map<string, Part>();
  add(part: Part): void {
    this.byId.set(part.id, part);
  }
  /** The part with this id; with `kind`, also checks its kind and types the result. */
  get<K extends keyof PartKinds>(id: string, kind: K): PartKinds[K];
  get(id: string): Part;
  get(id: string, kind?: string): Part {
    const part = this.byId.get(id);
    if (!part) throw new Error(`No part "${id}" (parts: ${[...this.byId.keys()].join(', ') || 'none'})`);
    if (kind !== undefined && part.kind !== kind) throw new Error(`Part "${id}" is a ${part.kind}, not a ${kind}`);
    return part;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
  all(): Part[] {
    return [...this.byId.values()];
  }
  snapshot(): Record<string, Record<string, SnapshotValue>> {
    return Object.fromEntries(this.all().map((p) => [p.id, p.snapshot()]));
  }
  detach(): void {
    for (const p of this.all()) p.detach?.();
  }
}

/**
 * Validates all specs (one PartSpecError listing every problem of every part) and creates them,
 * parts whose pins are wired to another part's outputs after that part.
 */
export function createParts(specs: readonly PartSpec[], options: PartsOptions): PartSet {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const spec of specs) {
    if (spec && typeof spec.id === 'string' && ids.has(spec.id)) problems.push(`part "${spec.id}": the id is used twice / id повторяется`);
    if (spec && typeof spec.id === 'string') ids.set(spec.id, String(spec.kind));
  }
  const valid: ValidSpec<unknown>[] = [];
  for (const spec of specs) {
    const r = checkSpec(spec, ids);
    problems.push(...r.problems);
    if (r.valid) valid.push(r.valid);
  }
  problems.push(...pinConflicts(valid));
  const ordered = problems.length ? [] : dependencyOrder(valid, problems);
  if (problems.length) throw new PartSpecError(problems);
  const created = new Map<string, Part>();
  for (const spec of ordered) {
    const ctx: PartContext = {
      board: options.board,
      random: options.random.fork(spec.id),
      emit: (what, value) => options.emit?.(spec.id, what, value),
      part: (id) => created.get(id),
    };
    created.set(spec.id, definitions.get(spec.kind)!.create(spec, ctx));
  }
  // Listed in the task's order (for the UI), whatever order the wiring made us create them in.
  const set = new PartSet();
  for (const spec of valid) set.add(created.get(spec.id)!);
  return set;
}

/**
 * Two parts that both drive one pin (or both feed one analog input) would overwrite each other:
 * the model has one driver per pin. Reading a pin another part drives is fine (an LED on a button).
 */
function pinConflicts(specs: ValidSpec<unknown>[]): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const spec of specs) {
    const def = definitions.get(spec.kind)!;
    for (const name of [...(def.drivenPins ?? []), ...(def.analogPins ?? [])]) {
      const pin = spec.pins[name];
      if (!pin) continue;
      const owner = owners.get(pin);
      if (owner) problems.push(`pin ${pin} is driven by both "${owner}" and "${spec.id}" / выводом ${pin} управляют сразу две детали`);
      else owners.set(pin, spec.id);
    }
  }
  return problems;
}

function dependencyOrder(specs: ValidSpec<unknown>[], problems: string[]): ValidSpec<unknown>[] {
  const out: ValidSpec<unknown>[] = [];
  const done = new Set<string>();
  let pending = specs;
  while (pending.length) {
    const next = pending.filter((s) => !Object.values(s.pins).every((r) => !r.includes('.') || done.has(r.split('.')[0])));
    const ready = pending.filter((s) => !next.includes(s));
    if (!ready.length) {
      problems.push(`parts ${next.map((s) => `"${s.id}"`).join(', ')} are wired to each other in a loop / детали соединены по кругу`);
      return out;
    }
    for (const s of ready) {
      out.push(s);
      done.add(s.id);
    }
    pending = next;
  }
  return out;
}
