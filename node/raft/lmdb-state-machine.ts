// A replicated state machine over the node's LMDB store. Subclasses name their databases and
// apply one command at a time with synchronous puts; this class makes each batch of committed
// entries one transaction together with the applied state (index, term, membership), so an entry
// is applied exactly once across crashes, and it turns the databases into snapshot images and
// back.
//
// The state machine's databases are copied byte for byte into images and hashed, so they must be
// plain LMDB databases: no dupSort, no 'uint32' keys, no caching or compression. Subclasses use
// rawDb(name) (binary keys and values) or open typed views of the same names through the store in
// their constructor (every database is opened before any snapshot is read).
//
// An image is a sequence of length-delimited fedmq.v1.SnapshotRecord: first two header records
// (database "", keys "format" and "applied"), then every database in name order, keys in order.
import { createHash } from 'node:crypto';
import { FedmqError, isFedmqError } from '../errors.ts';
import type { Database, Store } from '../store/index.ts';
import { EntryType, applyConfChange, emptyConfState } from './core/index.ts';
import type { ConfState, Entry, SnapshotMeta } from './core/index.ts';
import { decodeSnapshotMeta, encodeSnapshotMeta, encodeSnapshotRecord, readSnapshotRecords } from './snapshot-files.ts';
import type { SnapshotRecord } from './snapshot-files.ts';
import type { AppliedState, SnapshotReader, StagedSnapshot, StateMachine } from './state-machine.ts';

/** The image layout this code writes and reads. Another version stops restore: never guessed at. */
export const SNAPSHOT_FORMAT_VERSION = 1;

const SM_META_DB = 'sm.meta';
const APPLIED_KEY = 'applied';
/** Header records belong to the empty database name, which no database may have. */
const HEADER_DB = '';
const HEADER_FORMAT_KEY = Buffer.from('format', 'utf8');
const HEADER_APPLIED_KEY = Buffer.from('applied', 'utf8');
/** Names the state machine may not use: the store's, the Raft log's and its own meta. */
const RESERVED_DB_PREFIXES = ['store.', 'raft.', 'sm.'];

/** Where a bootstrapped group starts (the same point as LmdbRaftStorage's bootstrap). */
const BOOTSTRAP_INDEX = 1;
const BOOTSTRAP_TERM = 1;

export interface LmdbStateMachineOptions {
  /** The databases holding this state machine's state. */
  dbNames: readonly string[];
  /** The initial membership, for a brand-new store of an initial member. Ignored by an existing store. */
  bootstrap?: ConfState;
}

export abstract class LmdbStateMachine implements StateMachine {
  protected readonly store: Store;
  private readonly metaDb: Database<Buffer, string>;
  /** Binary views of the state databases, in name order (the image's order). */
  private readonly dbs: ReadonlyArray<{ name: string; db: Database<Buffer, Buffer> }>;
  /** The applied state LMDB has committed. */
  private state: AppliedState;
  /**
   * The applied state after every apply queued so far. The host queues the next batch before
   * the previous one commits (pipelining); batches commit in the order they were queued.
   */
  private queued: AppliedState;
  /** Applies queued and not yet committed. A restore waits for none. */
  private appliesInFlight = 0;
  private restoring = false;
  /** A failed apply leaves every later queued one built on a state that never was: they all fail. */
  private broken: Error | null = null;

  constructor(store: Store, opts: LmdbStateMachineOptions) {
    this.store = store;
    const names = [...opts.dbNames].sort();
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (name.length === 0 || name.includes('\0')) throw new Error(`state machine: invalid database name ${JSON.stringify(name)}`);
      if (RESERVED_DB_PREFIXES.some((p) => name.startsWith(p))) throw new Error(`state machine: database name ${name} is reserved`);
      if (k > 0 && names[k - 1] === name) throw new Error(`state machine: database ${name} named twice`);
    }
    this.metaDb = store.openDb<Buffer, string>(SM_META_DB, { encoding: 'binary', keyEncoding: 'ordered-binary' });
    this.dbs = names.map((name) => ({ name, db: store.openDb<Buffer, Buffer>(name, { encoding: 'binary', keyEncoding: 'binary' }) }));
    const raw = this.metaDb.get(APPLIED_KEY);
    if (raw === undefined) {
      const initial: SnapshotMeta = opts.bootstrap
        ? { index: BOOTSTRAP_INDEX, term: BOOTSTRAP_TERM, confState: opts.bootstrap }
        : { index: 0, term: 0, confState: emptyConfState() };
      // Synchronous and flushed before it returns (transactionSync's default).
      store.root.transactionSync(() => {
        this.metaDb.put(APPLIED_KEY, Buffer.from(encodeSnapshotMeta(initial)));
      });
      this.state = initial;
    } else {
      try {
        this.state = decodeSnapshotMeta(raw);
      } catch (err) {
        throw new FedmqError('DATA_DIR_CORRUPT', `the applied state in the data directory ${store.dir} cannot be decoded: ${(err as Error).message}. Do not reuse this directory: a node that lost its directory rejoins only as a new member.`, { dir: store.dir });
      }
    }
    this.queued = this.state;
  }

  /**
   * Applies one command inside the batch's write transaction, with synchronous puts and removes;
   * the return value is the entry's result. Throw FedmqError STATE_MACHINE_HALTED on anything it
   * cannot apply (an unknown op code): the whole batch is then undone, never skipped.
   */
  protected abstract applyCommand(entry: Entry): unknown;

  /** Called after a restore replaced the state, for subclasses that keep derived data in memory. */
  protected afterRestore(): void {}

  /** A binary view (Buffer keys and values) of one of this state machine's databases. */
  protected rawDb(name: string): Database<Buffer, Buffer> {
    const found = this.dbs.find((d) => d.name === name);
    if (!found) throw new Error(`state machine: ${name} is not one of its databases`);
    return found.db;
  }

  applied(): AppliedState {
    return this.state;
  }

  async apply(entries: readonly Entry[]): Promise<unknown[]> {
    if (entries.length === 0) return [];
    if (this.broken) throw this.broken;
    if (this.restoring) throw new Error('state machine: apply while a restore is running');
    const before = this.queued;
    if (entries[0]!.index !== before.index + 1) {
      throw new Error(`state machine: apply from ${entries[0]!.index}, but the applied index is ${before.index}`);
    }
    // Membership is computed now (it is pure), so the next batch can be queued on top of it.
    let confState = before.confState;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      if (k > 0 && e.index !== entries[k - 1]!.index + 1) throw new Error(`state machine: apply of non-contiguous entries ${entries[k - 1]!.index} then ${e.index}`);
      if (e.type === EntryType.ENTRY_CONF_CHANGE) {
        if (!e.confChange) throw halted(e.index, 'a membership change entry without its change');
        confState = applyConfChange(confState, e.confChange);
      } else if (e.type !== EntryType.ENTRY_NORMAL) {
        throw halted(e.index, `entry type ${e.type as number}, which this node does not know: upgrade it`);
      }
    }
    const last = entries[entries.length - 1]!;
    const next: AppliedState = { index: last.index, term: last.term, confState };
    this.queued = next;
    this.appliesInFlight++;
    try {
      const results = await this.store.root.childTransaction(() => {
        if (this.broken) throw this.broken;
        try {
          const results: unknown[] = new Array(entries.length);
          for (let k = 0; k < entries.length; k++) {
            const e = entries[k]!;
            results[k] = e.type === EntryType.ENTRY_NORMAL && e.data.length > 0 ? this.applyCommandAt(e) : null;
          }
          this.metaDb.put(APPLIED_KEY, Buffer.from(encodeSnapshotMeta(next)));
          return results;
        } catch (err) {
          // Batches queued on top of this one run next in this same LMDB batch: stop them here.
          if (this.queued !== next) this.broken ??= err as Error;
          throw err;
        }
      });
      this.state = next;
      return results;
    } catch (err) {
      if (this.queued === next) {
        // Nothing was queued on top of this batch: it is undone as if never asked for.
        this.queued = this.state;
      } else {
        // Later batches were queued on a state that will never be: they must all fail too.
        this.broken ??= err as Error;
      }
      throw err;
    } finally {
      this.appliesInFlight--;
    }
  }

  openSnapshot(): SnapshotReader {
    const txn = this.store.root.useReadTransaction();
    let meta: SnapshotMeta;
    try {
      meta = this.readApplied(txn);
    } catch (err) {
      txn.done();
      throw err;
    }
    let closed = false;
    const records = (): Generator<SnapshotRecord> => this.records(meta, txn);
    return {
      meta,
      async *chunks(chunkBytesMax: number): AsyncGenerator<Uint8Array> {
        if (!Number.isSafeInteger(chunkBytesMax) || chunkBytesMax <= 0) throw new Error(`snapshot: chunk size must be a positive integer, got ${chunkBytesMax}`);
        if (closed) throw new Error('snapshot: the reader is closed');
        const chunker = new Chunker(chunkBytesMax);
        for (const rec of records()) {
          chunker.push(encodeSnapshotRecord(rec));
          while (chunker.full()) yield chunker.take();
          if (closed) throw new Error('snapshot: the reader was closed while streaming');
        }
        const rest = chunker.rest();
        if (rest) yield rest;
      },
      close(): void {
        if (closed) return;
        closed = true;
        txn.done();
      },
    };
  }

  async restore(staged: StagedSnapshot, alsoInTxn: () => void): Promise<void> {
    const byName = new Map(this.dbs.map((d) => [d.name, d.db]));
    const meta = staged.meta;
    if (this.appliesInFlight > 0 || this.restoring) throw new Error('state machine: restore while applies are in flight');
    if (this.broken) throw this.broken;
    this.restoring = true;
    try {
      await this.store.root.childTransaction(() => {
        for (const { db } of this.dbs) db.clearSync(); // inside this transaction
        let n = 0;
        for (const rec of readSnapshotRecords(staged.path)) {
          if (n === 0) checkFormat(staged, rec);
          else if (n === 1) checkApplied(staged, rec);
          else {
            const db = byName.get(rec.db);
            if (!db) throw invalid(staged, `a record of database ${JSON.stringify(rec.db)}, which this state machine does not have`);
            db.put(rec.key as Buffer, rec.value as Buffer);
          }
          n++;
        }
        if (n < 2) throw invalid(staged, 'the image ends before its header');
        this.metaDb.put(APPLIED_KEY, Buffer.from(encodeSnapshotMeta(meta)));
        alsoInTxn();
      });
      this.state = { index: meta.index, term: meta.term, confState: meta.confState };
      this.queued = this.state;
      this.afterRestore();
    } finally {
      this.restoring = false;
    }
  }

  /** sha256 (hex) of the image of the current state: the applied state and every database in key order. */
  stateHash(): string {
    const txn = this.store.root.useReadTransaction();
    try {
      const h = createHash('sha256');
      for (const rec of this.records(this.readApplied(txn), txn)) h.update(encodeSnapshotRecord(rec));
      return h.digest('hex');
    } finally {
      txn.done();
    }
  }

  // ------------------------------------------------------------ internals

  private applyCommandAt(e: Entry): unknown {
    try {
      return this.applyCommand(e);
    } catch (err) {
      if (isFedmqError(err)) throw err;
      throw halted(e.index, `applying it failed: ${(err as Error).message}`);
    }
  }

  private readApplied(txn: ReturnType<Store['root']['useReadTransaction']>): SnapshotMeta {
    const raw = this.metaDb.get(APPLIED_KEY, { transaction: txn });
    if (raw === undefined) throw new Error('state machine: the applied state is missing');
    return decodeSnapshotMeta(raw);
  }

  /** The image's records, read in `txn`. */
  private *records(meta: SnapshotMeta, txn: ReturnType<Store['root']['useReadTransaction']>): Generator<SnapshotRecord> {
    const format = Buffer.alloc(4);
    format.writeUInt32BE(SNAPSHOT_FORMAT_VERSION);
    yield { db: HEADER_DB, key: HEADER_FORMAT_KEY, value: format };
    yield { db: HEADER_DB, key: HEADER_APPLIED_KEY, value: encodeSnapshotMeta(meta) };
    for (const { name, db } of this.dbs) {
      for (const { key, value } of db.getRange({ transaction: txn })) yield { db: name, key, value };
    }
  }
}

/** Cuts a byte stream into chunks of exactly `size` bytes (the last one shorter). */
class Chunker {
  private buf: Buffer;
  private used = 0;
  private readonly ready: Buffer[] = [];

  constructor(private readonly size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  push(bytes: Uint8Array): void {
    let off = 0;
    while (off < bytes.length) {
      const n = Math.min(this.size - this.used, bytes.length - off);
      this.buf.set(bytes.subarray(off, off + n), this.used);
      this.used += n;
      off += n;
      if (this.used === this.size) {
        this.ready.push(this.buf);
        this.buf = Buffer.allocUnsafe(this.size);
        this.used = 0;
      }
    }
  }

  full(): boolean {
    return this.ready.length > 0;
  }

  take(): Buffer {
    return this.ready.shift()!;
  }

  rest(): Buffer | null {
    if (this.used === 0) return null;
    const out = this.buf.subarray(0, this.used);
    this.used = 0;
    return out;
  }
}

function halted(index: number, why: string): FedmqError {
  return new FedmqError('STATE_MACHINE_HALTED', `apply stopped at entry ${index}: ${why}`, { index });
}

function invalid(staged: StagedSnapshot, why: string): FedmqError {
  return new FedmqError('SNAPSHOT_INVALID', `snapshot image ${staged.path} (index ${staged.meta.index}, term ${staged.meta.term}) is invalid: ${why}`, { index: staged.meta.index, term: staged.meta.term });
}

function checkFormat(staged: StagedSnapshot, rec: SnapshotRecord): void {
  if (rec.db !== HEADER_DB || !HEADER_FORMAT_KEY.equals(rec.key) || rec.value.length !== 4) {
    throw invalid(staged, 'the first record is not the format header');
  }
  const version = Buffer.from(rec.value).readUInt32BE(0);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new FedmqError('STATE_MACHINE_HALTED', `snapshot image at index ${staged.meta.index} has format ${version}, but this node reads format ${SNAPSHOT_FORMAT_VERSION}: upgrade it before it restores this snapshot`, { index: staged.meta.index, version });
  }
}

function checkApplied(staged: StagedSnapshot, rec: SnapshotRecord): void {
  if (rec.db !== HEADER_DB || !HEADER_APPLIED_KEY.equals(rec.key)) throw invalid(staged, 'the second record is not the applied-state header');
  let applied: SnapshotMeta;
  try {
    applied = decodeSnapshotMeta(rec.value);
  } catch (err) {
    throw invalid(staged, `the applied-state header cannot be decoded: ${(err as Error).message}`);
  }
  if (applied.index !== staged.meta.index || applied.term !== staged.meta.term) {
    throw invalid(staged, `the image holds the state at index ${applied.index}, term ${applied.term}; its meta says index ${staged.meta.index}, term ${staged.meta.term} (send the reader's meta with its image)`);
  }
}
