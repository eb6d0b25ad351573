/** Person-facing texts of the runner, in both languages; they say whose fault it is and what to do. */
import type { Text } from './events.ts';

const seconds = (ms: number) => (ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });

export const TEXT = {
  timeLimit(wallMs: number): Text {
    const s = seconds(wallMs);
    return {
      ru: `Тест не уложился в ${s} с реального времени: симуляция работает слишком медленно или программа зависла так, что проверка не может продолжиться.`,
      en: `The test did not finish within ${s} s of real time: the simulation is too slow or the program got stuck so the check could not go on.`,
    };
  },
  startup(wallMs: number): Text {
    const s = seconds(wallMs);
    return {
      ru: `Проверка теста не смогла начаться за ${s} с (сервер перегружен или скрипт задачи зависает при загрузке) — это не ваша вина, отправьте решение ещё раз.`,
      en: `The test could not start within ${s} s (the server is overloaded or the task's bench hangs while loading) — not your fault; submit again.`,
    };
  },
  benchError(detail: string): Text {
    return {
      ru: `Ошибка в проверяющем скрипте задачи — это не ваша вина, сообщите учителю. (${detail})`,
      en: `The task's test-bench failed — not your fault, please tell your teacher. (${detail})`,
    };
  },
  workerDied(detail: string): Text {
    return {
      ru: `Проверяющий процесс аварийно завершился — это не ваша вина, отправьте решение ещё раз или сообщите учителю. (${detail})`,
      en: `The judging process crashed — not your fault; submit again or tell your teacher. (${detail})`,
    };
  },
  internal(detail: string): Text {
    return {
      ru: `Внутренняя ошибка проверяющей системы — это не ваша вина, сообщите учителю. (${detail})`,
      en: `Internal judge error — not your fault, please tell your teacher. (${detail})`,
    };
  },
  noProgram: {
    ru: 'Компилятор не выдал прошивку, хотя сообщил об успехе — это ошибка системы, сообщите учителю.',
    en: 'The compiler reported success but produced no firmware — a judge error, please tell your teacher.',
  } satisfies Text,
  compileError(count: number): Text {
    return {
      ru: `Ошибка компиляции (ошибок: ${count}). Исправьте строки, указанные в сообщениях компилятора.`,
      en: `Compilation failed (${count} error${count === 1 ? '' : 's'}). Fix the lines the compiler points at.`,
    };
  },
  tooLarge(flash: number | undefined, ram: number | undefined, flashMax: number, ramMax: number): Text {
    return {
      ru: `Программа не помещается в память: flash ${flash ?? '?'} из ${flashMax} байт, RAM ${ram ?? '?'} из ${ramMax} байт. Уменьшите массивы и строки (F("…") для строк).`,
      en: `The program does not fit: flash ${flash ?? '?'} of ${flashMax} bytes, RAM ${ram ?? '?'} of ${ramMax} bytes. Shrink arrays and strings (F("…") for strings).`,
    };
  },
  summary(passed: number, total: number, score: number, maxScore: number): Text {
    return {
      ru: `Пройдено тестов: ${passed} из ${total}; баллы: ${score} из ${maxScore}.`,
      en: `Tests passed: ${passed} of ${total}; score: ${score} of ${maxScore}.`,
    };
  },
  groupFailed(group: string): Text {
    return {
      ru: `Группа «${group}» засчитывается только целиком: в ней есть непройденный тест.`,
      en: `Group "${group}" counts only as a whole: one of its tests failed.`,
    };
  },
};

/** The first line of an error, for a message that must stay short (the full text goes to logs). */
export function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? text).trim().slice(0, 300);
}
