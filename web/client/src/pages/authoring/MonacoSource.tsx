/** Bundled Monaco (the same core as the sketch editor) with TypeScript, YAML and Markdown highlighting. */
import * as monaco from '../../editor/monacoCore.ts';
import 'monaco-editor/languages/definitions/typescript/register.js';
import 'monaco-editor/languages/definitions/yaml/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import Editor, { loader } from '@monaco-editor/react';

self.MonacoEnvironment ??= { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export default function MonacoSource({ value, onChange, language, path, onReady }: { value: string; onChange: (v: string) => void; language: string; path: string; onReady: () => void }) {
  return (
    <Editor
      language={language}
      path={path}
      value={value}
      theme="vs"
      loading=""
      onChange={(v) => onChange(v ?? '')}
      onMount={() => onReady()}
      options={{
        fontSize: 14,
        lineHeight: 20,
        fontFamily: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", Consolas, monospace',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
