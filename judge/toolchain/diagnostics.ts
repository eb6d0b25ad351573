/**
 * gcc/ld output → Diagnostic[] located in the files the student knows. The sketch is compiled as a
 * generated .cpp with `#line` directives, so gcc already reports sketch.ino lines; what remains is to
 * turn sandbox paths into names, keep warnings apart from errors, and drop noise the student cannot
 * act on (warnings inside the Arduino core or our libraries, duplicate reports of the same line).
 */
import { basename } from 'node:path';
import { BOX, CORE_DIR } from './layout.ts';
import type { Diagnostic } from './types.ts';

export interface ParsedDiagnostics {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

const LOCATED = /^(.+?):(\d+)(?::(\d+))?: (fatal error|error|warning|note): (.*)$/;
const UNDEFINED = /undefined reference to [`'](.+)'/;
const GENERATED_CPP = `${BOX.build}/sketch/sketch.ino.cpp`;

/** The name the student knows a file by, and whether it is one of their own files. */
export function studentFile(path: string): { file: string; own: boolean } {
  if (path === GENERATED_CPP) return { file: 'sketch.ino', own: true };
  for (const dir of [`${BOX.sketchDir}/`, `${BOX.build}/sketch/`]) {
    if (path.startsWith(dir)) return { file: path.slice(dir.length), own: true };
  }
  if (path.startsWith(`${BOX.libraries}/`)) return { file: path.slice(BOX.libraries.length + 1), own: false };
  if (path.startsWith(`${CORE_DIR}/`)) return { file: path.slice(CORE_DIR.length + 1), own: false };
  const lib = /\/libraries\/(.+)$/.exec(path);
  if (lib) return { file: lib[1], own: false };
  return { file: basename(path), own: false };
}

/** Parses compiler and linker output (stderr of arduino-builder, arduino-cli or our own pipeline). */
export function parseDiagnostics(output: string): ParsedDiagnostics {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  // Notes belong to the diagnostic before them; they are dropped with it.
  let lastList: Diagnostic[] | null = null;
  const push = (list: Diagnostic[], d: Diagnostic) => {
    const key = `${d.severity}|${d.file}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(d);
  };
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const m = LOCATED.exec(line);
    if (m) {
      const where = studentFile(m[1]);
      const severity = m[4] === 'warning' ? 'warning' : m[4] === 'note' ? 'note' : 'error';
      // The generated .cpp's own line 1 is `#include <Arduino.h>`: report it at the sketch's first line.
      const lineNo = m[1] === GENERATED_CPP ? 1 : Number(m[2]);
      const d: Diagnostic = { file: where.file, line: lineNo, column: Number(m[3] ?? 0), severity, message: m[5] };
      if (severity === 'note') {
        if (lastList) push(lastList, d);
      } else if (severity === 'warning') {
        lastList = where.own ? warnings : null;
        if (lastList) push(lastList, d);
      } else {
        lastList = errors;
        push(errors, d);
      }
      continue;
    }
    const undef = UNDEFINED.exec(line);
    if (undef) {
      // The linker knows no sketch line; line 0 says "the whole program".
      lastList = errors;
      push(errors, { file: 'sketch.ino', line: 0, column: 0, severity: 'error', message: `undefined reference to '${undef[1]}'` });
    }
  }
  return { errors, warnings };
}
