import { describe, expect, it } from 'vitest';
import { diagnosticsToMarkers, SEVERITY } from './markers.ts';

const lines = ['void setup() {', '  pinMode(13, OUTPUT)', '  digitalWrit(13, HIGH);', '}'];

describe('compile diagnostics → editor markers', () => {
  it('underlines the word at the reported line and column', () => {
    const [m] = diagnosticsToMarkers(
      [{ file: 'sketch.ino', line: 3, column: 3, severity: 'error', message: "'digitalWrit' was not declared in this scope" }],
      lines,
    );
    expect(m).toMatchObject({ startLineNumber: 3, endLineNumber: 3, startColumn: 3, endColumn: 14, severity: SEVERITY.error });
    expect(m.message).toContain('digitalWrit');
  });

  it('marks the whole line (without indentation) when the column is unknown or past the end', () => {
    const [a, b] = diagnosticsToMarkers(
      [
        { file: 'sketch.ino', line: 2, column: 0, severity: 'error', message: "expected ';'" },
        { file: 'sketch.ino', line: 2, column: 99, severity: 'warning', message: 'x' },
      ],
      lines,
    );
    expect(a).toMatchObject({ startLineNumber: 2, startColumn: 3, endColumn: lines[1].length + 1 });
    expect(b.severity).toBe(SEVERITY.warning);
  });

  it('puts a library file’s diagnostic on line 1 with the file named, rather than losing it', () => {
    const [m] = diagnosticsToMarkers([{ file: 'Servo.h', line: 40, column: 5, severity: 'error', message: 'boom' }], lines);
    expect(m.startLineNumber).toBe(1);
    expect(m.message).toBe('Servo.h:40: boom');
  });

  it('clamps a line beyond the end of the sketch to its last line', () => {
    const [m] = diagnosticsToMarkers([{ file: 'sketch.ino', line: 50, column: 1, severity: 'error', message: 'expected }' }], lines);
    expect(m.startLineNumber).toBe(lines.length);
  });

  it("puts a missing ';' at the end of the line it belongs to, not where gcc noticed it", () => {
    const sketch = ['void loop() {', '  digitalWrite(13, HIGH)', '', '  delay(500);', '}'];
    const [m] = diagnosticsToMarkers([{ file: 'sketch.ino', line: 4, column: 3, severity: 'error', message: "expected ';' before 'delay'" }], sketch);
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: sketch[1].length, endColumn: sketch[1].length + 1 });
    expect(m.message).toBe("expected ';' before 'delay'");
  });

  it('maps notes to info markers', () => {
    const [m] = diagnosticsToMarkers([{ file: 'sketch.ino', line: 1, column: 1, severity: 'note', message: 'n' }], lines);
    expect(m.severity).toBe(SEVERITY.note);
  });
});
