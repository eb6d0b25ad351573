import type { Uno } from '../../../../judge/board/uno.ts';
import type { Random } from '../../../../judge/board/random.ts';
import { RobotScene, type RobotSceneSpec } from '../../../../judge/world/index.ts';
import type { RobotPose } from './protocol.ts';

/** A robot world attached to the simulated board (robot tasks only). */
export interface RobotAttachment {
  pose(): RobotPose;
  detach(): void;
}

/**
 * Builds the task's robot scene exactly as the judge's 'robot' bench scene does, on the same board
 * clock, so the robot on screen moves as it will when judged.
 */
export function attachRobot(board: Uno, scene: unknown, random: Random): RobotAttachment | null {
  if (!scene || typeof scene !== 'object' || (scene as { kind?: unknown }).kind !== 'robot') return null;
  const robot = new RobotScene(scene as RobotSceneSpec, board, random);
  return {
    pose() {
      const p = robot.pose;
      return {
        x: p.x,
        y: p.y,
        heading: p.heading,
        parts: Object.fromEntries([...robot.parts].map(([id, part]) => [id, part.snapshot()])),
        cans: robot.cans.length ? robot.cans.map((c) => ({ id: c.id, x: c.x, y: c.y, r: c.r, fallen: c.fallen !== false })) : undefined,
      };
    },
    detach: () => robot.detach(),
  };
}
