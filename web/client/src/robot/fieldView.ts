import { getField, parseRobot, renderField, type RobotSceneSpec } from '../../../../judge/world/index.ts';

export interface FieldView {
  /** The field drawn by the judge's own renderer (SVG markup). */
  svg: string;
  width: number;
  height: number;
  /** Robot body outline in robot coordinates (mm, x forward). */
  body: readonly (readonly [number, number])[];
  /** Where the robot stands before the run (mm, heading in radians). */
  start: { x: number; y: number; heading: number };
}

/** The static picture of a robot task's field, or null when the scene is not a robot scene. */
export function fieldView(scene: unknown): FieldView | null {
  if (!scene || typeof scene !== 'object' || (scene as { kind?: unknown }).kind !== 'robot') return null;
  const spec = scene as RobotSceneSpec;
  const field = getField(spec.field);
  const robot = parseRobot(spec.robot);
  const start = spec.start
    ? { x: spec.start.x, y: spec.start.y, heading: ((spec.start.heading ?? 0) * Math.PI) / 180 }
    : (field.start ?? { x: field.width / 2, y: field.height / 2, heading: 0 });
  return { svg: renderField(field, { width: 600 }), width: field.width, height: field.height, body: robot.body, start };
}
