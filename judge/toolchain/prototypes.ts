/**
 * The .ino → .cpp step of the Arduino build, ported from arduino-builder (ctags_parser.go,
 * ctags_has_issues.go, ctags_to_prototypes.go, prototypes_adder.go; behaviour of Debian's 1.3.25) so the direct pipeline produces
 * byte-for-byte the .cpp arduino-builder would. Quirks are kept on purpose; `prototypes.spec.ts`
 * compares the result with arduino-builder's own output.
 */

interface CTag {
  name: string;
  filename: string;
  kind: string;
  line: number;
  code: string;
  scoped: boolean;
  prototype: string;
  modifiers: string;
  skip: boolean;
}

const TEMPLATE = 'template';
const STATIC = 'static';
const EXTERN = 'extern "C"';
const noSpaces = (s: string) => s.replace(/[ \t]/g, '');

function parseTag(row: string): CTag {
  const parts = row.split('\t');
  const tag: CTag = {
    name: parts[0], filename: (parts[1] ?? '').replaceAll('\\\\', '\\'),
    kind: '', line: 0, code: '', scoped: false, prototype: '', modifiers: '', skip: false,
  };
  let signature = '';
  let returntype = '';
  for (const part of parts.slice(2)) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const field = part.slice(0, colon);
    const value = part.slice(colon + 1).trim();
    if (field === 'kind') tag.kind = value;
    else if (field === 'line') tag.line = Number.parseInt(value, 10) || 0;
    else if (field === 'signature') signature = value;
    else if (field === 'returntype') returntype = value;
    else if ((field === 'class' || field === 'struct' || field === 'namespace') && value) tag.scoped = true;
  }
  tag.prototype = `${returntype} ${tag.name}${signature};`;
  const from = row.indexOf('/^');
  const to = row.indexOf('$/;');
  if (from >= 0 && to >= 0) tag.code = row.slice(from + 2, to);
  return tag;
}

function addPrototype(tag: CTag): void {
  if (tag.prototype.startsWith(TEMPLATE) || tag.code.startsWith(TEMPLATE)) {
    const code = tag.code.includes('{') ? tag.code.slice(0, tag.code.indexOf('{')) : tag.code.slice(0, tag.code.lastIndexOf(')') + 1);
    tag.prototype = `${code};`;
    return;
  }
  let modifiers = '';
  if (tag.code.includes(`${STATIC} `)) modifiers += ` ${STATIC}`;
  if (tag.code.includes(`${EXTERN} `)) modifiers += ` ${EXTERN}`;
  tag.modifiers = modifiers.trim();
}

/** ctags sees one line of a multi-line signature; like arduino-builder, read on in the source. */
function prototypeAndCodeDontMatch(tag: CTag, sourceLines: string[] | undefined): boolean {
  let code = noSpaces(tag.code);
  if (!code.includes(')') && sourceLines && tag.line >= 1 && tag.line <= sourceLines.length) {
    let newcode = sourceLines[tag.line - 1];
    for (let i = tag.line; i < sourceLines.length && !newcode.includes(')'); i++) newcode += sourceLines[i];
    if (newcode.includes(')')) code = noSpaces(newcode);
  }
  const prototype = noSpaces(tag.prototype).slice(0, -1);
  return !code.includes(prototype);
}

export interface Prototype {
  line: number;
  file: string;
  text: string;
}

/**
 * Prototypes to add and the sketch line to add them before, from arduino-ctags output over the
 * preprocessed sketch. `source` is the sketch text (for multi-line signatures and extern "C").
 */
export function prototypesFromCtags(ctagsOutput: string, mainFile: string, source: string): { prototypes: Prototype[]; line: number } {
  const tags = ctagsOutput.split('\n').map((r) => r.trim()).filter(Boolean).map(parseTag);
  const sourceLines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const readable = (t: CTag) => (t.filename === mainFile ? sourceLines : undefined);
  const skipWhere = (pred: (t: CTag) => boolean) => {
    for (const t of tags) if (!t.skip) t.skip = pred(t);
  };
  skipWhere((t) => t.kind !== 'prototype' && t.kind !== 'function');
  skipWhere((t) => t.scoped);
  for (const t of tags) if (!t.skip) addPrototype(t);
  const declared = new Set(tags.filter((t) => t.kind === 'prototype').map((t) => t.prototype));
  for (const t of tags) if (declared.has(t.prototype)) t.skip = true;
  const seen = new Set<string>();
  for (const t of tags) {
    if (!seen.has(t.prototype) && !t.skip) seen.add(t.prototype);
    else t.skip = true;
  }
  skipWhere((t) => prototypeAndCodeDontMatch(t, readable(t)));
  // Newer arduino-builders also add extern "C" to prototypes inside extern "C" blocks; Debian's
  // 1.3.25 does not (direct.spec.ts checks it), so neither do we.

  const prototypes = tags
    .filter((t) => t.prototype.trim() !== '' && !t.skip)
    .map((t) => ({ line: t.line, file: t.filename, text: t.modifiers ? `${t.modifiers} ${t.prototype}` : t.prototype }));

  const firstFunction = tags.find((t) => t.kind === 'function' && !t.scoped && t.filename === mainFile)?.line ?? -1;
  const functions = tags.filter((t) => t.kind === 'function' && !t.skip);
  const pointerUse = tags.find((t) => functions.some((f) => t.line !== f.line && (t.code.includes(`&${f.name}`) || t.code.trim().includes(`(${f.name})`))))?.line ?? -1;
  let line = 0;
  if (firstFunction !== -1 && pointerUse !== -1) line = Math.min(firstFunction, pointerUse);
  else if (firstFunction !== -1) line = firstFunction;
  else if (pointerUse !== -1) line = pointerUse;
  return { prototypes, line };
}

const header = (mainFile: string) => `#include <Arduino.h>\n#line 1 "${mainFile}"\n#line 1 "${mainFile}"\n`;

/** What arduino-builder feeds to the preprocessor: the sketch behind the Arduino.h include (plus a newline). */
export function mergedSketch(source: string, mainFile: string): string {
  return `${header(mainFile)}${source}\n`;
}

/** The merged sketch with the prototype section inserted before line `line` of the sketch. */
export function withPrototypes(source: string, mainFile: string, prototypes: Prototype[], line: number): string {
  const merged = mergedSketch(source, mainFile);
  if (prototypes.length === 0) return merged;
  const section = prototypes.map((p) => `#line ${p.line} "${p.file}"\n${p.text}\n`).join('') + `#line ${line} "${mainFile}"\n`;
  const lines = source.split('\n');
  const before = lines.slice(0, line - 1).join('\n');
  const cut = line <= 1 ? 0 : before.length + 1;
  return `${header(mainFile)}${source.slice(0, cut)}${section}${source.slice(cut)}\n`;
}
