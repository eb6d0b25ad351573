/**
 * CSV files a teacher or a host double-clicks on a Russian school computer (the progress matrix,
 * a round's results, the sheet of logins). Why they look like this:
 * - **UTF-8 with a BOM.** Excel opens a .csv without a BOM in the ANSI code page (cp1251 on Russian
 *   Windows) and the Cyrillic names turn into «РђРЅСЏ». The BOM makes Excel (2007+) and LibreOffice
 *   read UTF-8.
 * - **`;` between fields.** Excel splits a double-clicked CSV on the system list separator, which is
 *   `;` under the Russian locale (the comma is the decimal separator there). LibreOffice and Google
 *   Sheets detect `;` by themselves.
 * - **No `sep=;` line.** It would make Excel split on `;` in any locale, but when it is present
 *   Excel ignores the BOM (Cyrillic breaks again) and LibreOffice shows it as a data row.
 * - **Decimal comma in Russian** (`62,5`): Russian Excel reads `62.5` as text or a date. English
 *   gets a dot.
 * - CRLF line ends, every text field quoted, and a leading `=`, `+`, `-`, `@` made harmless
 *   (a name must never run as a formula).
 * Runs in Node and in the browser.
 */
import type { Lang } from './common.ts';

/** A text field: quoted, with a formula-looking start defused. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A number rounded to `decimals`, with a decimal comma in Russian; empty for null. */
export function csvNumber(value: number | null, lang: Lang, decimals: number): string {
  if (value === null) return '';
  const scale = 10 ** decimals;
  const text = String(Math.round(value * scale) / scale);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

/** The file: rows of already formatted fields, `;`-separated, CRLF, after a BOM. */
export function csvDocument(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}
