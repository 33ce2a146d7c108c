// The Raft log on LMDB: the core's Storage (synchronous reads, mirroring MemoryStorage) plus the
// host's writes. Entries are protobuf fedmq.v1.Entry values keyed by index (ordered-binary
// numbers, in index order, good to 2^53); the hard state and the snapshot point are protobuf
// values in a meta database.
//
// Caches: firstIndex/lastIndex, the term of every index (as runs: terms change rarely) and the
// most recently persisted entries (decoded, as the core handed them over: the leader reads them
// right back to replicate them) live in memory. They change only when a write has committed:
// each write queues its cache update tagged with its LMDB transaction id, and lmdb's
// 'aftercommit' event applies them in commit order, before any promise of that commit resolves.
// Decisions taken inside a write transaction (conflicting suffix, compacted prefix) read the
// transaction itself, so they are right even while other writes are queued.
import { fedmq } from '../../proto/gen/fedmq.js';
import $protobuf from 'protobufjs/minimal.js';
import { FedmqError } from '../errors.ts';
import type { Database, Store } from '../store/index.ts';
import { EMPTY_BYTES, StorageError, emptyConfState, emptyHardState, entryBytes, limitSize } from './core/index.ts';
import type { ConfState, Entry, HardState, InitialState, Snapshot, SnapshotMeta, Storage } from './core/index.ts';
import { decodeSnapshotMeta, encodeSnapshotMeta } from './snapshot-files.ts';

/**
 * Recently persisted entries kept decoded in memory, by entryBytes(). A leader replicates what it
 * just persisted, so its followers' MsgApps are served from here without LMDB reads or decoding;
 * 16 MiB covers the in-flight windows of a few lagging followers at benchmark rates.
 */
export const LOG_TAIL_CACHE_BYTES_MAX = 16 << 20;

/** The tail cache's array is re-packed once this many evicted slots lead it (and they are half of it). */
const LOG_TAIL_REPACK_SLOTS = 1024;

const RAFT_LOG_DB = 'raft.log';
const RAFT_META_DB = 'raft.meta';
const HARD_STATE_KEY = 'hardState';
const SNAPSHOT_META_KEY = 'snapshotMeta';

/** Where a bootstrapped group starts: every initial member holds this same snapshot point. */
const BOOTSTRAP_INDEX = 1;
const BOOTSTRAP_TERM = 1;

export interface LmdbRaftStorageOptions {
  /** The initial membership, for a brand-new store of an initial member. Ignored by an existing store. */
  bootstrap?: ConfState;
}

interface PendingUpdate {
  txnId: number;
  apply(): void;
  /**
   * For an update queued inside someone else's transaction (installSnapshot): whether its writes
   * really committed. That transaction may still abort after queueing it, while the batch it
   * belongs to (same transaction id) commits.
   */
  verify?(): boolean;
}

export class LmdbRaftStorage implements Storage {
  private readonly store: Store;
  private readonly logDb: Database<Buffer, number>;
  private readonly metaDb: Database<Buffer, string>;

  // Caches of what is committed.
  private snap: SnapshotMeta;
  private hard: HardState;
  private last: number;
  private readonly runs: TermRuns;
  private readonly tail = new LogTail();

  /** Cache updates of writes whose transaction has not committed yet, in transaction order. */
  private readonly pending: PendingUpdate[] = [];
  /** Set when a write failed: the caches may no longer match the disk, so every call refuses. */
  private failure: Error | null = null;

  private constructor(store: Store, logDb: Database<Buffer, number>, metaDb: Database<Buffer, string>, snap: SnapshotMeta, hard: HardState) {
    this.store = store;
    this.logDb = logDb;
    this.metaDb = metaDb;
    this.snap = snap;
    this.hard = hard;
    this.runs = new TermRuns(snap.index, snap.term);
    this.last = snap.index;
    this.loadLog();
    store.root.on('aftercommit', (e: { txnId?: number }) => this.onCommit(e.txnId));
  }

  /**
   * Opens the log of `store`. A brand-new store starts from `bootstrap` (a snapshot point at
   * index 1, term 1 holding that membership; hard state term 1, commit 1) or, without it, empty
   * (a joining node: everything comes from the leader, a snapshot first).
   */
  static open(store: Store, opts: LmdbRaftStorageOptions = {}): LmdbRaftStorage {
    const logDb = store.openDb<Buffer, number>(RAFT_LOG_DB, { encoding: 'binary', keyEncoding: 'ordered-binary' });
    const metaDb = store.openDb<Buffer, string>(RAFT_META_DB, { encoding: 'binary', keyEncoding: 'ordered-binary' });
    const snapRaw = metaDb.get(SNAPSHOT_META_KEY);
    const hardRaw = metaDb.get(HARD_STATE_KEY);
    if (snapRaw === undefined) {
      if (hardRaw !== undefined || logDb.getKeysCount() > 0) {
        throw corrupt(store, 'the Raft log has entries or a hard state but no snapshot point');
      }
      if (opts.bootstrap) checkBootstrap(opts.bootstrap);
      const snap: SnapshotMeta = opts.bootstrap
        ? { index: BOOTSTRAP_INDEX, term: BOOTSTRAP_TERM, confState: opts.bootstrap }
        : { index: 0, term: 0, confState: emptyConfState() };
      const hard: HardState = opts.bootstrap ? { term: BOOTSTRAP_TERM, vote: 0, commit: BOOTSTRAP_INDEX } : emptyHardState();
      // Synchronous and flushed before it returns (transactionSync's default).
      store.root.transactionSync(() => {
        metaDb.put(SNAPSHOT_META_KEY, Buffer.from(encodeSnapshotMeta(snap)));
        metaDb.put(HARD_STATE_KEY, Buffer.from(fedmq.v1.HardState.encode(hard).finish()));
      });
      return new LmdbRaftStorage(store, logDb, metaDb, snap, hard);
    }
    let snap: SnapshotMeta;
    let hard: HardState;
    try {
      snap = decodeSnapshotMeta(snapRaw);
      hard = hardRaw === undefined ? emptyHardState() : decodeHardState(hardRaw);
    } catch (err) {
      throw corrupt(store, `the Raft meta records cannot be decoded: ${(err as Error).message}`);
    }
    return new LmdbRaftStorage(store, logDb, metaDb, snap, hard);
  }

  // ------------------------------------------------------------ Storage (reads)

  initialState(): InitialState {
    this.assertUsable();
    return { hardState: { ...this.hard }, confState: this.snap.confState };
  }

  firstIndex(): number {
    this.assertUsable();
    return this.snap.index + 1;
  }

  lastIndex(): number {
    this.assertUsable();
    return this.last;
  }

  term(i: number): number {
    this.assertUsable();
    if (i < this.snap.index) throw new StorageError('compacted', `term(${i}) below ${this.snap.index}`);
    if (i > this.last) throw new StorageError('unavailable', `term(${i}) above ${this.last}`);
    return this.runs.termAt(i);
  }

  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    this.assertUsable();
    if (lo <= this.snap.index) throw new StorageError('compacted', `entries from ${lo}, first is ${this.snap.index + 1}`);
    if (hi > this.last + 1) throw new StorageError('unavailable', `entries to ${hi}, last is ${this.last}`);
    const out: Entry[] = [];
    if (lo >= hi) return out;
    let bytes = 0;
    const tailFirst = this.tail.firstIndex() ?? this.last + 1;
    if (lo < tailFirst) {
      const end = Math.min(hi, tailFirst);
      let expect = lo;
      for (const { key, value } of this.logDb.getRange({ start: lo, end })) {
        if (key !== expect) throw corrupt(this.store, `the Raft log misses entry ${expect} (next stored is ${key})`);
        const e = decodeEntry(value);
        out.push(e);
        expect++;
        bytes += entryBytes(e);
        if (bytes > maxBytes) break;
      }
      if (bytes <= maxBytes && expect !== end) throw corrupt(this.store, `the Raft log misses entries ${expect} to ${end - 1}`);
    }
    for (let i = Math.max(lo, tailFirst); i < hi && bytes <= maxBytes; i++) {
      const e = this.tail.get(i);
      out.push(e);
      bytes += entryBytes(e);
    }
    return limitSize(out, maxBytes);
  }

  /** The latest snapshot point. Its data is empty: the transport streams the state machine's image. */
  snapshot(): Snapshot {
    this.assertUsable();
    return { meta: this.snap, data: EMPTY_BYTES };
  }

  // ------------------------------------------------------------ host writes

  /**
   * Appends entries (replacing any conflicting suffix) and records the hard state, in ONE write
   * transaction. Resolves after the commit and, when `sync`, after the flush to disk: a vote or an
   * append acknowledgement may be sent only after this resolves.
   */
  async persist(rd: { hardState: HardState | null; entries: Entry[] }, sync: boolean): Promise<void> {
    this.assertUsable();
    const { hardState } = rd;
    const given = rd.entries;
    for (let k = 1; k < given.length; k++) {
      if (given[k]!.index !== given[k - 1]!.index + 1) throw new Error(`raft storage: persist of non-contiguous entries ${given[k - 1]!.index} then ${given[k]!.index}`);
    }
    if (hardState !== null || given.length > 0) {
      // Encode before the transaction: the write lock is held only for the puts.
      const encoded = given.map((e) => fedmq.v1.Entry.encode(e).finish());
      const hardBytes = hardState ? Buffer.from(fedmq.v1.HardState.encode(hardState).finish()) : null;
      await this.write(() => {
        let ents = given;
        if (ents.length > 0) {
          const snapIndex = this.snapIndexInTxn();
          const skip = Math.max(0, snapIndex + 1 - ents[0]!.index); // already compacted
          if (skip > 0) ents = ents.slice(skip);
          if (ents.length > 0) {
            const first = ents[0]!.index;
            const lastNew = ents[ents.length - 1]!.index;
            const lastOld = this.lastIndexInTxn(snapIndex);
            if (first > lastOld + 1) throw new Error(`raft storage: missing log entry: last ${lastOld}, appending at ${first}`);
            // The conflicting suffix beyond what the new entries overwrite.
            for (let k = lastNew + 1; k <= lastOld; k++) this.logDb.remove(k);
            for (let k = 0; k < ents.length; k++) this.logDb.put(ents[k]!.index, encoded[skip + k] as Buffer);
          }
        }
        if (hardBytes) this.metaDb.put(HARD_STATE_KEY, hardBytes);
        return () => {
          if (ents.length > 0) this.appendToCaches(ents);
          if (hardState) this.hard = { term: hardState.term, vote: hardState.vote, commit: hardState.commit };
        };
      });
    }
    if (sync) await this.store.flushed();
  }

  /** Resolves once everything committed so far (by anyone sharing the store) is on disk. */
  flushed(): Promise<void> {
    return this.store.flushed();
  }

  /**
   * Drops the whole log and records `meta` as the snapshot point. Synchronous: it runs INSIDE the
   * write transaction of the state machine's restore (restore(staged, () => installSnapshot(meta))),
   * so the log and the state never disagree after a crash. The hard state is left as it is (the
   * snapshot point counts as committed whatever it says; the host persists the new one next).
   */
  installSnapshot(meta: SnapshotMeta): void {
    this.assertUsable();
    const current = this.snapIndexInTxn();
    if (meta.index <= current) {
      throw new Error(`raft storage: installSnapshot at ${meta.index} is not past the snapshot point ${current}`);
    }
    this.logDb.clearSync(); // runs inside the current transaction
    this.metaDb.put(SNAPSHOT_META_KEY, Buffer.from(encodeSnapshotMeta(meta)));
    const installed = copyMeta(meta);
    this.queueUpdate(
      () => {
        this.snap = installed;
        this.last = installed.index;
        this.runs.reset(installed.index, installed.term);
        this.tail.clear();
      },
      () => {
        const raw = this.metaDb.get(SNAPSHOT_META_KEY);
        if (raw === undefined) return false;
        const stored = decodeSnapshotMeta(raw);
        return stored.index === installed.index && stored.term === installed.term;
      },
    );
  }

  /**
   * Drops the entries up to and including meta.index and records meta as the snapshot point.
   * The caller guarantees meta.index <= applied (so the state machine holds everything dropped).
   * A point at or below the current one is ignored.
   */
  async compact(meta: SnapshotMeta): Promise<void> {
    this.assertUsable();
    if (meta.index <= this.snap.index) return;
    if (meta.index > this.last) throw new Error(`raft storage: compact(${meta.index}) beyond last index ${this.last}`);
    const compacted = copyMeta(meta);
    const metaBytes = Buffer.from(encodeSnapshotMeta(meta));
    await this.write(() => {
      const current = this.snapIndexInTxn();
      if (meta.index <= current) return null;
      const stored = this.logDb.get(meta.index);
      if (stored === undefined) throw new Error(`raft storage: compact(${meta.index}): no such entry`);
      const term = readEntryTerm(stored);
      if (term !== meta.term) throw new Error(`raft storage: compact(${meta.index}) at term ${meta.term}, but the entry has term ${term}`);
      for (let k = current + 1; k <= meta.index; k++) this.logDb.remove(k);
      this.metaDb.put(SNAPSHOT_META_KEY, metaBytes);
      return () => {
        this.snap = compacted;
        this.runs.compactTo(compacted.index, compacted.term);
        this.tail.dropThrough(compacted.index);
      };
    });
  }

  // ------------------------------------------------------------ internals

  /**
   * Runs `body` in its own child transaction (a throw aborts exactly its writes) inside lmdb's
   * next write batch. `body` returns the cache update to apply once the batch commits.
   */
  private async write(body: () => (() => void) | null): Promise<void> {
    let queued: PendingUpdate | null = null;
    try {
      await this.store.root.childTransaction(() => {
        const update = body();
        if (update) queued = this.queueUpdate(update);
      });
    } catch (err) {
      const k = queued ? this.pending.indexOf(queued) : -1;
      if (k >= 0) this.pending.splice(k, 1);
      // The caches may now disagree with the disk (or a programmer error left things half done):
      // refuse everything from now on; the node must restart from what is on disk.
      this.failure ??= err as Error;
      throw err;
    }
  }

  private queueUpdate(apply: () => void, verify?: () => boolean): PendingUpdate {
    const update: PendingUpdate = verify ? { txnId: this.store.root.getWriteTxnId(), apply, verify } : { txnId: this.store.root.getWriteTxnId(), apply };
    this.pending.push(update);
    return update;
  }

  private onCommit(txnId: number | undefined): void {
    if (txnId === undefined) return; // a failed commit: the write's promise rejects
    let fresh = false;
    while (this.pending.length > 0 && this.pending[0]!.txnId <= txnId) {
      const update = this.pending.shift()!;
      if (update.verify) {
        if (!fresh) this.store.root.resetReadTxn(); // read what was just committed
        fresh = true;
        if (!update.verify()) continue;
      }
      update.apply();
    }
  }

  private appendToCaches(ents: readonly Entry[]): void {
    const first = ents[0]!.index;
    if (first <= this.last) {
      this.runs.truncateFrom(first);
      this.tail.truncateFrom(first);
    }
    for (const e of ents) this.runs.append(e.index, e.term);
    this.tail.append(ents);
    this.tail.evictTo(LOG_TAIL_CACHE_BYTES_MAX);
    this.last = ents[ents.length - 1]!.index;
  }

  private snapIndexInTxn(): number {
    const raw = this.metaDb.get(SNAPSHOT_META_KEY);
    if (raw === undefined) throw corrupt(this.store, 'the snapshot point is missing');
    return decodeSnapshotMeta(raw).index;
  }

  private lastIndexInTxn(snapIndex: number): number {
    for (const key of this.logDb.getKeys({ reverse: true, limit: 1 })) return key;
    return snapIndex;
  }

  /** Scans the stored log once at open: last index and term runs, checking there is no gap. */
  private loadLog(): void {
    let expect = this.snap.index + 1;
    for (const { key, value } of this.logDb.getRange({ start: 0 })) {
      if (key !== expect) throw corrupt(this.store, `the Raft log should continue at entry ${expect} but has ${key}`);
      const term = readEntryTerm(value);
      if (term < this.runs.lastTerm()) throw corrupt(this.store, `entry ${key} has term ${term}, below the term before it`);
      this.runs.append(key, term);
      expect++;
    }
    this.last = expect - 1;
  }

  private assertUsable(): void {
    if (this.failure) throw new Error(`raft storage: a write failed earlier; restart the node: ${this.failure.message}`);
  }
}

// ------------------------------------------------------------ term runs

/** The term of every index from the snapshot point to the last index, as runs (start index, term). */
class TermRuns {
  private starts: number[] = [];
  private terms: number[] = [];

  constructor(index: number, term: number) {
    this.reset(index, term);
  }

  reset(index: number, term: number): void {
    this.starts = [index];
    this.terms = [term];
  }

  lastTerm(): number {
    return this.terms[this.terms.length - 1]!;
  }

  /** For i at or above the first run's start (the caller checks the range). */
  termAt(i: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.terms[lo]!;
  }

  append(index: number, term: number): void {
    if (term !== this.lastTerm()) {
      this.starts.push(index);
      this.terms.push(term);
    }
  }

  /** Forgets indexes from `index` on (a conflicting suffix); the snapshot point's run stays. */
  truncateFrom(index: number): void {
    let n = this.starts.length;
    while (n > 1 && this.starts[n - 1]! >= index) n--;
    this.starts.length = n;
    this.terms.length = n;
  }

  /** The snapshot point moves to (index, term); runs before it go. */
  compactTo(index: number, term: number): void {
    let k = 0;
    while (k + 1 < this.starts.length && this.starts[k + 1]! <= index) k++;
    this.starts = [index, ...this.starts.slice(k + 1)];
    this.terms = [term, ...this.terms.slice(k + 1)];
  }
}

// ------------------------------------------------------------ tail cache

/** A contiguous run of the most recent entries, ending at the last index (or empty). */
class LogTail {
  private ents: Entry[] = [];
  private head = 0;
  private bytes = 0;

  firstIndex(): number | undefined {
    return this.head < this.ents.length ? this.ents[this.head]!.index : undefined;
  }

  get(i: number): Entry {
    return this.ents[this.head + i - this.ents[this.head]!.index]!;
  }

  clear(): void {
    this.ents = [];
    this.head = 0;
    this.bytes = 0;
  }

  /** Drops entries from `index` on. */
  truncateFrom(index: number): void {
    const first = this.firstIndex();
    if (first === undefined) return;
    if (index <= first) {
      this.clear();
      return;
    }
    const keep = this.head + index - first;
    for (let k = keep; k < this.ents.length; k++) this.bytes -= entryBytes(this.ents[k]!);
    this.ents.length = Math.min(this.ents.length, keep);
  }

  /** Appends entries that follow the last one; if they do not (the tail was evicted or truncated below them), they start a new tail. */
  append(ents: readonly Entry[]): void {
    const first = this.firstIndex();
    const next = first === undefined ? undefined : first + this.ents.length - this.head;
    if (next !== ents[0]!.index) this.clear();
    for (const e of ents) {
      this.ents.push(e);
      this.bytes += entryBytes(e);
    }
  }

  /** Drops entries up to and including `index`. */
  dropThrough(index: number): void {
    while (this.head < this.ents.length && this.ents[this.head]!.index <= index) this.dropFirst();
    this.maybeShrink();
  }

  evictTo(bytesMax: number): void {
    while (this.bytes > bytesMax && this.head < this.ents.length) this.dropFirst();
    this.maybeShrink();
  }

  private dropFirst(): void {
    this.bytes -= entryBytes(this.ents[this.head]!);
    this.ents[this.head] = undefined as unknown as Entry; // let it be collected
    this.head++;
  }

  private maybeShrink(): void {
    if (this.head === this.ents.length) this.clear();
    else if (this.head > LOG_TAIL_REPACK_SLOTS && this.head * 2 > this.ents.length) {
      this.ents = this.ents.slice(this.head);
      this.head = 0;
    }
  }
}

// ------------------------------------------------------------ codecs

function decodeEntry(bytes: Uint8Array): Entry {
  const d = fedmq.v1.Entry.decode(bytes);
  const cc = d.confChange;
  return {
    term: d.term,
    index: d.index,
    type: d.type,
    data: d.data,
    confChange: cc ? { type: cc.type ?? 0, nodeId: cc.nodeId ?? 0, address: cc.address ?? '' } : null,
  };
}

/** The term of a stored entry without decoding its data (field 1 of fedmq.v1.Entry). */
function readEntryTerm(bytes: Uint8Array): number {
  const r = $protobuf.Reader.create(bytes);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 0) return r.uint64() as unknown as number;
    r.skipType(tag & 7);
  }
  return 0;
}

function decodeHardState(bytes: Uint8Array): HardState {
  const d = fedmq.v1.HardState.decode(bytes);
  return { term: d.term, vote: d.vote, commit: d.commit };
}

function copyMeta(meta: SnapshotMeta): SnapshotMeta {
  const cs = meta.confState;
  return {
    index: meta.index,
    term: meta.term,
    confState: { voters: [...cs.voters], learners: [...cs.learners], members: cs.members.map((m) => ({ nodeId: m.nodeId, address: m.address })) },
  };
}

function checkBootstrap(cs: ConfState): void {
  if (cs.voters.length === 0) throw new FedmqError('CONFIG_INVALID', 'the bootstrap membership has no voters: list the initial members');
  for (const id of [...cs.voters, ...cs.learners]) {
    if (!cs.members.some((m) => m.nodeId === id)) throw new FedmqError('CONFIG_INVALID', `the bootstrap membership lists node ${id} without an address`);
  }
}

function corrupt(store: Store, why: string): FedmqError {
  return new FedmqError('DATA_DIR_CORRUPT', `the Raft log in the data directory ${store.dir} cannot be read: ${why}. Do not reuse this directory: a node that lost its directory rejoins only as a new member.`, { dir: store.dir });
}
