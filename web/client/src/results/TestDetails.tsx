import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { TestResult } from '../api/types.ts';
import { pick } from '../i18n/index.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { PinTimeline } from './PinTimeline.tsx';
import { SerialLog } from './SerialLog.tsx';
import { downloadVcd, vcdAvailable } from './vcd.ts';

// The field renderer is part of the robot world code: load it only for robot tasks' failed tests.
const RobotReplay = lazy(() => import('./RobotReplay.tsx'));

/** What went wrong in one test: the message in plain words, then the recorded evidence. */
export function TestDetails({ submissionId, result, scene }: { submissionId: string; result: TestResult; scene?: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const trace = useAsync(() => (result.hasTrace ? api.trace(submissionId, result.id) : Promise.resolve(null)), [submissionId, result.id, result.hasTrace]);
  return (
    <div className="test-details">
      <p className="test-message">{pick(result.message, lang)}</p>
      {trace.error !== undefined && <ErrorNote error={trace.error} onRetry={trace.reload} />}
      {trace.loading && result.hasTrace && <p className="muted">{t('common.loading')}</p>}
      {trace.data && (
        <>
          {trace.data.truncated && <p className="muted">{t('judge.truncated')}</p>}
          {trace.data.poses && trace.data.poses.length > 0 && scene !== undefined && (
            <Suspense fallback={null}>
              <RobotReplay trace={trace.data} scene={scene} />
            </Suspense>
          )}
          {trace.data.pins.length > 0 && <PinTimeline trace={trace.data} />}
          <SerialLog trace={trace.data} />
          {vcdAvailable() && (
            <button type="button" className="btn btn-small" onClick={() => trace.data && void downloadVcd(trace.data, `submission-${submissionId}-${result.id}`)}>
              ⤓ {t('judge.downloadVcd')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
