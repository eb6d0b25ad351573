import type { Lang } from '../i18n/lang.ts';
import { API_GROUPS, type ApiEntry } from './api-docs/index.ts';

/**
 * Completion and hover help for the Arduino API, independent of Monaco (so it is testable and the
 * Monaco adapter stays thin). Members are found through the receiver: `Serial.` lists Serial's
 * methods; `servo.` finds `Servo servo;` in the sketch and lists Servo's.
 */
const ALL: ApiEntry[] = API_GROUPS.flatMap((g) => g.entries);
const GLOBALS = ALL.filter((e) => !e.owner);
const CLASSES = new Set(ALL.filter((e) => e.kind === 'class').map((e) => e.name));
/** Classes that also have another class's methods (the I2C LCD speaks LiquidCrystal's language). */
const INHERITS: Record<string, string> = { LiquidCrystal_I2C: 'LiquidCrystal' };

function membersOf(owner: string): ApiEntry[] {
  const own = ALL.filter((e) => e.owner === owner);
  const base = INHERITS[owner] ? ALL.filter((e) => e.owner === INHERITS[owner] && !own.some((o) => o.name === e.name)) : [];
  return [...own, ...base];
}

/** Which class a receiver name is: `Serial` itself, or a variable declared with one of our classes. */
export function ownerOf(receiver: string, source: string): string | undefined {
  if (CLASSES.has(receiver) && receiver === 'Serial') return 'Serial';
  const declaration = new RegExp(`\\b(\\w+)\\s+(?:[\\w\\s,()]*?,\\s*)?${escape(receiver)}\\b\\s*[;(=,\\[]`, 'g');
  for (const match of source.matchAll(declaration)) if (CLASSES.has(match[1])) return match[1];
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface HelpItem {
  entry: ApiEntry;
  /** Text inserted (snippet syntax). */
  insert: string;
  detail: string;
  documentation: string;
}

export function markdownOf(entry: ApiEntry, lang: Lang): string {
  const lines = ['```cpp', entry.signature, '```', entry.doc[lang]];
  if (entry.params?.length) {
    lines.push('', ...entry.params.map((p) => `- \`${p.name}\` — ${p.doc[lang]}`));
  }
  if (entry.returns) lines.push('', `${lang === 'ru' ? 'Возвращает' : 'Returns'}: ${entry.returns[lang]}`);
  if (entry.example) lines.push('', '```cpp', entry.example, '```');
  return lines.join('\n');
}

function item(entry: ApiEntry, lang: Lang): HelpItem {
  return { entry, insert: entry.insert ?? entry.name, detail: entry.signature, documentation: markdownOf(entry, lang) };
}

/**
 * Suggestions at a cursor: `linePrefix` is the line's text before the cursor. After `x.` only x's
 * members; otherwise the global functions, constants and classes.
 */
export function completionsAt(linePrefix: string, source: string, lang: Lang): HelpItem[] {
  const member = /(\w+)\s*\.\s*\w*$/.exec(linePrefix);
  if (member) {
    const owner = ownerOf(member[1], source);
    return owner ? membersOf(owner).map((e) => item(e, lang)) : [];
  }
  return GLOBALS.map((e) => item(e, lang));
}

/** Hover help for the word `word` whose text before it on the line is `before`. */
export function hoverAt(word: string, before: string, source: string, lang: Lang): string | undefined {
  const member = /(\w+)\s*\.\s*$/.exec(before);
  if (member) {
    const owner = ownerOf(member[1], source);
    const entry = owner ? membersOf(owner).find((e) => e.name === word) : undefined;
    return entry ? markdownOf(entry, lang) : undefined;
  }
  const entry = GLOBALS.find((e) => e.name === word);
  return entry ? markdownOf(entry, lang) : undefined;
}
