/**
 * The printable sheet: one card per student with the address, login, password and class code.
 * Passwords live only in memory (api.ts `getSheet`); a reload shows how to get new ones instead.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { getSheet, teacherApi } from './api.ts';
import { csvDocument, csvText } from '../../../../shared/excel-csv.ts';

/** The same logins as a spreadsheet (UTF-8 BOM and `;`, as Russian Excel expects — see shared/excel-csv.ts). */
export function sheetCsv(accounts: { name: string; login: string; password: string }[], head: [string, string, string]): string {
  return csvDocument([head, ...accounts.map((a) => [a.name, a.login, a.password])].map((r) => r.map(csvText)));
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SheetPage({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const sheet = getSheet();
  const details = useAsync(() => teacherApi.details(classId), [classId]);
  const name = sheet?.className ?? details.data?.name ?? '';
  useTitle(t('teacher.sheet.title', { name }));
  const back = `/teacher/classes/${encodeURIComponent(classId)}/students`;
  const accounts = sheet && sheet.classId === classId ? sheet.accounts : [];

  return (
    <div className="sheet-page teacher">
      <div className="no-print">
        <Link href={back} className="back-link">
          {t('teacher.sheet.back')}
        </Link>
        <div className="row">
          <h1>{t('teacher.sheet.title', { name })}</h1>
          {accounts.length > 0 && (
            <>
              <button type="button" className="btn btn-primary" onClick={() => window.print()} data-testid="print">
                {t('teacher.sheet.print')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="sheet-csv"
                onClick={() => download(`${name}.csv`, sheetCsv(accounts, [t('teacher.students.name'), t('teacher.sheet.login'), t('teacher.sheet.password')]))}
              >
                {t('teacher.sheet.download')}
              </button>
            </>
          )}
        </div>
        <p className="muted">{accounts.length > 0 ? t('teacher.sheet.hint') : t('teacher.sheet.gone')}</p>
      </div>
      <div className="sheet" data-testid="sheet">
        {accounts.map((a) => (
          <div key={a.id} className="login-card-print" data-testid="sheet-card">
            <div className="lc-school">
              {t('app.name')} · {name}
            </div>
            <div className="lc-name">{a.name}</div>
            <dl>
              <dt>{t('teacher.sheet.site')}</dt>
              <dd>{location.host}</dd>
              <dt>{t('teacher.sheet.login')}</dt>
              <dd className="lc-mono" data-testid="sheet-login">
                {a.login}
              </dd>
              <dt>{t('teacher.sheet.password')}</dt>
              <dd className="lc-mono" data-testid="sheet-password">
                {a.password}
              </dd>
              {details.data && (
                <>
                  <dt>{t('teacher.sheet.code')}</dt>
                  <dd className="lc-mono">{details.data.joinCode}</dd>
                </>
              )}
            </dl>
          </div>
        ))}
      </div>
    </div>
  );
}
