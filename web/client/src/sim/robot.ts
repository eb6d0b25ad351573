import type { Uno } from '../../../../judge/board/uno.ts';
import type { Random } from '../../../../judge/board/random.ts';
import type { RobotPose } from './protocol.ts';

/** A robot world attached to the simulated board (robot tasks only). */
export interface RobotAttachment {
  pose(): RobotPose;
  detach(): void;
}

/**
 * Builds the task's robot world and wires it to the board. PROVISIONAL: waits for judge/world's
 * attach API (issue 3); until then robot tasks run the board without the world.
 */
export function attachRobot(_board: Uno, _scene: unknown, _random: Random): RobotAttachment | null {
  return null;
}
