import { z } from 'zod';
import { VERDICTS } from '../runner/events.ts';

const text = z.strictObject({ ru: z.string().trim().min(1), en: z.string().trim().min(1) });

export const solutionSchema = z.strictObject({
  file: z.string().min(1),
  expect: z.strictObject({
    verdict: z.enum(VERDICTS),
    score: z.number().min(0).optional(),
  }),
  label: z.string().optional(),
});

/** task.yaml */
export const taskYamlSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and "-", e.g. "traffic-light"'),
  title: text,
  difficulty: z.number().int().min(1).max(5),
  tags: z.array(z.string().min(1)).default([]),
  points: z.number().positive(),
  limits: z.strictObject({
    simulatedMs: z.number().positive().max(600_000),
    wallMs: z.number().positive().max(600_000),
    cycleBudget: z.number().int().positive().optional(),
  }),
  template: z.string().default('template.ino'),
  course: z.strictObject({ module: z.string().optional(), order: z.number().int().min(0).optional() }).optional(),
  solutions: z.array(solutionSchema).optional(),
});
export type TaskYaml = z.output<typeof taskYamlSchema>;

/** solutions.yaml (alternative to task.yaml's `solutions`) */
export const solutionsYamlSchema = z.array(solutionSchema);

/** courses/<id>.yaml */
export const courseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: text,
  description: text.optional(),
  modules: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
        title: text,
        /** Task ids in the order students meet them. */
        tasks: z.array(z.string().min(1)).min(1),
        /** Module ids to finish first. */
        prerequisites: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});
export type Course = z.output<typeof courseSchema>;
