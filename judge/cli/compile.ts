/** `judge compile <sketch.ino> [--json]`: compile for the Uno and show diagnostics and memory use. */
import { compile } from '../toolchain/index.ts';
import type { Command } from './command.ts';
import { UsageError } from './i18n.ts';
import { compileSummary, readSketch, reportCompile } from './sketch.ts';

export const compileCommand: Command = {
  name: 'compile',
  usage: 'compile <sketch.ino> [--json]',
  summary: {
    ru: 'скомпилировать скетч для Arduino Uno: ошибки с номерами строк, занятая память',
    en: 'compile a sketch for the Arduino Uno: errors with line numbers, memory use',
  },
  details: {
    ru: '--json   вывести результат как JSON (ошибки, предупреждения, flash/RAM)\nКод выхода 1, если скетч не скомпилировался.',
    en: '--json   print the result as JSON (errors, warnings, flash/RAM)\nExit status 1 when the sketch does not compile.',
  },
  options: { json: { type: 'boolean' } },
  async run(positionals, values, ctx) {
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) {
      throw new UsageError({ ru: 'Укажите один скетч: judge compile <sketch.ino>', en: 'Give exactly one sketch: judge compile <sketch.ino>' });
    }
    const result = await compile(await readSketch(path));
    if (values.json) ctx.out.write(`${JSON.stringify(compileSummary(result), null, 2)}\n`);
    else reportCompile(result, path, ctx);
    return result.ok ? 0 : 1;
  },
};
