import { useEffect, useRef } from 'react';
import * as monaco from './monacoCore.ts';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import Editor, { loader } from '@monaco-editor/react';
import type { CodeEditorProps } from './CodeEditor.tsx';
import { diagnosticsToMarkers } from './markers.ts';
import { registerArduinoHelp } from './monacoArduino.ts';

// Bundled Monaco, never a CDN: the loader gets our module, and the editor worker is a Vite worker chunk.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });
registerArduinoHelp(monaco);

export default function MonacoEditor({ value, onChange, diagnostics, readOnly, path, onReady }: CodeEditorProps & { onReady: () => void }) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, 'compile', diagnosticsToMarkers(diagnostics, model.getLinesContent()));
  }, [diagnostics]);

  return (
    <Editor
      language="cpp"
      path={path}
      value={value}
      theme="vs"
      loading=""
      onChange={(v) => onChange(v ?? '')}
      onMount={(editor) => {
        editorRef.current = editor;
        const model = editor.getModel();
        if (model) monaco.editor.setModelMarkers(model, 'compile', diagnosticsToMarkers(diagnostics, model.getLinesContent()));
        onReady();
      }}
      options={{
        readOnly,
        fontSize: 15,
        lineHeight: 22,
        fontFamily: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", Consolas, monospace',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        renderLineHighlight: 'line',
        fixedOverflowWidgets: true,
        hover: { delay: 350 },
        padding: { top: 8 },
        quickSuggestions: { other: true, comments: false, strings: false },
      }}
    />
  );
}
