import type { Pose, Vec } from './geometry.ts';
import type { CanState } from './physics/cans.ts';
import type { OpponentState } from './physics/opponent.ts';

/** Pose samples [ms, x mm, y mm, heading rad]. */
export type PoseSample = [number, number, number, number];

/**
 * What happened during a run, as plain JSON-safe data: the robot's path, wall contacts, sonar
 * echoes and the cans' paths. Expectations are judged on it and the result page draws it.
 */
export class Recording {
  /** Sampling period of the path, ms: fine enough to judge by, small enough to keep. */
  static readonly PERIOD_MS = 10;
  static readonly MAX_HITS = 4000;
  readonly poses: PoseSample[] = [];
  /** Wall contacts: [from ms, x, y, until ms] (until grows while the robot stays against the wall). */
  readonly contacts: [number, number, number, number][] = [];
  readonly sonarHits: [number, number, number][] = [];
  readonly cans = new Map<string, [number, number, number][]>();
  readonly fallen = new Map<string, number>();
  /** Mini-sumo opponents' paths: [ms, x, y, angle rad]; and when each fell off the ring. */
  readonly opponents = new Map<string, [number, number, number, number][]>();
  readonly opponentsOut = new Map<string, number>();
  readonly opponentSizes = new Map<string, number>();
  private nextAt = 0;

  sample(ms: number, pose: Pose, cans: readonly CanState[], force: boolean, opponents: readonly OpponentState[] = []): void {
    if (!force && ms < this.nextAt) return;
    this.nextAt = ms + Recording.PERIOD_MS;
    this.poses.push([ms, pose.x, pose.y, pose.heading]);
    for (const c of cans) {
      let path = this.cans.get(c.id);
      if (!path) this.cans.set(c.id, (path = []));
      const last = path[path.length - 1];
      if (!last || Math.abs(last[1] - c.x) + Math.abs(last[2] - c.y) > 1) path.push([ms, c.x, c.y]);
      if (c.fallen && !this.fallen.has(c.id)) this.fallen.set(c.id, ms);
    }
    for (const o of opponents) {
      let path = this.opponents.get(o.id);
      if (!path) {
        this.opponents.set(o.id, (path = []));
        this.opponentSizes.set(o.id, o.size);
      }
      const last = path[path.length - 1];
      if (!last || Math.abs(last[1] - o.x) + Math.abs(last[2] - o.y) > 1) path.push([ms, o.x, o.y, o.angle]);
      if (o.outAtMs !== null && !this.opponentsOut.has(o.id)) this.opponentsOut.set(o.id, o.outAtMs);
    }
  }

  contact(ms: number, pose: Pose): void {
    this.contacts.push([ms, pose.x, pose.y, ms]);
  }
  /** The robot is still against the wall it last touched. */
  stillTouching(ms: number): void {
    const last = this.contacts[this.contacts.length - 1];
    if (last) last[3] = ms;
  }

  sonarHit(ms: number, hit: Vec): void {
    if (this.sonarHits.length < Recording.MAX_HITS) this.sonarHits.push([ms, hit[0], hit[1]]);
  }

  /** Plain data for storage and drawing. */
  toJSON(): RunData {
    return {
      poses: this.poses,
      contacts: this.contacts,
      sonarHits: this.sonarHits,
      cans: Object.fromEntries(this.cans),
      fallen: Object.fromEntries(this.fallen),
      opponents: Object.fromEntries(this.opponents),
      opponentsOut: Object.fromEntries(this.opponentsOut),
      opponentSizes: Object.fromEntries(this.opponentSizes),
    };
  }
}

export interface RunData {
  poses: PoseSample[];
  contacts: [number, number, number, number][];
  sonarHits: [number, number, number][];
  cans: Record<string, [number, number, number][]>;
  fallen: Record<string, number>;
  /** Present when the field has mini-sumo opponents. */
  opponents?: Record<string, [number, number, number, number][]>;
  opponentsOut?: Record<string, number>;
  /** Side of each opponent's square, mm. */
  opponentSizes?: Record<string, number>;
}
