// The replicated state machine as the host loop (host.ts) sees it. The broker's state machine
// implements this later; the Raft demo's KV state machine (kv-state-machine.ts) implements it now.
//
// Exactly once across crashes: apply() writes the effects of a batch of committed entries and
// the new applied index (with its term and the membership) in ONE LMDB write transaction. After
// a crash the node restarts from the applied index it finds, so an entry is either wholly applied
// or not at all, and never twice.
//
// Apply is a pure function of (state, entry): it never reads the clock, randomness or anything
// local, so every node reaches the same state.
import type { ConfState, Entry, SnapshotMeta } from './core/index.ts';

export interface AppliedState {
  index: number;
  term: number;
  confState: ConfState;
}

/** A consistent image of the state machine at meta.index, read in chunks of at most chunkBytesMax. */
export interface SnapshotReader {
  readonly meta: SnapshotMeta;
  /** The image, as a byte stream cut into chunks (each <= chunkBytesMax). */
  chunks(chunkBytesMax: number): AsyncIterable<Uint8Array>;
  /** Releases the read transaction. Idempotent. */
  close(): void;
}

/** A snapshot image received in full and staged on disk, waiting for the core to accept it. */
export interface StagedSnapshot {
  readonly meta: SnapshotMeta;
  readonly path: string;
  readonly bytes: number;
  /** Deletes the staged file. Idempotent. */
  dispose(): void;
}

export interface StateMachine {
  /** What is persisted: the applied index, its term and the membership as of it. */
  applied(): AppliedState;
  /**
   * Applies committed entries in order (normal entries, empty no-ops and membership changes
   * alike: every one advances the applied index). Effects and the applied index are committed
   * in one transaction. Resolves once committed (not necessarily flushed: the log is the
   * durable record). Returns one result per entry, for answering the clients that proposed them.
   * Throws FedmqError STATE_MACHINE_HALTED on an entry it cannot apply (unknown op code): never skips.
   */
  apply(entries: readonly Entry[]): Promise<unknown[]>;
  /** A consistent image of the current state, for a follower behind the compacted log. */
  openSnapshot(): SnapshotReader;
  /**
   * Replaces the whole state with a staged image, atomically together with `alsoInTxn` (the host
   * passes the Raft storage's snapshot install, so the log and the state never disagree).
   */
  restore(staged: StagedSnapshot, alsoInTxn: () => void): Promise<void>;
}
