// LmdbRaftStorage over the real lmdb: what it persists survives a reopen, it answers the core
// exactly as MemoryStorage does, and a synced persist waits for the flush.
import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../store/index.ts';
import { ConfChangeType, EntryType, MemoryStorage, StorageError } from './core/index.ts';
import type { ConfState, Entry, HardState, SnapshotMeta } from './core/index.ts';
import { LmdbRaftStorage } from './lmdb-storage.ts';

const identity = { clusterId: 'c1', siteId: 'paris', nodeId: 1 };
const conf3: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  members: [1, 2, 3].map((id) => ({ nodeId: id, address: `127.0.0.1:${7000 + id}` })),
};

function tempDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-log-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A store that the test can close and reopen; closed at teardown whatever happened. */
async function opened(t: ExecutionContext, dir: string, flush?: () => Promise<void>): Promise<Store> {
  const store = await Store.open({ dir, identity, ...(flush ? { flush } : {}) });
  t.teardown(() => store.close());
  return store;
}

function entry(index: number, term: number, data = `e${index}`): Entry {
  return { index, term, type: EntryType.ENTRY_NORMAL, data: Buffer.from(data), confChange: null };
}

function ents(from: number, to: number, term: number, bytes?: number): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i <= to; i++) out.push(bytes === undefined ? entry(i, term) : { ...entry(i, term), data: Buffer.alloc(bytes, i % 251) });
  return out;
}

/** Entries as plain comparable values (Buffer vs Uint8Array and prototypes aside). */
function plain(es: readonly Entry[]): unknown[] {
  return es.map((e) => ({
    index: e.index,
    term: e.term,
    type: e.type,
    data: Buffer.from(e.data).toString('hex'),
    confChange: e.confChange ? { type: e.confChange.type, nodeId: e.confChange.nodeId, address: e.confChange.address } : null,
  }));
}

function storageErrorKind(t: ExecutionContext, fn: () => unknown): string | undefined {
  const err = t.throws(fn, { instanceOf: StorageError });
  return err?.kind;
}

test('a bootstrapped store starts from the snapshot at index 1, term 1 holding the membership', async (t) => {
  const dir = tempDir(t);
  const store = await opened(t, dir);
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  t.is(log.firstIndex(), 2);
  t.is(log.lastIndex(), 1);
  t.is(log.term(1), 1);
  t.deepEqual(log.initialState(), { hardState: { term: 1, vote: 0, commit: 1 }, confState: conf3 });
  t.deepEqual(log.snapshot().meta, { index: 1, term: 1, confState: conf3 });
  t.is(log.snapshot().data.length, 0);
  t.is(storageErrorKind(t, () => log.term(0)), 'compacted');
  t.is(storageErrorKind(t, () => log.term(2)), 'unavailable');
  await store.close();

  // An existing store ignores bootstrap.
  const again = await opened(t, dir);
  const other: ConfState = { voters: [9], learners: [], members: [{ nodeId: 9, address: 'x:1' }] };
  const reopened = LmdbRaftStorage.open(again, { bootstrap: other });
  t.deepEqual(reopened.initialState().confState, conf3);
  t.is(reopened.firstIndex(), 2);
});

test('a joining store (no bootstrap) starts empty: no snapshot, no members', async (t) => {
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store);
  t.is(log.firstIndex(), 1);
  t.is(log.lastIndex(), 0);
  t.is(log.term(0), 0);
  t.deepEqual(log.initialState(), { hardState: { term: 0, vote: 0, commit: 0 }, confState: { voters: [], learners: [], members: [] } });
  t.deepEqual(log.entries(1, 1, 100), []);
  t.is(storageErrorKind(t, () => log.entries(1, 2, 100)), 'unavailable');
});

test('entries and hard state survive close and reopen', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  const cc: Entry = {
    index: 4,
    term: 2,
    type: EntryType.ENTRY_CONF_CHANGE,
    data: new Uint8Array(0),
    confChange: { type: ConfChangeType.CONF_ADD_LEARNER, nodeId: 4, address: '127.0.0.1:7004' },
  };
  const written = [entry(2, 1), { ...entry(3, 2), data: new Uint8Array(0) }, cc, entry(5, 2)];
  const hs: HardState = { term: 2, vote: 3, commit: 4 };
  await log.persist({ hardState: hs, entries: written }, true);
  t.is(log.lastIndex(), 5);
  t.deepEqual(plain(log.entries(2, 6, Infinity)), plain(written));
  t.deepEqual(log.initialState().hardState, hs);
  await store.close();

  store = await opened(t, dir);
  log = LmdbRaftStorage.open(store);
  t.is(log.firstIndex(), 2);
  t.is(log.lastIndex(), 5);
  t.deepEqual(log.initialState().hardState, hs);
  t.deepEqual(plain(log.entries(2, 6, Infinity)), plain(written), 'read back from LMDB, decoded');
  t.deepEqual([1, 2, 3, 4, 5].map((i) => log.term(i)), [1, 1, 2, 2, 2]);
  // Hard state alone.
  await log.persist({ hardState: { term: 3, vote: 0, commit: 5 }, entries: [] }, true);
  await store.close();
  store = await opened(t, dir);
  t.deepEqual(LmdbRaftStorage.open(store).initialState().hardState, { term: 3, vote: 0, commit: 5 });
});

test('a conflicting suffix is truncated, in memory and on disk', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  await log.persist({ hardState: null, entries: ents(2, 11, 1) }, false);
  t.is(log.lastIndex(), 11);
  // A new leader of term 2 overwrites from index 6 with two entries: 8..11 must go.
  await log.persist({ hardState: null, entries: ents(6, 7, 2) }, true);
  const check = (l: LmdbRaftStorage): void => {
    t.is(l.lastIndex(), 7);
    t.deepEqual([1, 2, 5, 6, 7].map((i) => l.term(i)), [1, 1, 1, 2, 2]);
    t.deepEqual(plain(l.entries(2, 8, Infinity)), plain([...ents(2, 5, 1), ...ents(6, 7, 2)]));
    t.is(storageErrorKind(t, () => l.term(8)), 'unavailable');
    t.is(storageErrorKind(t, () => l.entries(2, 9, Infinity)), 'unavailable');
  };
  check(log);
  await store.close();
  store = await opened(t, dir);
  log = LmdbRaftStorage.open(store);
  check(log);
  // Conflict read from LMDB (nothing cached after the reopen), then appending past the end again.
  await log.persist({ hardState: null, entries: ents(3, 3, 3) }, false);
  t.is(log.lastIndex(), 3);
  await log.persist({ hardState: null, entries: ents(4, 6, 3) }, false);
  t.deepEqual([2, 3, 4, 6].map((i) => log.term(i)), [1, 3, 3, 3]);
  t.deepEqual(plain(log.entries(2, 7, Infinity)), plain([entry(2, 1), ...ents(3, 6, 3)]));
});

test('appending past a gap is refused; entries already compacted are skipped', async (t) => {
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  await log.persist({ hardState: null, entries: ents(0, 3, 1) }, false); // 0 and 1 are at or below the snapshot point
  t.is(log.firstIndex(), 2);
  t.is(log.lastIndex(), 3);
  t.deepEqual(plain(log.entries(2, 4, Infinity)), plain(ents(2, 3, 1)));
  await t.throwsAsync(log.persist({ hardState: null, entries: ents(5, 6, 1) }, false), { message: /missing log entry/ });
  // A failed write leaves the caches in doubt: the storage refuses everything after it.
  t.throws(() => log.lastIndex(), { message: /a write failed earlier/ });
});

test('compaction drops the prefix and moves the snapshot point, across a reopen', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  await log.persist({ hardState: { term: 2, vote: 1, commit: 9 }, entries: [...ents(2, 5, 1), ...ents(6, 10, 2)] }, false);
  const cs: ConfState = { ...conf3, learners: [4], members: [...conf3.members, { nodeId: 4, address: 'a:4' }] };
  const meta: SnapshotMeta = { index: 7, term: 2, confState: cs };
  await log.compact(meta);
  const check = (l: LmdbRaftStorage): void => {
    t.is(l.firstIndex(), 8);
    t.is(l.lastIndex(), 10);
    t.is(l.term(7), 2);
    t.is(storageErrorKind(t, () => l.term(6)), 'compacted');
    t.is(storageErrorKind(t, () => l.entries(7, 9, Infinity)), 'compacted');
    t.deepEqual(plain(l.entries(8, 11, Infinity)), plain(ents(8, 10, 2)));
    t.deepEqual(l.snapshot().meta, meta);
    t.deepEqual(l.initialState().confState, cs);
  };
  check(log);
  // Older or equal points are ignored.
  await log.compact({ index: 5, term: 1, confState: conf3 });
  await log.compact(meta);
  check(log);
  await t.throwsAsync(log.compact({ index: 11, term: 2, confState: cs }), { message: /beyond last index/ });
  await store.close();
  store = await opened(t, dir);
  log = LmdbRaftStorage.open(store);
  check(log);
  // Compacting everything leaves an empty log whose last index is the snapshot point.
  await log.compact({ index: 10, term: 2, confState: cs });
  t.is(log.firstIndex(), 11);
  t.is(log.lastIndex(), 10);
  t.is(log.term(10), 2);
  t.deepEqual(log.entries(11, 11, 0), []);
  await log.persist({ hardState: null, entries: ents(11, 12, 3) }, false);
  t.deepEqual([10, 11, 12].map((i) => log.term(i)), [2, 3, 3]);
});

test('compaction checks the term it is given against the log', async (t) => {
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  await log.persist({ hardState: null, entries: ents(2, 5, 2) }, false);
  await t.throwsAsync(log.compact({ index: 4, term: 1, confState: conf3 }), { message: /has term 2/ });
});

test('term() and entries() answer like MemoryStorage at both ends and under size limits', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  const mem = new MemoryStorage(conf3);
  mem.applySnapshot({ meta: { index: 1, term: 1, confState: conf3 }, data: new Uint8Array(0) });
  const all = [...ents(2, 20, 1, 100), ...ents(21, 40, 2, 100)];
  await log.persist({ hardState: null, entries: all }, false);
  mem.append(all);
  await log.compact({ index: 5, term: 1, confState: conf3 });
  mem.compact(5);

  const compare = (l: LmdbRaftStorage, label: string): void => {
    t.is(l.firstIndex(), mem.firstIndex(), label);
    t.is(l.lastIndex(), mem.lastIndex(), label);
    for (let i = 0; i <= 42; i++) {
      let want: number | string;
      try {
        want = mem.term(i);
      } catch (err) {
        want = (err as StorageError).kind;
      }
      let got: number | string;
      try {
        got = l.term(i);
      } catch (err) {
        got = (err as StorageError).kind;
      }
      t.is(got, want, `${label}: term(${i})`);
    }
    for (const [lo, hi] of [[4, 10], [5, 10], [6, 6], [6, 7], [6, 41], [20, 30], [40, 41], [40, 42], [41, 41]] as const) {
      for (const maxBytes of [0, 1, 124, 248, 250, 1000, Infinity]) {
        let want: unknown;
        try {
          want = plain(mem.entries(lo, hi, maxBytes));
        } catch (err) {
          want = (err as StorageError).kind;
        }
        let got: unknown;
        try {
          got = plain(l.entries(lo, hi, maxBytes));
        } catch (err) {
          if (!(err instanceof StorageError)) throw err;
          got = err.kind;
        }
        t.deepEqual(got, want, `${label}: entries(${lo}, ${hi}, ${maxBytes})`);
      }
    }
  };
  compare(log, 'from the tail cache');
  await store.close();
  store = await opened(t, dir);
  log = LmdbRaftStorage.open(store);
  compare(log, 'from LMDB after a reopen');
  // Half cached, half on disk: new entries go to the tail cache, older ones are read from LMDB.
  const more = ents(41, 45, 2, 100);
  await log.persist({ hardState: null, entries: more }, false);
  mem.append(more);
  t.deepEqual(plain(log.entries(30, 46, Infinity)), plain(mem.entries(30, 46, Infinity)));
  t.deepEqual(plain(log.entries(30, 46, 500)), plain(mem.entries(30, 46, 500)));
});

test('installSnapshot inside a write transaction replaces the log, atomically with the transaction', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let log = LmdbRaftStorage.open(store);
  await log.persist({ hardState: { term: 1, vote: 0, commit: 0 }, entries: ents(1, 5, 1) }, false);
  const meta: SnapshotMeta = { index: 50, term: 3, confState: conf3 };
  // A transaction that fails after the install leaves everything as it was.
  await t.throwsAsync(
    store.root.childTransaction(() => {
      log.installSnapshot(meta);
      throw new Error('restore failed');
    }),
    { message: 'restore failed' },
  );
  t.is(log.firstIndex(), 1);
  t.is(log.lastIndex(), 5);
  t.deepEqual(plain(log.entries(1, 6, Infinity)), plain(ents(1, 5, 1)));

  await store.root.childTransaction(() => log.installSnapshot(meta));
  const check = (l: LmdbRaftStorage): void => {
    t.is(l.firstIndex(), 51);
    t.is(l.lastIndex(), 50);
    t.is(l.term(50), 3);
    t.is(storageErrorKind(t, () => l.term(49)), 'compacted');
    t.deepEqual(l.snapshot().meta, meta);
    t.deepEqual(l.initialState().confState, conf3);
  };
  check(log);
  await t.throwsAsync(store.root.childTransaction(() => log.installSnapshot({ ...meta, index: 40 })), { message: /not past the snapshot point/ });
  await store.close();
  store = await opened(t, dir);
  log = LmdbRaftStorage.open(store);
  check(log);
  await log.persist({ hardState: null, entries: ents(51, 52, 3) }, false);
  t.is(log.lastIndex(), 52);
});

test('persist(sync) resolves only after the flush; persist(no sync) does not wait for it', async (t) => {
  const releases: Array<() => void> = [];
  const store = await opened(t, tempDir(t), () => new Promise<void>((resolve) => releases.push(resolve)));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });

  let synced = false;
  const p = log.persist({ hardState: { term: 2, vote: 2, commit: 1 }, entries: ents(2, 3, 2) }, true).then(() => (synced = true));
  // Wait until the write has committed (the caches move at commit), then a while longer.
  const deadline = Date.now() + 5000;
  while (log.lastIndex() !== 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  t.is(log.lastIndex(), 3, 'committed');
  await new Promise((resolve) => setTimeout(resolve, 30));
  t.false(synced, 'not answered while the flush is held');
  t.is(releases.length, 1);

  // Without sync: resolves at commit, the held flush notwithstanding.
  await log.persist({ hardState: null, entries: ents(4, 4, 2) }, false);
  t.is(log.lastIndex(), 4);
  t.false(synced);

  releases[0]!();
  await p;
  t.true(synced);
});

test('writes issued without waiting for each other land in order', async (t) => {
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  await log.persist({ hardState: null, entries: ents(2, 10, 1) }, false);
  await Promise.all([
    log.persist({ hardState: null, entries: ents(11, 20, 1) }, false),
    log.compact({ index: 8, term: 1, confState: conf3 }),
    log.persist({ hardState: null, entries: ents(15, 16, 2) }, true),
    log.persist({ hardState: { term: 2, vote: 0, commit: 12 }, entries: ents(17, 17, 2) }, false),
  ]);
  t.is(log.firstIndex(), 9);
  t.is(log.lastIndex(), 17);
  t.deepEqual(plain(log.entries(9, 18, Infinity)), plain([...ents(9, 14, 1), ...ents(15, 17, 2)]));
  t.deepEqual(log.initialState().hardState, { term: 2, vote: 0, commit: 12 });
});

test('reads straddle the bounded tail cache and LMDB once the tail evicts', async (t) => {
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  const total = 20_000; // 1 KiB each: more than LOG_TAIL_CACHE_BYTES_MAX
  for (let from = 2; from < total + 2; from += 500) {
    await log.persist({ hardState: null, entries: ents(from, Math.min(from + 499, total + 1), 1 + Math.floor(from / 5000), 1024) }, false);
  }
  t.is(log.lastIndex(), total + 1);
  const got = log.entries(2, total + 2, Infinity);
  t.is(got.length, total);
  t.true(got.every((e, k) => e.index === k + 2 && e.term === 1 + Math.floor((e.index - ((e.index - 2) % 500)) / 5000) && e.data.length === 1024 && e.data[0] === e.index % 251));
  // Overwrite a suffix that starts inside the evicted part: the tail restarts with the new entries.
  await log.persist({ hardState: null, entries: ents(100, 101, 9) }, false);
  t.is(log.lastIndex(), 101);
  t.deepEqual(plain(log.entries(98, 102, Infinity)), plain([...ents(98, 99, 1, 1024), ...ents(100, 101, 9)]));
});

test('measurement: persist throughput, 1 KiB entries in synced batches of 256', async (t) => {
  t.timeout(120_000);
  const store = await opened(t, tempDir(t));
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  const batch = 256;
  const batches = 80;
  const payload = Buffer.alloc(1024, 7);
  let next = 2;
  const makeBatch = (): Entry[] => {
    const out: Entry[] = [];
    for (let k = 0; k < batch; k++, next++) out.push({ index: next, term: 1, type: EntryType.ENTRY_NORMAL, data: payload, confChange: null });
    return out;
  };
  // One batch at a time, each awaited with its flush (a follower answering appends one by one).
  const t0 = performance.now();
  for (let b = 0; b < batches; b++) await log.persist({ hardState: { term: 1, vote: 0, commit: next - 1 }, entries: makeBatch() }, true);
  const serialMs = performance.now() - t0;
  // Two batches in flight (the host persisting the next Ready while the last one flushes).
  const t1 = performance.now();
  let inflight: Promise<void> | null = null;
  for (let b = 0; b < batches; b++) {
    const p = log.persist({ hardState: null, entries: makeBatch() }, true);
    if (inflight) await inflight;
    inflight = p;
  }
  await inflight;
  const pipelinedMs = performance.now() - t1;
  const n = batch * batches;
  t.is(log.lastIndex(), next - 1);
  t.log(`serial:    ${n} entries of 1 KiB in ${serialMs.toFixed(0)} ms = ${Math.round((n / serialMs) * 1000)} entries/s (${((serialMs / batches)).toFixed(2)} ms per synced batch of ${batch})`);
  t.log(`2 in flight: ${n} entries of 1 KiB in ${pipelinedMs.toFixed(0)} ms = ${Math.round((n / pipelinedMs) * 1000)} entries/s`);
});
