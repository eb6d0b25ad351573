import { expect, it } from 'vitest';
import { jobPriority } from './bullmq.ts';

it('orders BullMQ jobs contest first, then a user\'s k-th waiting submission after everyone\'s earlier ones', () => {
  const contestBurst = jobPriority(0, 50);
  const practiceFirst = jobPriority(1, 1);
  expect(contestBurst).toBeLessThan(practiceFirst);
  expect(jobPriority(1, 1)).toBeLessThan(jobPriority(1, 2));
  expect(jobPriority(1, 10_000_000)).toBeLessThanOrEqual(2 ** 21);
  expect(jobPriority(0, 1)).toBeGreaterThanOrEqual(1);
});
