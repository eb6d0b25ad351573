/** OpenAPI entries of competitions (http/routes/contests.ts), merged into http/openapi.ts. */
import type { z } from 'zod';
import * as c from '../../shared/contest.ts';
import { TaskViewSchema } from '../../shared/api.ts';

type Op = { summary: string; body?: z.ZodType; query?: z.ZodObject; response?: z.ZodType; status?: number };

// Every round route answers 404 to anyone who is neither its jury (its host, admins) nor its
// participant; jury-only routes answer 403 to participants.
export const CONTEST_OPERATIONS: Record<string, Record<string, Op>> = {
  '/api/contests': {
    get: { summary: 'Rounds I host (an admin: all) or take part in', response: c.ContestListResponseSchema },
    post: { summary: 'Create a round (teachers and admins; the creator hosts it)', body: c.CreateContestSchema, status: 201 },
  },
  '/api/contests/{id}': {
    get: { summary: 'A round: times, phase, server time; its tasks only from the start for participants', response: c.ContestViewSchema },
    patch: { summary: 'Jury: move the start, change the duration or the freeze', body: c.UpdateContestSchema, response: c.ContestViewSchema },
  },
  '/api/contests/{id}/participants': {
    get: { summary: 'Jury: participants', response: c.ParticipantListResponseSchema },
    post: { summary: 'Jury: register participants — a roster (CSV lines → new accounts, passwords shown once) and/or existing logins', body: c.AddParticipantsSchema, response: c.AddParticipantsResponseSchema },
  },
  '/api/contests/{id}/participants/{userId}': {
    patch: { summary: 'Jury: a team’s members (shown on the board)', body: c.UpdateParticipantSchema, status: 204 },
    delete: { summary: 'Jury: remove a participant (their submissions stay)', status: 204 },
  },
  '/api/contests/{id}/tasks/{label}': { get: { summary: 'A task of the round (participants: from the start; read-only after the end)', response: TaskViewSchema } },
  '/api/contests/{id}/submissions': {
    post: { summary: 'Submit into the round (participants while it runs; judged first, priority 0)', body: c.ContestSubmitSchema, status: 201 },
    get: { summary: 'The round’s submissions: mine (participant) or all with the ignored flag (jury)', response: c.ContestSubmissionListSchema },
  },
  '/api/contests/{id}/submissions/{sid}/ignore': { post: { summary: 'Jury: leave a submission out of the scoring (or count it again)', body: c.IgnoreSchema } },
  '/api/contests/{id}/rejudge': { post: { summary: 'Jury: re-queue one submission, one task (label) or the whole round', body: c.RejudgeSchema, response: c.RejudgeResponseSchema } },
  '/api/contests/{id}/scoreboard': {
    get: { summary: 'The board: public (frozen in the last freezeMinutes, pending counts) or, for the jury, the real one (?view=public for the projector). Live: socket.io contest:join, contest:board', query: c.ScoreboardQuerySchema, response: c.ScoreboardSchema },
  },
  '/api/contests/{id}/reveal': { post: { summary: 'Jury, after the end: reveal the lowest row with hidden results, or everything', body: c.RevealSchema, response: c.ScoreboardSchema } },
  '/api/contests/{id}/results.csv': { get: { summary: 'Jury: final results as CSV (UTF-8 BOM, ";", ?lang=ru|en)' } },
  '/api/contests/{id}/messages': { get: { summary: 'Clarifications and announcements I may see (live: contest:message)', response: c.ContestMessageListSchema } },
  '/api/contests/{id}/clarifications': { post: { summary: 'Ask the jury (about a task or in general)', body: c.AskSchema, response: c.ContestMessageSchema, status: 201 } },
  '/api/contests/{id}/clarifications/{mid}/answer': { post: { summary: 'Jury: answer privately or to everyone', body: c.AnswerSchema, response: c.ContestMessageSchema } },
  '/api/contests/{id}/announcements': { post: { summary: 'Jury: an announcement to every participant', body: c.AnnounceSchema, response: c.ContestMessageSchema, status: 201 } },
};
