/**
 * The socket.io contract. The client connects to the same origin (the session cookie authenticates
 * it), then joins a submission: the ack (and a `submission:state` event) carry the full current state
 * first, then `submission:event` deltas follow. On reconnect the client joins again and gets the full
 * state again, so nothing is missed.
 */
import { z } from 'zod';
import type { AuthoringJoinAck, AuthoringLiveEvent, JoinAuthoring } from './authoring.ts';
import { CompileInfoSchema, TestInfoSchema, TestResultSchema, TextSchema, VerdictSchema } from './common.ts';
import type { ErrorResponse } from './common.ts';
import type { SubmissionView } from './api.ts';
import type { ClassProgress, ClassProgressEvent, JoinClassRoom } from './teaching.ts';
import type { ContestChangedEvent, ContestJoinAck, ContestMessage, JoinContestRoom, Scoreboard } from './contest.ts';

/**
 * A live event of one submission: the judge's events, plus `queued` with the queue position.
 * `compiling` always starts an attempt from scratch: if a judge died and another took the
 * submission over, results shown so far are dropped (clear them when `compiling` arrives).
 */
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('queued'), position: z.number().int() }),
  z.object({ type: z.literal('compiling') }),
  CompileInfoSchema.extend({ type: z.literal('compiled') }),
  z.object({ type: z.literal('tests'), tests: z.array(TestInfoSchema) }),
  z.object({ type: z.literal('test-started'), id: z.string(), index: z.number().int() }),
  z.object({ type: z.literal('test-finished'), result: TestResultSchema }),
  z.object({
    type: z.literal('finished'),
    verdict: VerdictSchema,
    score: z.number(),
    maxScore: z.number(),
    message: TextSchema.optional(),
  }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export const SubmissionEventSchema = z.object({ submissionId: z.string(), event: LiveEventSchema });
export type SubmissionEvent = z.infer<typeof SubmissionEventSchema>;

export const JoinSubmissionSchema = z.object({ id: z.string().min(1).max(100) });
export type JoinSubmission = z.infer<typeof JoinSubmissionSchema>;

export type JoinAck = { ok: true; state: SubmissionView } | ({ ok: false } & ErrorResponse);
/** Answer to `class:join`: the whole progress matrix, then `class:progress` rows as they change. */
export type ClassJoinAck = { ok: true; state: ClassProgress } | ({ ok: false } & ErrorResponse);

/** Events the server sends. */
export interface ServerToClientEvents {
  'submission:state': (state: SubmissionView) => void;
  'submission:event': (event: SubmissionEvent) => void;
  /** A student's row of a class's progress matrix changed (a submission of theirs finished). */
  'class:progress': (event: ClassProgressEvent) => void;
  /** A round's scoreboard in the view of the room joined (web/shared/contest.ts). */
  'contest:board': (board: Scoreboard) => void;
  /** A clarification asked or answered, or an announcement. */
  'contest:message': (message: ContestMessage) => void;
  'contest:changed': (event: ContestChangedEvent) => void;
  /** An event of a «Check task» job (web/shared/authoring.ts). */
  'authoring:event': (event: AuthoringLiveEvent) => void;
}

/** Events the client sends. */
export interface ClientToServerEvents {
  'submission:join': (request: JoinSubmission, ack: (answer: JoinAck) => void) => void;
  'submission:leave': (request: JoinSubmission) => void;
  /** Teachers of the class and admins only. */
  'class:join': (request: JoinClassRoom, ack: (answer: ClassJoinAck) => void) => void;
  'class:leave': (request: JoinClassRoom) => void;
  /** The round's host and admins (any view), its participants (the public view). */
  'contest:join': (request: JoinContestRoom, ack: (answer: ContestJoinAck) => void) => void;
  'contest:leave': (request: JoinContestRoom) => void;
  /** The job's author and admins only. */
  'authoring:join': (request: JoinAuthoring, ack: (answer: AuthoringJoinAck) => void) => void;
  'authoring:leave': (request: JoinAuthoring) => void;
}

/** Room names, shared by the server processes and the judge workers that publish into them. */
export const rooms = {
  /** Owner's view: hidden tests redacted. */
  submission: (id: string) => `submission:${id}`,
  /** Teachers' and admins' view: everything. */
  submissionFull: (id: string) => `submission-full:${id}`,
  /** A class's progress matrix: its teachers and admins. */
  classProgress: (id: string) => `class:${id}`,
  /** A round's public (frozen) board, announcements and public answers: participants and the projector. */
  contestPublic: (id: string) => `contest:${id}`,
  /** A round's real board and every clarification: its host and admins. */
  contestJury: (id: string) => `contest-jury:${id}`,
  /** One participant's private answers in a round. */
  contestUser: (id: string, userId: string) => `contest-user:${id}:${userId}`,
  /** One «Check task» job of task authoring: its author and admins. */
  authoringJob: (jobId: string) => `authoring:${jobId}`,
};
