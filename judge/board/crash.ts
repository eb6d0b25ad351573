import type { CrashKind } from './engine.ts';

export interface Crash {
  kind: CrashKind;
  /** Byte address in flash of the instruction that crashed. */
  address: number;
  cycle: number;
  message: { ru: string; en: string };
}

const TEXT: Record<CrashKind, { ru: string; en: string }> = {
  'invalid-opcode': {
    ru: 'процессор наткнулся на недопустимую инструкцию (программа «убежала» в мусор — например, вызов через испорченный указатель)',
    en: 'the CPU hit an invalid instruction (the program ran into garbage, e.g. a call through a corrupted pointer)',
  },
  'stack-overflow': {
    ru: 'стек залез в область переменных: слишком глубокая рекурсия или слишком большие локальные массивы',
    en: 'the stack grew into the variables: recursion too deep or local arrays too large',
  },
  'pc-out-of-program': {
    ru: 'программа перепрыгнула за конец своего кода во flash-памяти',
    en: 'the program jumped past the end of its code in flash',
  },
  'unexpected-reset': {
    ru: 'плата неожиданно перезагрузилась (переход на адрес 0 — например, вызов нулевого указателя или выход за массив)',
    en: 'the board reset unexpectedly (a jump to address 0, e.g. a null function pointer or an array overrun)',
  },
};

export function describeCrash(kind: CrashKind, address: number, cycle: number): Crash {
  const t = TEXT[kind];
  const at = `0x${address.toString(16).padStart(4, '0')}`;
  const ms = (cycle / 16000).toFixed(1);
  return {
    kind,
    address,
    cycle,
    message: { ru: `${t.ru} (адрес ${at}, ${ms} мс)`, en: `${t.en} (address ${at}, at ${ms} ms)` },
  };
}
