/**
 * Competitions («Технолаб» cup rounds): the API contract. Routes in web/server/http/routes/contests.ts,
 * the live scoreboard and messages over socket.io (rooms below). Re-exported from api.ts.
 * Who: the host (the round's owner, a teacher or admin) and admins run a round; participants see
 * only their own round's data, its tasks only from the start, and the public (frozen) board.
 */
import { z } from 'zod';
import { TextSchema, VerdictSchema } from './common.ts';

const Id = z.string().min(1).max(100);

export const ScoringSchema = z.enum(['icpc', 'ioi', 'robot']).meta({ id: 'ContestScoring' });
export type Scoring = z.infer<typeof ScoringSchema>;
export const ParticipantsKindSchema = z.enum(['individual', 'team']).meta({ id: 'ContestParticipantsKind' });
/** before: not started (countdown); running; frozen: running, the public board frozen; ended: read-only. */
export const ContestPhaseSchema = z.enum(['before', 'running', 'frozen', 'ended']).meta({ id: 'ContestPhase' });
export type ContestPhase = z.infer<typeof ContestPhaseSchema>;

export const ContestLabelSchema = z.string().regex(/^[A-Z][0-9]?$/, 'A, B, … Z (optionally with a digit: A1)');
export const ContestTaskInputSchema = z
  .object({
    label: ContestLabelSchema,
    taskId: Id,
    measure: z.string().min(1).max(64).optional(),
    better: z.enum(['lower', 'higher']).optional(),
    requireAccepted: z.boolean().optional(),
  })
  .meta({ id: 'ContestTaskInput' });

/** POST /api/contests (a teacher or admin; they become the host). Minutes may be fractional. */
export const CreateContestSchema = z
  .object({
    title: TextSchema,
    description: TextSchema.optional(),
    scoring: ScoringSchema,
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().positive().max(60 * 24 * 14),
    freezeMinutes: z.number().min(0).max(60 * 24 * 14).default(0),
    participants: ParticipantsKindSchema.default('individual'),
    tasks: z.array(ContestTaskInputSchema).min(1).max(26),
  })
  .meta({ id: 'CreateContest' });
export type CreateContest = z.input<typeof CreateContestSchema>;

/** PATCH /api/contests/:id (the host): move the start, change the duration or freeze. */
export const UpdateContestSchema = z
  .object({
    title: TextSchema.optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    durationMinutes: z.number().positive().max(60 * 24 * 14).optional(),
    freezeMinutes: z.number().min(0).max(60 * 24 * 14).optional(),
  })
  .meta({ id: 'UpdateContest' });
export type UpdateContest = z.infer<typeof UpdateContestSchema>;

export const ContestTaskSchema = z
  .object({
    label: z.string(),
    taskId: Id,
    title: TextSchema,
    maxScore: z.number(),
    measure: z.string().optional(),
    better: z.enum(['lower', 'higher']).optional(),
  })
  .meta({ id: 'ContestTask' });
export type ContestTask = z.infer<typeof ContestTaskSchema>;

export const ContestSummarySchema = z
  .object({
    id: Id,
    title: TextSchema,
    scoring: ScoringSchema,
    participants: ParticipantsKindSchema,
    startsAt: z.string(),
    endsAt: z.string(),
    freezeAt: z.string().nullable(),
    durationMinutes: z.number(),
    freezeMinutes: z.number(),
    phase: ContestPhaseSchema,
    /** jury: the host or an admin; participant: registered in the round. */
    myRole: z.enum(['jury', 'participant']),
  })
  .meta({ id: 'ContestSummary' });
export type ContestSummary = z.infer<typeof ContestSummarySchema>;

/** GET /api/contests — rounds I host (admin: all) or take part in. */
export const ContestListResponseSchema = z.object({ contests: z.array(ContestSummarySchema) }).meta({ id: 'ContestListResponse' });
export type ContestListResponse = z.infer<typeof ContestListResponseSchema>;

/** GET /api/contests/:id — tasks are listed to participants only from the start. */
export const ContestViewSchema = ContestSummarySchema.extend({
  description: TextSchema.nullable(),
  /** The server's clock, so a countdown is right even when the school laptop's clock is not. */
  serverTime: z.string(),
  tasks: z.array(ContestTaskSchema),
  /** After the round: whether the public board is revealed completely. */
  revealed: z.boolean(),
}).meta({ id: 'ContestView' });
export type ContestView = z.infer<typeof ContestViewSchema>;

// ---- participants ---------------------------------------------------------------------------

/**
 * POST /api/contests/:id/participants — `roster`: one person (or team) per line, CSV (see
 * accounts/bulk.ts): new accounts with generated passwords, shown once; `logins`: existing users.
 */
export const AddParticipantsSchema = z
  .object({
    roster: z.string().max(200_000).optional(),
    loginPrefix: z.string().max(16).optional(),
    logins: z.array(z.string().min(1).max(64)).max(500).optional(),
  })
  .meta({ id: 'AddParticipants' });
export type AddParticipants = z.infer<typeof AddParticipantsSchema>;

export const ContestParticipantSchema = z
  .object({ id: Id, login: z.string(), name: z.string(), members: z.string().nullable() })
  .meta({ id: 'ContestParticipant' });
export type ContestParticipant = z.infer<typeof ContestParticipantSchema>;

export const AddParticipantsResponseSchema = z
  .object({
    /** New accounts with their passwords (the printable sheet); the passwords are not stored. */
    created: z.array(z.object({ id: Id, login: z.string(), name: z.string(), password: z.string() })),
    added: z.number().int(),
    problems: z.array(z.object({ line: z.number().int(), message: TextSchema })),
    unknownLogins: z.array(z.string()),
  })
  .meta({ id: 'AddParticipantsResponse' });
export type AddParticipantsResponse = z.infer<typeof AddParticipantsResponseSchema>;

/** PATCH /api/contests/:id/participants/:userId — the jury: a team's members as shown on the board. */
export const UpdateParticipantSchema = z.object({ members: z.string().trim().max(300).nullable() }).meta({ id: 'ContestUpdateParticipant' });

export const ParticipantListResponseSchema = z.object({ participants: z.array(ContestParticipantSchema) }).meta({ id: 'ContestParticipantList' });
export type ParticipantListResponse = z.infer<typeof ParticipantListResponseSchema>;

// ---- submissions ----------------------------------------------------------------------------

/** POST /api/contests/:id/submissions — a participant, while the round runs. */
export const ContestSubmitSchema = z.object({ label: z.string().min(1).max(4), source: z.string().min(1).max(100_000) }).meta({ id: 'ContestSubmit' });
export type ContestSubmit = z.infer<typeof ContestSubmitSchema>;

export const ContestSubmissionSchema = z
  .object({
    id: Id,
    label: z.string(),
    taskId: Id,
    user: z.object({ id: Id, login: z.string(), name: z.string() }),
    state: z.enum(['queued', 'compiling', 'running', 'finished']),
    verdict: VerdictSchema.nullable(),
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
    createdAt: z.string(),
    /** Minutes from the start. */
    minute: z.number(),
    ignored: z.boolean(),
  })
  .meta({ id: 'ContestSubmission' });
export type ContestSubmission = z.infer<typeof ContestSubmissionSchema>;
export const ContestSubmissionListSchema = z.object({ submissions: z.array(ContestSubmissionSchema) }).meta({ id: 'ContestSubmissionList' });
export type ContestSubmissionList = z.infer<typeof ContestSubmissionListSchema>;

/** POST /api/contests/:id/rejudge — one submission, one task (label), or the whole round (neither). */
export const RejudgeSchema = z.object({ submissionId: Id.optional(), label: z.string().max(4).optional() }).meta({ id: 'ContestRejudge' });
export const RejudgeResponseSchema = z.object({ requeued: z.number().int() }).meta({ id: 'ContestRejudgeResponse' });
/** POST /api/contests/:id/submissions/:sid/ignore */
export const IgnoreSchema = z.object({ ignored: z.boolean() }).meta({ id: 'ContestIgnore' });

// ---- scoreboard -----------------------------------------------------------------------------

export const ScoreCellSchema = z
  .object({
    label: z.string(),
    attempts: z.number().int(),
    /** Submissions whose result this view does not show (judging, or made during the freeze). */
    pending: z.number().int(),
    score: z.number(),
    solved: z.boolean(),
    penalty: z.number(),
    /** Minutes from the start of the accept / best run; null when none. */
    minute: z.number().nullable(),
    measure: z.number().nullable(),
  })
  .meta({ id: 'ScoreCell' });
export type ScoreCell = z.infer<typeof ScoreCellSchema>;

export const ScoreRowSchema = z
  .object({
    participantId: Id,
    name: z.string(),
    login: z.string(),
    members: z.string().nullable(),
    rank: z.number().int(),
    solved: z.number().int(),
    score: z.number(),
    penalty: z.number(),
    cells: z.array(ScoreCellSchema),
    /** The freeze hides some of this row's results. */
    hidden: z.boolean(),
  })
  .meta({ id: 'ScoreRow' });
export type ScoreRow = z.infer<typeof ScoreRowSchema>;

/** GET /api/contests/:id/scoreboard?view=public|jury and the `contest:board` event. */
export const ScoreboardSchema = z
  .object({
    contestId: Id,
    view: z.enum(['public', 'jury']),
    scoring: ScoringSchema,
    phase: ContestPhaseSchema,
    /** This view hides results made during the freeze. */
    frozen: z.boolean(),
    /** After the round: every row revealed. */
    revealed: z.boolean(),
    tasks: z.array(z.object({ label: z.string(), title: TextSchema, measure: z.string().optional(), better: z.enum(['lower', 'higher']).optional() })),
    rows: z.array(ScoreRowSchema),
    /** The row the last reveal step resolved (for the projector's highlight). */
    lastResolved: Id.nullable(),
    generatedAt: z.string(),
  })
  .meta({ id: 'Scoreboard' });
export type Scoreboard = z.infer<typeof ScoreboardSchema>;
export const ScoreboardQuerySchema = z.object({ view: z.enum(['public', 'jury']).optional() });

/** POST /api/contests/:id/reveal — after the round: the next row from the bottom, or everything. */
export const RevealSchema = z.object({ step: z.enum(['next', 'all']) }).meta({ id: 'ContestReveal' });

// ---- clarifications and announcements -------------------------------------------------------

export const ContestMessageSchema = z
  .object({
    id: Id,
    contestId: Id,
    kind: z.enum(['clarification', 'announcement']),
    taskLabel: z.string().nullable(),
    /** Clarifications: the participant's question (shown to the asker, the jury, and everyone once answered publicly). */
    question: z.string().nullable(),
    /** The jury's answer, or the announcement's text. */
    answer: z.string().nullable(),
    public: z.boolean(),
    author: z.object({ id: Id, login: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'ContestMessage' });
export type ContestMessage = z.infer<typeof ContestMessageSchema>;
export const ContestMessageListSchema = z.object({ messages: z.array(ContestMessageSchema) }).meta({ id: 'ContestMessageList' });
export type ContestMessageList = z.infer<typeof ContestMessageListSchema>;

/** POST /api/contests/:id/clarifications — a participant asks (while the round runs). */
export const AskSchema = z.object({ taskLabel: z.string().max(4).nullable().optional(), question: z.string().trim().min(1).max(2000) }).meta({ id: 'ContestAsk' });
/** POST /api/contests/:id/clarifications/:mid/answer — the jury: privately or to everyone. */
export const AnswerSchema = z.object({ answer: z.string().trim().min(1).max(4000), public: z.boolean() }).meta({ id: 'ContestAnswer' });
/** POST /api/contests/:id/announcements — the jury tells everyone. */
export const AnnounceSchema = z.object({ text: z.string().trim().min(1).max(4000), taskLabel: z.string().max(4).nullable().optional() }).meta({ id: 'ContestAnnounce' });

// ---- socket.io ------------------------------------------------------------------------------

/** `contest:join`: the jury may ask for the public view (the projector). */
export const JoinContestRoomSchema = z.object({ contestId: Id, view: z.enum(['public', 'jury']).optional() });
export type JoinContestRoom = z.infer<typeof JoinContestRoomSchema>;
export type ContestJoinAck = { ok: true; board: Scoreboard } | { ok: false; error: { code: string; message: string; text: { ru: string; en: string } } };
/** Something in the round changed that is not on the board (times, reveal): clients reload the round. */
export interface ContestChangedEvent {
  contestId: string;
}
