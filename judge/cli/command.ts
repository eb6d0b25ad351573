/** What a CLI subcommand is: one file per command (compile.ts, simulate.ts …), listed in main.ts. */
import type { ParseArgsConfig } from 'node:util';
import type { Text } from '../runner/events.ts';
import type { Lang } from './i18n.ts';

export interface CommandContext {
  lang: Lang;
  /** Where normal output goes (stdout) and where diagnostics and errors go (stderr). */
  out: NodeJS.WriteStream;
  err: NodeJS.WriteStream;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string;
  /** e.g. "compile <sketch.ino> [--json]" */
  usage: string;
  summary: Text;
  /** Longer description of the options, per language. */
  details: Text;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit status. */
  run(positionals: string[], values: OptionValues, ctx: CommandContext): Promise<number>;
}
