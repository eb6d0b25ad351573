// Worker thread entry: registers tsx in this thread so the TypeScript worker (and the task's bench.ts)
// load directly, exactly as `judge.mjs` does for the CLI.
import { register } from 'tsx/esm/api';
register();
await import('./worker.ts');
