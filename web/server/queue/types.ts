/** What the HTTP side needs of the judge queue: announce that a stored submission waits. */
export interface JudgeQueue {
  /** The submission is already stored (state queued); this only wakes or notifies a judge. */
  enqueue(submission: { id: number; userId: number; priority: number }): Promise<void>;
  close(): Promise<void>;
}
