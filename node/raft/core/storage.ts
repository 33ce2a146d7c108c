// What the core reads of the persisted log. The host writes it (after each
// Ready); the core only reads, synchronously. MemoryStorage serves the
// simulator and the transcript tests; node/raft/lmdb-storage.ts serves real nodes.
import type { ConfState, Entry, HardState, Snapshot } from './types.ts';
import { EntryType, emptyConfState, emptyHardState, entryBytes } from './types.ts';

export type StorageErrorKind = 'compacted' | 'unavailable' | 'snapshot-temporarily-unavailable';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, detail: string) {
    super(`raft storage: ${kind}: ${detail}`);
    this.kind = kind;
  }
}

export interface InitialState {
  hardState: HardState;
  /** The membership as of firstIndex() - 1 (the snapshot point); the core replays conf entries after it. */
  confState: ConfState;
}

export interface Storage {
  initialState(): InitialState;
  /** Entries [lo, hi), at most maxBytes of them but always at least one. Throws 'compacted' / 'unavailable'. */
  entries(lo: number, hi: number, maxBytes: number): Entry[];
  /** Term of entry i, for firstIndex()-1 <= i <= lastIndex(). Throws 'compacted' below, 'unavailable' above. */
  term(i: number): number;
  firstIndex(): number;
  lastIndex(): number;
  /** The most recent snapshot, to send to a follower behind the compacted log. May throw 'snapshot-temporarily-unavailable'. */
  snapshot(): Snapshot;
}

/** Limits ents to maxBytes, keeping at least one entry. */
export function limitSize(ents: Entry[], maxBytes: number): Entry[] {
  if (ents.length <= 1) return ents;
  let size = entryBytes(ents[0]!);
  let n = 1;
  for (; n < ents.length; n++) {
    size += entryBytes(ents[n]!);
    if (size > maxBytes) break;
  }
  return n === ents.length ? ents : ents.slice(0, n);
}

/**
 * An in-memory Storage. ents[0] is a dummy entry holding the snapshot's index and term.
 * Writers: setHardState, append, applySnapshot, createSnapshot, compact.
 */
export class MemoryStorage implements Storage {
  hardState: HardState = emptyHardState();
  snap: Snapshot;
  ents: Entry[];

  constructor(confState: ConfState = emptyConfState()) {
    this.snap = { meta: { index: 0, term: 0, confState }, data: new Uint8Array(0) };
    this.ents = [dummy(0, 0)];
  }

  initialState(): InitialState {
    return { hardState: { ...this.hardState }, confState: this.snap.meta.confState };
  }

  firstIndex(): number {
    return this.ents[0]!.index + 1;
  }

  lastIndex(): number {
    return this.ents[0]!.index + this.ents.length - 1;
  }

  term(i: number): number {
    const offset = this.ents[0]!.index;
    if (i < offset) throw new StorageError('compacted', `term(${i}) below ${offset}`);
    if (i - offset >= this.ents.length) throw new StorageError('unavailable', `term(${i}) above ${this.lastIndex()}`);
    return this.ents[i - offset]!.term;
  }

  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    const offset = this.ents[0]!.index;
    if (lo <= offset) throw new StorageError('compacted', `entries from ${lo}, first is ${offset + 1}`);
    if (hi > this.lastIndex() + 1) throw new StorageError('unavailable', `entries to ${hi}, last is ${this.lastIndex()}`);
    return limitSize(this.ents.slice(lo - offset, hi - offset), maxBytes);
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  setHardState(hs: HardState): void {
    this.hardState = { ...hs };
  }

  /** Replaces everything with the snapshot (a follower installing one). */
  applySnapshot(snap: Snapshot): void {
    if (snap.meta.index <= this.snap.meta.index) return; // older than what we hold
    this.snap = snap;
    this.ents = [dummy(snap.meta.index, snap.meta.term)];
  }

  /** Records a snapshot of the state machine at index i (<= applied) and drops entries before it. */
  createSnapshot(i: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (i <= this.snap.meta.index) return this.snap;
    const term = this.term(i);
    this.snap = { meta: { index: i, term, confState }, data };
    this.compact(i);
    return this.snap;
  }

  /** Drops entries up to and including compactIndex (kept as the dummy). */
  compact(compactIndex: number): void {
    const offset = this.ents[0]!.index;
    if (compactIndex <= offset) return;
    if (compactIndex > this.lastIndex()) throw new Error(`compact(${compactIndex}) beyond last index ${this.lastIndex()}`);
    const i = compactIndex - offset;
    const head = dummy(this.ents[i]!.index, this.ents[i]!.term);
    this.ents = [head, ...this.ents.slice(i + 1)];
  }

  /** Appends entries, truncating any conflicting suffix first. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[0]!.index + entries.length - 1;
    if (last < first) return; // all already compacted
    let ents = entries;
    if (first > entries[0]!.index) ents = entries.slice(first - entries[0]!.index);
    const offset = ents[0]!.index - this.ents[0]!.index;
    if (offset > this.ents.length) {
      throw new Error(`missing log entry: last ${this.lastIndex()}, appending at ${ents[0]!.index}`);
    }
    this.ents = this.ents.slice(0, offset).concat(ents);
  }

  /** A deep-enough copy: entries are never mutated, so sharing them is safe. */
  clone(): MemoryStorage {
    const c = new MemoryStorage();
    c.hardState = { ...this.hardState };
    c.snap = this.snap;
    c.ents = this.ents.slice();
    return c;
  }
}

function dummy(index: number, term: number): Entry {
  return { index, term, type: EntryType.ENTRY_NORMAL, data: new Uint8Array(0), confChange: null };
}
