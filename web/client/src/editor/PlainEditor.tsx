import type { CodeEditorProps } from './CodeEditor.tsx';

/** The stand-in editor while Monaco loads: a monospace textarea with the same text and errors listed. */
export function PlainEditor({ value, onChange, diagnostics, readOnly, note }: CodeEditorProps & { note: string }) {
  return (
    <div className="plain-editor">
      <div className="plain-note">{note}</div>
      <textarea
        aria-label="sketch.ino"
        spellCheck={false}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Tab indents instead of leaving the field, as in any code editor.
          if (e.key === 'Tab' && !e.shiftKey && !readOnly) {
            e.preventDefault();
            const el = e.currentTarget;
            const { selectionStart: s, selectionEnd: end } = el;
            onChange(value.slice(0, s) + '  ' + value.slice(end));
            requestAnimationFrame(() => el.setSelectionRange(s + 2, s + 2));
          }
        }}
      />
      {diagnostics.length > 0 && (
        <ul className="plain-diagnostics">
          {diagnostics.map((d, i) => (
            <li key={i} className={`diag-${d.severity}`}>
              {d.line}:{d.column} {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
