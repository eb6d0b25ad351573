/** Server calls of the authoring pages (web/server/http/routes/authoring.ts). */
import { request } from '../../api/client.ts';
import { ApiError, kindOf } from '../../api/errors.ts';
import type { AuthoredTaskDetail, AuthoredTaskSummary, RejudgeResponse, ValidateResponse } from '../../../../shared/authoring.ts';

const base = (id: string) => `/api/authoring/tasks/${encodeURIComponent(id)}`;

export const authoringApi = {
  list: () => request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks').then((r) => r.tasks),
  create: (id: string) => request<AuthoredTaskDetail>('POST', '/api/authoring/tasks', { id }),
  get: (id: string) => request<AuthoredTaskDetail>('GET', base(id)),
  save: (id: string, files: Record<string, string>) => request<AuthoredTaskDetail>('PUT', base(id), { files }),
  validate: (id: string) => request<ValidateResponse>('POST', `${base(id)}/validate`),
  check: (id: string) => request<{ jobId: string }>('POST', `${base(id)}/check`),
  publish: (id: string) => request<{ number: number; version: string; created: boolean }>('POST', `${base(id)}/publish`),
  rejudge: (id: string, apply: boolean) => request<RejudgeResponse>('POST', `${base(id)}/rejudge`, { apply }),
  exportUrl: (id: string) => `${base(id)}/export`,
  async importZip(file: Blob): Promise<AuthoredTaskDetail> {
    let response: Response;
    try {
      response = await fetch('/api/authoring/import', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/zip' }, body: file });
    } catch {
      throw new ApiError('offline', 0);
    }
    const data = (await response.json().catch(() => null)) as { error?: { code?: string; text?: { ru: string; en: string } } } | null;
    if (!response.ok) throw new ApiError(kindOf(response.status, data?.error?.code as never, '/api/authoring/import'), response.status, data?.error?.text);
    return data as unknown as AuthoredTaskDetail;
  },
};
