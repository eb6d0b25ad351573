/** Runs the real CLI (`node --import tsx judge/cli/main.ts …`) from the repository root. */
import { execa } from 'execa';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/cli/fixtures');

export function judgeCli(args: string[], lang: 'en' | 'ru' = 'en') {
  return execa('node', ['--import', 'tsx', 'judge/cli/main.ts', ...args], {
    cwd: ROOT,
    reject: false,
    env: { LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
}
