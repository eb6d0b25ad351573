/**
 * The robot world: fields, the robot, its motion and sensors, the 'robot' bench scene, SVG. Common
 * code (Node and the browser's Web Worker). Importing this registers the scene.
 */
import './scene.ts';

export { RobotScene, type RobotSceneSpec, type PlacePose } from './robot-scene.ts';
export { World, type WorldOptions } from './world.ts';
export { buildField, FieldError, fieldSchema, type Field, type FieldData } from './field/field.ts';
export { getField, READY_FIELDS } from './fields.ts';
export { parseRobot, robotSpecSchema, KIT, type RobotSpec, type RobotSpecInput } from './robot-spec.ts';
export { renderField } from './svg/field.ts';
export { renderRun } from './svg/run.ts';
export type { RunData, PoseSample } from './recording.ts';
export { attachWorld } from './attach.ts';
