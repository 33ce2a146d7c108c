// The Raft log as the core sees it: what storage holds (persisted) followed by
// the unstable part (appended in memory, handed to the host in the next Ready).
import type { Entry, Snapshot } from './types.ts';
import { limitSize, StorageError, type Storage } from './storage.ts';

/** Entries and a snapshot not yet persisted. entries[i] has index offset + i. */
class Unstable {
  snapshot: Snapshot | null = null;
  entries: Entry[] = [];
  offset: number;

  constructor(offset: number) {
    this.offset = offset;
  }

  maybeFirstIndex(): number | undefined {
    return this.snapshot ? this.snapshot.meta.index + 1 : undefined;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot ? this.snapshot.meta.index : undefined;
  }

  maybeTerm(i: number): number | undefined {
    if (i < this.offset) {
      if (this.snapshot && this.snapshot.meta.index === i) return this.snapshot.meta.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || i > last) return undefined;
    return this.entries[i - this.offset]!.term;
  }

  /** Entries up to (i, t) are persisted: drop them from the unstable part. */
  stableTo(i: number, t: number): void {
    const gt = this.maybeTerm(i);
    if (gt === undefined || gt !== t || i < this.offset) return; // replaced meanwhile, or already stable
    this.entries = this.entries.slice(i + 1 - this.offset);
    this.offset = i + 1;
  }

  stableSnapTo(i: number): void {
    if (this.snapshot && this.snapshot.meta.index === i) this.snapshot = null;
  }

  restore(s: Snapshot): void {
    this.offset = s.meta.index + 1;
    this.entries = [];
    this.snapshot = s;
  }

  truncateAndAppend(ents: readonly Entry[]): void {
    const after = ents[0]!.index;
    if (after === this.offset + this.entries.length) {
      for (const e of ents) this.entries.push(e);
    } else if (after <= this.offset) {
      // Replaces everything unstable; storage truncates its own suffix when these are persisted.
      this.offset = after;
      this.entries = ents.slice();
    } else {
      this.entries = this.entries.slice(0, after - this.offset).concat(ents);
    }
  }

  slice(lo: number, hi: number): Entry[] {
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}

export class RaftLog {
  readonly storage: Storage;
  readonly unstable: Unstable;
  /** Highest index known to be committed. */
  committed: number;
  /** Highest index handed to the host for applying. */
  applied: number;
  readonly maxApplyBytes: number;

  constructor(storage: Storage, maxApplyBytes: number) {
    this.storage = storage;
    this.maxApplyBytes = maxApplyBytes;
    const first = storage.firstIndex();
    this.unstable = new Unstable(storage.lastIndex() + 1);
    this.committed = first - 1;
    this.applied = first - 1;
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** Term at i. Throws StorageError('compacted') below the log; 0 past its end. */
  term(i: number): number {
    const t = this.unstable.maybeTerm(i);
    if (t !== undefined) return t;
    const dummyIndex = this.firstIndex() - 1;
    if (i < dummyIndex) throw new StorageError('compacted', `term(${i}) below ${dummyIndex}`);
    if (i > this.lastIndex()) return 0;
    return this.storage.term(i);
  }

  /** Term at i, or 0 when i is compacted or past the end. */
  termOrZero(i: number): number {
    try {
      return this.term(i);
    } catch (err) {
      if (err instanceof StorageError) return 0;
      throw err;
    }
  }

  lastTerm(): number {
    return this.term(this.lastIndex());
  }

  matchTerm(i: number, t: number): boolean {
    try {
      return this.term(i) === t;
    } catch (err) {
      if (err instanceof StorageError) return false;
      throw err;
    }
  }

  /** Whether a candidate's log (lastIndex, lastTerm) is at least as up to date as ours (§5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Follower side of AppendEntries: if our log matches (index, logTerm), append ents
   * (truncating a conflicting suffix) and advance commit. Returns the last new index, or
   * undefined when the log does not match. `hooks.onTruncate(i)` is called before entries
   * from i on are replaced and `hooks.onAppend(ents)` after new entries are appended, so
   * that membership taken from the log follows it.
   */
  maybeAppend(
    index: number,
    logTerm: number,
    committed: number,
    ents: readonly Entry[],
    hooks: { onTruncate(fromIndex: number): void; onAppend(ents: readonly Entry[]): void },
  ): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNew = index + ents.length;
    const ci = this.findConflict(ents);
    if (ci !== 0) {
      if (ci <= this.committed) {
        throw new Error(`raft: entry ${ci} conflicts with committed entry (committed ${this.committed})`);
      }
      if (ci <= this.lastIndex()) hooks.onTruncate(ci);
      const appended = ents.slice(ci - (index + 1));
      this.append(appended);
      hooks.onAppend(appended);
    }
    this.commitTo(Math.min(committed, lastNew));
    return lastNew;
  }

  append(ents: readonly Entry[]): number {
    if (ents.length === 0) return this.lastIndex();
    const after = ents[0]!.index - 1;
    if (after < this.committed) {
      throw new Error(`raft: appending after ${after} is out of range (committed ${this.committed})`);
    }
    this.unstable.truncateAndAppend(ents);
    return this.lastIndex();
  }

  /** Index of the first entry that conflicts with ours, or of the first new one; 0 if none. */
  findConflict(ents: readonly Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * The largest index <= index whose term is <= term, with that term: the probe
   * position for fast backtracking. Returns (index, 0) where the log is compacted.
   */
  findConflictByTerm(index: number, term: number): [number, number] {
    for (let i = index; i > 0; i--) {
      let t: number;
      try {
        t = this.term(i);
      } catch (err) {
        if (err instanceof StorageError) return [i, 0];
        throw err;
      }
      if (t <= term) return [i, t];
    }
    return [0, 0];
  }

  /** Entries from lo, at most maxBytes (at least one). Throws 'compacted' if lo is below the log. */
  entriesFrom(lo: number, maxBytes: number): Entry[] {
    const last = this.lastIndex();
    if (lo > last) return [];
    return this.slice(lo, last + 1, maxBytes);
  }

  /** Entries [lo, hi). */
  slice(lo: number, hi: number, maxBytes: number): Entry[] {
    if (lo > hi) throw new Error(`raft: invalid slice ${lo} > ${hi}`);
    const first = this.firstIndex();
    if (lo < first) throw new StorageError('compacted', `slice from ${lo}, first is ${first}`);
    if (hi > this.lastIndex() + 1) throw new Error(`raft: slice [${lo}, ${hi}) out of bound [${first}, ${this.lastIndex()}]`);
    if (lo === hi) return [];
    let ents: Entry[] = [];
    const uo = this.unstable.offset;
    if (lo < uo) {
      ents = this.storage.entries(lo, Math.min(hi, uo), maxBytes);
      // Storage returned fewer than asked: the size limit was hit.
      if (ents.length < Math.min(hi, uo) - lo) return ents;
    }
    if (hi > uo) {
      const u = this.unstable.slice(Math.max(lo, uo), hi);
      ents = ents.length > 0 ? ents.concat(u) : u;
    }
    return limitSize(ents, maxBytes);
  }

  hasNextCommittedEnts(): boolean {
    return this.committed > this.applied && this.committed >= Math.max(this.applied + 1, this.firstIndex());
  }

  /** Committed entries not yet handed out for applying, at most maxApplyBytes (at least one). */
  nextCommittedEnts(): Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex());
    if (this.committed + 1 <= lo) return [];
    return this.slice(lo, this.committed + 1, this.maxApplyBytes);
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  commitTo(toCommit: number): void {
    if (this.committed >= toCommit) return; // never decrease
    if (this.lastIndex() < toCommit) {
      throw new Error(`raft: commit ${toCommit} is out of range (last index ${this.lastIndex()})`);
    }
    this.committed = toCommit;
  }

  /** Leader: commit maxIndex if it is from the current term (§5.4.2). */
  maybeCommit(maxIndex: number, term: number): boolean {
    if (maxIndex > this.committed && this.termOrZero(maxIndex) === term) {
      this.commitTo(maxIndex);
      return true;
    }
    return false;
  }

  appliedTo(i: number): void {
    if (i === 0) return;
    if (this.committed < i || i < this.applied) {
      throw new Error(`raft: applied(${i}) out of range [prevApplied(${this.applied}), committed(${this.committed})]`);
    }
    this.applied = i;
  }

  stableTo(i: number, t: number): void {
    this.unstable.stableTo(i, t);
  }

  stableSnapTo(i: number): void {
    this.unstable.stableSnapTo(i);
  }

  restore(s: Snapshot): void {
    this.committed = s.meta.index;
    this.unstable.restore(s);
  }
}
