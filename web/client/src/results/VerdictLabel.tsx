import { useTranslation } from 'react-i18next';
import type { Verdict } from '../api/types.ts';

const ICON: Record<Verdict, string> = {
  accepted: '✓',
  wrong: '✗',
  'compile-error': '⚠',
  'too-large': '⚠',
  crashed: '✗',
  'time-limit': '⏱',
  'judge-error': '?',
};

/** A verdict with its icon; `short` for tight places like a test row. */
export function VerdictLabel({ verdict, short }: { verdict: Verdict; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict} title={short ? t(`verdict.${verdict}`) : undefined}>
      <span aria-hidden="true">{ICON[verdict]}</span> {t(short ? `verdictShort.${verdict}` : `verdict.${verdict}`)}
    </span>
  );
}
