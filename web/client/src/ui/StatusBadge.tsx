import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../api/types.ts';

const ICON: Record<TaskStatus, string> = { none: '○', tried: '◐', solved: '✓' };

/** Not tried / tried / solved, with a shape as well as a colour (colour-blind children read it too). */
export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`} title={t(`status.${status}`)}>
      <span aria-hidden="true">{ICON[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
