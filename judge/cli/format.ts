/** Human-readable lines for judging events (used by `judge run` and `judge check`). */
import type { Measurement, TestInfo, TestResult, Verdict } from '../runner/events.ts';
import { num, type Lang } from './i18n.ts';

const VERDICT_NAMES: Record<Verdict, { ru: string; en: string }> = {
  accepted: { ru: 'принято', en: 'accepted' },
  wrong: { ru: 'неверный ответ', en: 'wrong' },
  'compile-error': { ru: 'ошибка компиляции', en: 'compile error' },
  'too-large': { ru: 'не помещается в память', en: 'too large' },
  crashed: { ru: 'программа упала', en: 'crashed' },
  'time-limit': { ru: 'превышено время', en: 'time limit' },
  'judge-error': { ru: 'ошибка проверяющей системы', en: 'judge error' },
};

export function verdictName(verdict: Verdict, lang: Lang): string {
  // The Russian name is followed by the protocol's code, which is what labels in task.yaml use.
  return lang === 'en' ? VERDICT_NAMES[verdict].en : `${VERDICT_NAMES[verdict].ru} (${verdict})`;
}

export function seconds(ms: number, lang: Lang): string {
  return `${num(ms / 1000, lang, ms < 1000 ? 3 : 2)} ${lang === 'ru' ? 'с' : 's'}`;
}

export function measurementText(m: Measurement, lang: Lang): string {
  const label = m.label?.[lang] ?? m.key;
  const value = m.unit === 'ms' ? seconds(m.value, lang) : `${num(m.value, lang, Number.isInteger(m.value) ? 0 : 2)}${m.unit ? ` ${m.unit}` : ''}`;
  return `${label}: ${value}`;
}

/** `  ✓ 1. Title  10/10  (2,00 s simulated, 0,31 s)` plus the message and measurements when useful. */
export function testLine(result: TestResult, info: TestInfo | undefined, lang: Lang): string {
  const ok = result.verdict === 'accepted';
  const title = info?.title[lang] ?? result.id;
  const head = `  ${ok ? '✓' : '✗'} ${result.index + 1}. ${title}  ${num(result.points, lang)}/${num(result.maxPoints, lang)}`;
  const timing = lang === 'ru'
    ? `(${seconds(result.simulatedMs, lang)} симуляции, ${seconds(result.wallMs, lang)} реально)`
    : `(${seconds(result.simulatedMs, lang)} simulated, ${seconds(result.wallMs, lang)} real)`;
  const lines = [`${head}  ${timing}`];
  if (!ok) lines.push(`      ${verdictName(result.verdict, lang)}: ${result.message[lang]}`);
  if (result.measurements.length > 0) lines.push(`      ${result.measurements.map((m) => measurementText(m, lang)).join('; ')}`);
  return lines.join('\n');
}
