import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { TaskWorkspace } from './TaskWorkspace.tsx';

export function TaskPage({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const task = useAsync(() => api.task(taskId), [taskId]);
  if (task.error !== undefined) return <ErrorNote error={task.error} onRetry={task.reload} />;
  if (!task.data) return <p className="muted center">{t('common.loading')}</p>;
  return <TaskWorkspace task={task.data} />;
}
