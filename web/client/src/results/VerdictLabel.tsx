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

export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {t(`verdict.${verdict}`)}
    </span>
  );
}
