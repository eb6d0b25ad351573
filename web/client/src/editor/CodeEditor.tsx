import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../api/types.ts';
import { PlainEditor } from './PlainEditor.tsx';

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  diagnostics: Diagnostic[];
  readOnly?: boolean;
  /** Used for the editor's model URI, so each task keeps its own undo history. */
  path: string;
}

// Monaco is several megabytes: it loads in its own chunk after the page is up, and a plain textarea
// with the same text stands in until then, so a child can start typing at once.
const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'));

export function CodeEditor(props: CodeEditorProps) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  // Start fetching Monaco right away rather than when React first tries to render it.
  useEffect(() => void import('./MonacoEditor.tsx'), []);
  return (
    <div className="code-editor" data-editor={ready ? 'monaco' : 'plain'}>
      <Suspense fallback={<PlainEditor {...props} note={t('task.editorLoading')} />}>
        <MonacoEditor {...props} onReady={() => setReady(true)} />
      </Suspense>
    </div>
  );
}
