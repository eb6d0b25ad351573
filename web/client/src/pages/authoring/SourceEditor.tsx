import { lazy, Suspense, useState } from 'react';

const MonacoSource = lazy(() => import('./MonacoSource.tsx'));

/** A code editor for one package file: a textarea until Monaco's chunk arrives, then Monaco. */
export function SourceEditor({ value, onChange, language, path, testId }: { value: string; onChange: (v: string) => void; language: string; path: string; testId: string }) {
  const [ready, setReady] = useState(false);
  const plain = <textarea className="authoring-plain" aria-label={path} spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />;
  return (
    <div className="authoring-source" data-editor={ready ? 'monaco' : 'plain'} data-testid={testId}>
      <Suspense fallback={plain}>
        <MonacoSource value={value} onChange={onChange} language={language} path={`authoring/${path}`} onReady={() => setReady(true)} />
      </Suspense>
    </div>
  );
}
