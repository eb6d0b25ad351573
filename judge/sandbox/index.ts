/** The bench sandbox (Node only): authored benches run where they can reach nothing. See README.md. */
export { bundleBench, sandboxRuntime, ALLOWED_IMPORTS, type BundleResult } from './bundle.ts';
export { runSandboxed, sandboxAvailable, type SandboxLimits, type SandboxResult } from './run.ts';
export { SandboxPool, type SandboxPoolOptions } from './pool.ts';
export { describeBench, loadAuthoredTask } from './load.ts';
