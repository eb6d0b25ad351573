/** Task packages on disk (Node only): load and validate tasks and courses. */
export { loadTask } from './load.ts';
export { loadAllTasks, loadCourse } from './course.ts';
export { TaskLoadError, type Task, type TaskLimits, type TaskProblem, type TaskSolution, type SolutionExpectation } from './types.ts';
export type { Course } from './schema.ts';
