import type { Diagnostic } from '../api/types.ts';

/** Monaco's MarkerSeverity values (copied so this module does not load Monaco). */
export const SEVERITY = { error: 8, warning: 4, note: 2 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  source?: string;
}

const SKETCH = /(^|\/)sketch\.ino$/;

/**
 * Compiler diagnostics → editor squiggles. A diagnostic in the sketch underlines the word at its
 * column (or the whole line when the column is unknown); one in a library file cannot be shown where
 * it happened, so it goes on line 1 with the file named, rather than being lost.
 */
export function diagnosticsToMarkers(diagnostics: Diagnostic[], lines: string[]): MarkerData[] {
  return diagnostics.map((d) => {
    const inSketch = SKETCH.test(d.file) || d.file === '';
    const lineNumber = inSketch ? Math.min(Math.max(1, d.line || 1), Math.max(1, lines.length)) : 1;
    const text = lines[lineNumber - 1] ?? '';
    const message = inSketch ? d.message : `${d.file}:${d.line}: ${d.message}`;
    let start: number;
    let end: number;
    const missing = inSketch ? missingBefore(d.message, lines, lineNumber, d.column) : null;
    if (missing) {
      // gcc reports a missing ';' where it noticed (the next line); a child looks for it where it belongs.
      return { severity: SEVERITY[d.severity], message, ...missing, source: 'avr-gcc' };
    }
    if (!inSketch || !d.column || d.column > text.length) {
      // Whole line, skipping indentation so the squiggle sits under the code.
      start = text.length - text.trimStart().length + 1;
      end = Math.max(start + 1, text.trimEnd().length + 1);
    } else {
      start = d.column;
      end = start;
      while (end <= text.length && /\w/.test(text[end - 1])) end++;
      if (end === start) end = start + 1;
    }
    return {
      severity: SEVERITY[d.severity],
      message,
      startLineNumber: lineNumber,
      startColumn: start,
      endLineNumber: lineNumber,
      endColumn: end,
      source: 'avr-gcc',
    };
  });
}

/**
 * "expected ';' before 'delay'" at the first token of a line: the ';' is missing at the end of the
 * previous non-empty line. Returns the range of that line's last character, or null.
 */
function missingBefore(message: string, lines: string[], lineNumber: number, column: number) {
  if (!/^expected '[;,)\]}]' before/.test(message)) return null;
  const text = lines[lineNumber - 1] ?? '';
  const firstToken = text.length - text.trimStart().length + 1;
  if (column > firstToken) return null;
  for (let n = lineNumber - 1; n >= 1; n--) {
    const prev = (lines[n - 1] ?? '').trimEnd();
    if (!prev.trim()) continue;
    return { startLineNumber: n, endLineNumber: n, startColumn: prev.length, endColumn: prev.length + 1 };
  }
  return null;
}
