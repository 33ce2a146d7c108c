// The core's options: every limit named, with a default and the reason for it,
// validated up front (impossible settings are refused, never clamped).
import type { Prng } from './prng.ts';
import type { Storage } from './storage.ts';

export interface RaftOptions {
  /** This node's id, > 0. */
  id: number;
  storage: Storage;
  /** Seeded randomness for election timeouts and failover jitter. */
  prng: Prng;
  /** Index of the last entry the state machine applied before a restart (0 on a new node). */
  applied?: number;
  electionTimeoutTicks?: number;
  heartbeatTicks?: number;
  /** Upper bound of the random delay before a follower campaigns after its leader's connection reset. */
  fastFailoverJitterTicksMax?: number;
  msgBytesMax?: number;
  inflightMsgsMax?: number;
  inflightBytesMax?: number;
  entryBytesMax?: number;
  uncommittedBytesMax?: number;
  applyBytesMax?: number;
  learnerLagEntriesMax?: number;
}

export const RAFT_DEFAULTS = {
  // 1 s at the default 10 ms tick: long enough that a busy 2-core machine does not see
  // elections nobody asked for, short enough to fail over fast on a silent leader.
  electionTimeoutTicks: 100,
  // 100 ms: ten heartbeats per election timeout.
  heartbeatTicks: 10,
  // Entries per MsgApp are cut at this size: big enough to batch, small enough not to
  // delay heartbeats behind one huge frame.
  msgBytesMax: 1 << 20,
  // The in-flight window per follower: pipelining without unbounded memory.
  inflightMsgsMax: 256,
  inflightBytesMax: 32 << 20,
  // One proposal at most this big. The gRPC frame limit is set above it (see transport).
  entryBytesMax: 4 << 20,
  // Proposals are refused ('overloaded') while this much is appended but not yet committed.
  uncommittedBytesMax: 64 << 20,
  // Committed entries handed to the host per Ready, so one apply batch stays bounded.
  applyBytesMax: 8 << 20,
  // A learner is promoted only when it is at most this many entries behind the leader.
  learnerLagEntriesMax: 1000,
} as const;

export type ResolvedRaftOptions = Required<RaftOptions>;

export function resolveRaftOptions(o: RaftOptions): ResolvedRaftOptions {
  const electionTimeoutTicks = o.electionTimeoutTicks ?? RAFT_DEFAULTS.electionTimeoutTicks;
  const r: ResolvedRaftOptions = {
    id: o.id,
    storage: o.storage,
    prng: o.prng,
    applied: o.applied ?? 0,
    electionTimeoutTicks,
    heartbeatTicks: o.heartbeatTicks ?? RAFT_DEFAULTS.heartbeatTicks,
    fastFailoverJitterTicksMax: o.fastFailoverJitterTicksMax ?? Math.floor(electionTimeoutTicks / 5),
    msgBytesMax: o.msgBytesMax ?? RAFT_DEFAULTS.msgBytesMax,
    inflightMsgsMax: o.inflightMsgsMax ?? RAFT_DEFAULTS.inflightMsgsMax,
    inflightBytesMax: o.inflightBytesMax ?? RAFT_DEFAULTS.inflightBytesMax,
    entryBytesMax: o.entryBytesMax ?? RAFT_DEFAULTS.entryBytesMax,
    uncommittedBytesMax: o.uncommittedBytesMax ?? RAFT_DEFAULTS.uncommittedBytesMax,
    applyBytesMax: o.applyBytesMax ?? RAFT_DEFAULTS.applyBytesMax,
    learnerLagEntriesMax: o.learnerLagEntriesMax ?? RAFT_DEFAULTS.learnerLagEntriesMax,
  };
  const problems: string[] = [];
  const positiveInt = (name: keyof ResolvedRaftOptions): void => {
    const v = r[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) problems.push(`${name} must be a positive integer, got ${String(v)}`);
  };
  positiveInt('id');
  positiveInt('electionTimeoutTicks');
  positiveInt('heartbeatTicks');
  positiveInt('msgBytesMax');
  positiveInt('inflightMsgsMax');
  positiveInt('inflightBytesMax');
  positiveInt('entryBytesMax');
  positiveInt('uncommittedBytesMax');
  positiveInt('applyBytesMax');
  if (!Number.isSafeInteger(r.applied) || r.applied < 0) problems.push(`applied must be a non-negative integer, got ${r.applied}`);
  if (!Number.isSafeInteger(r.learnerLagEntriesMax) || r.learnerLagEntriesMax < 0) {
    problems.push(`learnerLagEntriesMax must be a non-negative integer, got ${r.learnerLagEntriesMax}`);
  }
  if (r.electionTimeoutTicks <= r.heartbeatTicks) {
    problems.push(`electionTimeoutTicks (${r.electionTimeoutTicks}) must exceed heartbeatTicks (${r.heartbeatTicks})`);
  }
  if (!Number.isSafeInteger(r.fastFailoverJitterTicksMax) || r.fastFailoverJitterTicksMax < 0 ||
    r.fastFailoverJitterTicksMax > Math.floor(r.electionTimeoutTicks / 5)) {
    problems.push(`fastFailoverJitterTicksMax must be within [0, electionTimeoutTicks/5 = ${Math.floor(r.electionTimeoutTicks / 5)}], got ${r.fastFailoverJitterTicksMax}`);
  }
  if (r.inflightBytesMax < r.msgBytesMax) {
    problems.push(`inflightBytesMax (${r.inflightBytesMax}) must be at least msgBytesMax (${r.msgBytesMax})`);
  }
  if (r.uncommittedBytesMax < r.entryBytesMax) {
    problems.push(`uncommittedBytesMax (${r.uncommittedBytesMax}) must be at least entryBytesMax (${r.entryBytesMax})`);
  }
  if (problems.length > 0) throw new Error(`invalid raft options: ${problems.join('; ')}`);
  return r;
}
