/** Messages between the host and a sandboxed bench process (judge/sandbox/child.ts). Plain JSON. */
import type { TestJob, WorkerTestOutcome } from '../runner/protocol.ts';

export type SandboxJob = Omit<TestJob, 'benchPath' | 'benchVersion'>;

export type SandboxCall =
  /** Import the bench and return its definition as data (parts, scene, tests without their bodies). */
  | { op: 'describe' }
  /** Run one test of the bench against a compiled sketch. */
  | { op: 'test'; job: SandboxJob };

export type SandboxRequest = SandboxCall & { nonce: string };

export type SandboxReply =
  | { kind: 'described'; bench: string }
  | { kind: 'done'; outcome: WorkerTestOutcome; wallMs: number }
  | { kind: 'error'; error: string };
