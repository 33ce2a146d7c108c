// The KV state machine over the real lmdb, and through it LmdbStateMachine: apply is one
// transaction (all or nothing), membership follows conf-change entries, unknown commands halt,
// and a snapshot image restores into a fresh store atomically with the log's install.
import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError } from '../errors.ts';
import { Store } from '../store/index.ts';
import { ConfChangeType, EntryType } from './core/index.ts';
import type { ConfChange, ConfState, Entry, SnapshotMeta } from './core/index.ts';
import { KV_KEY_BYTES_MAX, KvStateMachine, encodeKvDelete, encodeKvPut } from './kv-state-machine.ts';
import { LmdbRaftStorage } from './lmdb-storage.ts';
import { stageSnapshot } from './snapshot-files.ts';

const conf3: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  members: [1, 2, 3].map((id) => ({ nodeId: id, address: `127.0.0.1:${7000 + id}` })),
};

function tempDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-sm-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function opened(t: ExecutionContext, dir: string, nodeId = 1): Promise<Store> {
  const store = await Store.open({ dir, identity: { clusterId: 'c1', siteId: 'paris', nodeId } });
  t.teardown(() => store.close());
  return store;
}

/** Entries from `first` on, one per command (null = an empty no-op entry). */
function entries(first: number, term: number, cmds: Array<Uint8Array | null | ConfChange>): Entry[] {
  return cmds.map((c, k) => {
    if (c === null) return { index: first + k, term, type: EntryType.ENTRY_NORMAL, data: new Uint8Array(0), confChange: null };
    if (c instanceof Uint8Array) return { index: first + k, term, type: EntryType.ENTRY_NORMAL, data: c, confChange: null };
    return { index: first + k, term, type: EntryType.ENTRY_CONF_CHANGE, data: new Uint8Array(0), confChange: c };
  });
}

const text = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : Buffer.from(v).toString('utf8'));
const put = (k: string, v: string): Uint8Array => encodeKvPut(k, Buffer.from(v));

test('bootstrap and joining state machines start where their logs do', async (t) => {
  const a = new KvStateMachine(await opened(t, tempDir(t)), { bootstrap: conf3 });
  t.deepEqual(a.applied(), { index: 1, term: 1, confState: conf3 });
  const b = new KvStateMachine(await opened(t, tempDir(t)));
  t.deepEqual(b.applied(), { index: 0, term: 0, confState: { voters: [], learners: [], members: [] } });
  t.is(b.size(), 0);
});

test('puts and deletes apply, answer per entry, and survive a reopen', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let kv = new KvStateMachine(store, { bootstrap: conf3 });
  const results = await kv.apply(entries(2, 2, [put('a', '1'), put('b', '2'), null, encodeKvDelete('a'), encodeKvDelete('zz'), put('b', '3')]));
  t.deepEqual(results, [null, null, null, true, false, null]);
  t.is(text(kv.get('a')), undefined);
  t.is(text(kv.get('b')), '3');
  t.is(kv.size(), 1);
  t.deepEqual(kv.applied(), { index: 7, term: 2, confState: conf3 });
  const hash = kv.stateHash();
  await store.close();

  store = await opened(t, dir);
  kv = new KvStateMachine(store, { bootstrap: conf3 });
  t.deepEqual(kv.applied(), { index: 7, term: 2, confState: conf3 });
  t.is(text(kv.get('b')), '3');
  t.is(kv.stateHash(), hash);
  await t.throwsAsync(kv.apply(entries(9, 2, [put('c', '1')])), { message: /apply from 9, but the applied index is 7/ });
});

test('apply is all or nothing: an invalid third command leaves state and applied index untouched', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let kv = new KvStateMachine(store, { bootstrap: conf3 });
  await kv.apply(entries(2, 1, [put('keep', 'yes')]));
  const before = kv.stateHash();
  const bad: Array<[string, Uint8Array, RegExp]> = [
    ['unspecified op', fedmq.v1.KvCommand.encode({ op: fedmq.v1.KvOp.KV_OP_UNSPECIFIED, key: 'x' }).finish(), /entry 5 .*KV_OP_UNSPECIFIED \(0\)/],
    ['unknown op', fedmq.v1.KvCommand.encode({ op: 99 as fedmq.v1.KvOp, key: 'x' }).finish(), /entry 5 .*op 99 \(unknown\)/],
    ['undecodable bytes', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), /entry 5 .*not a KvCommand/],
    ['an oversized key', fedmq.v1.KvCommand.encode({ op: fedmq.v1.KvOp.KV_OP_PUT, key: 'k'.repeat(KV_KEY_BYTES_MAX + 1) }).finish(), /entry 5 .*key of 1025 bytes/],
  ];
  for (const [what, cmd, message] of bad) {
    const err = await t.throwsAsync(kv.apply(entries(3, 1, [put('a', '1'), encodeKvDelete('keep'), cmd, put('d', '4')])), { instanceOf: FedmqError }, what);
    t.is(err!.code, 'STATE_MACHINE_HALTED', what);
    t.regex(err!.message, message, what);
    t.is(err!.details.index, 5, what);
    t.is(kv.applied().index, 2, what);
    t.is(text(kv.get('a')), undefined, what);
    t.is(text(kv.get('keep')), 'yes', what);
    t.is(kv.stateHash(), before, what);
  }
  await store.close();
  store = await opened(t, dir);
  kv = new KvStateMachine(store);
  t.is(kv.applied().index, 2);
  t.is(text(kv.get('a')), undefined);
  t.is(text(kv.get('keep')), 'yes');
  t.is(kv.stateHash(), before);
  // Apply resumes where it stopped once the entry is good.
  await kv.apply(entries(3, 1, [put('a', '1')]));
  t.is(kv.applied().index, 3);
});

test('an unknown entry type halts apply', async (t) => {
  const kv = new KvStateMachine(await opened(t, tempDir(t)), { bootstrap: conf3 });
  const e: Entry = { index: 2, term: 1, type: 7 as EntryType, data: new Uint8Array(0), confChange: null };
  const err = await t.throwsAsync(kv.apply([e]), { instanceOf: FedmqError });
  t.is(err!.code, 'STATE_MACHINE_HALTED');
  t.regex(err!.message, /entry type 7/);
  t.is(kv.applied().index, 1);
});

test('membership follows conf-change entries, across a reopen', async (t) => {
  const dir = tempDir(t);
  let store = await opened(t, dir);
  let kv = new KvStateMachine(store, { bootstrap: conf3 });
  await kv.apply(
    entries(2, 2, [
      { type: ConfChangeType.CONF_ADD_LEARNER, nodeId: 4, address: '127.0.0.1:7004' },
      put('x', '1'),
      { type: ConfChangeType.CONF_PROMOTE, nodeId: 4, address: '' },
      { type: ConfChangeType.CONF_REMOVE, nodeId: 2, address: '' },
    ]),
  );
  const want: ConfState = {
    voters: [1, 3, 4],
    learners: [],
    members: [
      { nodeId: 1, address: '127.0.0.1:7001' },
      { nodeId: 3, address: '127.0.0.1:7003' },
      { nodeId: 4, address: '127.0.0.1:7004' },
    ],
  };
  t.deepEqual(kv.applied(), { index: 5, term: 2, confState: want });
  await store.close();
  store = await opened(t, dir);
  kv = new KvStateMachine(store);
  t.deepEqual(kv.applied().confState, want);
});

test('two replicas applying the same log have equal state hashes; different ones differ', async (t) => {
  const log = entries(2, 1, [put('a', '1'), put('b', '2'), encodeKvDelete('a'), null, put('c', '3')]);
  const x = new KvStateMachine(await opened(t, tempDir(t), 1), { bootstrap: conf3 });
  const y = new KvStateMachine(await opened(t, tempDir(t), 2), { bootstrap: conf3 });
  await x.apply(log.slice(0, 2));
  await x.apply(log.slice(2));
  await y.apply(log);
  t.is(x.stateHash(), y.stateHash());
  await y.apply(entries(7, 1, [put('c', '4')]));
  t.not(x.stateHash(), y.stateHash());
});

test('keys are checked when commands are built', (t) => {
  t.is(t.throws(() => encodeKvPut('', Buffer.from('v')), { instanceOf: FedmqError })!.code, 'KEY_INVALID');
  t.is(t.throws(() => encodeKvDelete('é'.repeat(KV_KEY_BYTES_MAX / 2 + 1)), { instanceOf: FedmqError })!.code, 'KEY_INVALID');
  t.notThrows(() => encodeKvPut('k'.repeat(KV_KEY_BYTES_MAX), Buffer.alloc(0)));
});

/** Fills a leader with more than 3 MiB: many small values and one larger than a chunk. */
async function bigLeader(t: ExecutionContext): Promise<{ kv: KvStateMachine; store: Store }> {
  const store = await opened(t, tempDir(t), 1);
  const kv = new KvStateMachine(store, { bootstrap: conf3 });
  const cmds: Uint8Array[] = [];
  for (let i = 0; i < 1200; i++) cmds.push(encodeKvPut(`key-${String(i).padStart(5, '0')}`, Buffer.alloc(2500, i % 256)));
  cmds.push(encodeKvPut('big', Buffer.alloc(1_500_000, 0xab)));
  await kv.apply(entries(2, 3, cmds.slice(0, 600)));
  await kv.apply(entries(602, 3, cmds.slice(600)));
  await kv.apply(entries(1203, 4, [{ type: ConfChangeType.CONF_ADD_LEARNER, nodeId: 4, address: '127.0.0.1:7004' }]));
  return { kv, store };
}

test('a snapshot larger than 3 MiB round-trips into a fresh store, in chunks no larger than asked', async (t) => {
  t.timeout(60_000);
  const { kv: leader } = await bigLeader(t);
  const reader = leader.openSnapshot();
  t.teardown(() => reader.close());
  t.deepEqual(reader.meta, leader.applied());

  // The transport's chunk size, and a small odd one that cuts records everywhere.
  for (const chunkBytesMax of [1 << 20, 65_521]) {
    const sizes: number[] = [];
    const chunks = (async function* () {
      for await (const c of reader.chunks(chunkBytesMax)) {
        sizes.push(c.length);
        yield c;
      }
    })();
    const stagingDir = tempDir(t);
    const staged = await stageSnapshot(stagingDir, reader.meta, chunks);
    t.teardown(() => staged.dispose());
    const total = sizes.reduce((a, b) => a + b, 0);
    t.true(total > 3 << 20, `image of ${total} bytes`);
    t.is(staged.bytes, total);
    t.is(statSync(staged.path).size, total);
    t.true(sizes.every((n) => n > 0 && n <= chunkBytesMax), `chunk sizes ${Math.max(...sizes)} <= ${chunkBytesMax}`);
    t.true(sizes.slice(0, -1).every((n) => n === chunkBytesMax), 'every chunk but the last is full');

    // A joining node: empty log, empty state.
    const dir = tempDir(t);
    let store = await opened(t, dir, 4);
    let log = LmdbRaftStorage.open(store);
    let follower = new KvStateMachine(store);
    await follower.restore(staged, () => log.installSnapshot(staged.meta));
    const check = (f: KvStateMachine, l: LmdbRaftStorage): void => {
      t.is(f.stateHash(), leader.stateHash());
      t.deepEqual(f.applied(), leader.applied());
      t.is(f.size(), 1201);
      t.is(Buffer.from(f.get('big')!).length, 1_500_000);
      t.is(Buffer.from(f.get('key-00042')!)[0], 42);
      t.is(l.firstIndex(), staged.meta.index + 1);
      t.is(l.lastIndex(), staged.meta.index);
      t.is(l.term(staged.meta.index), staged.meta.term);
      t.deepEqual(l.snapshot().meta, staged.meta);
    };
    check(follower, log);
    await store.close();
    store = await opened(t, dir, 4);
    log = LmdbRaftStorage.open(store);
    follower = new KvStateMachine(store);
    check(follower, log);
  }
});

test('a snapshot reader sees the state as of its opening, whatever is applied after', async (t) => {
  const store = await opened(t, tempDir(t));
  const kv = new KvStateMachine(store, { bootstrap: conf3 });
  await kv.apply(entries(2, 1, [put('a', '1'), put('b', '2')]));
  const hashAtOpen = kv.stateHash();
  const reader = kv.openSnapshot();
  t.teardown(() => reader.close());
  await kv.apply(entries(4, 1, [put('a', 'changed'), encodeKvDelete('b'), put('c', '3')]));
  t.not(kv.stateHash(), hashAtOpen);
  // Small chunks, with more commits between them while the image streams.
  let next = 7;
  const interleaved = (async function* () {
    for await (const c of reader.chunks(16)) {
      yield c;
      await kv.apply(entries(next, 1, [put(`later-${next}`, 'x'), encodeKvDelete('a')]));
      next += 2;
    }
  })();
  const staged = await stageSnapshot(tempDir(t), reader.meta, interleaved);
  t.true(next > 20, 'commits happened while streaming');
  t.teardown(() => staged.dispose());
  reader.close();
  reader.close(); // idempotent
  const other = new KvStateMachine(await opened(t, tempDir(t), 2));
  await other.restore(staged, () => {});
  t.is(other.stateHash(), hashAtOpen);
  t.is(other.applied().index, 3);
  t.is(text(other.get('a')), '1');
});

test('restore replaces the whole state, and is atomic with alsoInTxn', async (t) => {
  const { kv: leader } = await bigLeader(t);
  const reader = leader.openSnapshot();
  const staged = await stageSnapshot(tempDir(t), reader.meta, reader.chunks(1 << 20));
  reader.close();
  t.teardown(() => staged.dispose());

  // A follower with a state of its own, and a log.
  const dir = tempDir(t);
  const store = await opened(t, dir, 2);
  const log = LmdbRaftStorage.open(store, { bootstrap: conf3 });
  const follower = new KvStateMachine(store, { bootstrap: conf3 });
  await log.persist({ hardState: { term: 1, vote: 0, commit: 3 }, entries: entries(2, 1, [put('mine', 'x'), put('zz', 'y')]) }, true);
  await follower.apply(entries(2, 1, [put('mine', 'x'), put('zz', 'y')]));
  const hashBefore = follower.stateHash();

  // alsoInTxn fails: nothing moves, neither the state nor the log.
  await t.throwsAsync(
    follower.restore(staged, () => {
      log.installSnapshot(staged.meta);
      throw new Error('install failed');
    }),
    { message: 'install failed' },
  );
  t.is(follower.stateHash(), hashBefore);
  t.is(follower.applied().index, 3);
  t.is(log.firstIndex(), 2);
  t.is(log.lastIndex(), 3);

  // A truncated image: refused, nothing moves.
  const copyDir = tempDir(t);
  const truncated = await stageSnapshot(copyDir, staged.meta, (async function* () {
    const r = leader.openSnapshot();
    try {
      yield* r.chunks(1 << 20);
    } finally {
      r.close();
    }
  })());
  t.teardown(() => truncated.dispose());
  truncateSync(truncated.path, truncated.bytes - 10);
  const err = await t.throwsAsync(follower.restore(truncated, () => log.installSnapshot(truncated.meta)), { instanceOf: FedmqError });
  t.is(err!.code, 'SNAPSHOT_INVALID');
  t.is(follower.stateHash(), hashBefore);
  t.is(log.lastIndex(), 3);

  // An image whose meta is not the one it was read at: refused.
  const mismatched = { ...staged, meta: { ...staged.meta, index: staged.meta.index - 1 } as SnapshotMeta };
  const err2 = await t.throwsAsync(follower.restore(mismatched, () => {}), { instanceOf: FedmqError });
  t.is(err2!.code, 'SNAPSHOT_INVALID');
  t.regex(err2!.message, /send the reader's meta/);

  // The real thing: keys of the old state are gone, the log starts after the snapshot.
  await follower.restore(staged, () => log.installSnapshot(staged.meta));
  t.is(follower.stateHash(), leader.stateHash());
  t.is(follower.get('mine'), undefined);
  t.is(log.firstIndex(), staged.meta.index + 1);
  t.deepEqual(log.initialState().confState, leader.applied().confState);
});

test('an image of another format version halts restore with a clear error', async (t) => {
  const store = await opened(t, tempDir(t));
  const kv = new KvStateMachine(store, { bootstrap: conf3 });
  const reader = kv.openSnapshot();
  const chunks: Uint8Array[] = [];
  for await (const c of reader.chunks(1 << 20)) chunks.push(c);
  reader.close();
  const image = Buffer.concat(chunks);
  // The first record is {db: "", key: "format", value: uint32 BE}: its last byte is the version's.
  const at = image.indexOf(Buffer.from('format')) + 'format'.length + 2 + 3;
  image[at] = 2;
  const staged = await stageSnapshot(tempDir(t), reader.meta, [image]);
  t.teardown(() => staged.dispose());
  const other = new KvStateMachine(await opened(t, tempDir(t), 2));
  const err = await t.throwsAsync(other.restore(staged, () => {}), { instanceOf: FedmqError });
  t.is(err!.code, 'STATE_MACHINE_HALTED');
  t.regex(err!.message, /format 2, but this node reads format 1/);
});

test('batches queued before the previous one commits apply in order (the host pipelines them)', async (t) => {
  const store = await opened(t, tempDir(t));
  const kv = new KvStateMachine(store, { bootstrap: conf3 });
  // Three batches queued back to back, none awaited before the next is queued.
  const a = kv.apply(entries(2, 1, [put('x', '1'), put('y', '1')]));
  const b = kv.apply(entries(4, 1, [put('x', '2')]));
  const c = kv.apply(entries(5, 2, [encodeKvDelete('y'), put('z', '3')]));
  t.deepEqual(await a, [null, null]);
  t.deepEqual(await b, [null]);
  t.deepEqual(await c, [true, null]);
  t.is(kv.applied().index, 6);
  t.is(kv.applied().term, 2);
  t.is(text(kv.get('x')), '2');
  t.is(kv.get('y'), undefined);
  // A gap against the queued (not the committed) applied index is still refused.
  await t.throwsAsync(kv.apply(entries(8, 2, [put('w', '1')])), { message: /apply from 8, but the applied index is 6/ });
});

test('a failed batch with another queued on top fails that one too: nothing is applied on a state that never was', async (t) => {
  const store = await opened(t, tempDir(t));
  const kv = new KvStateMachine(store, { bootstrap: conf3 });
  await kv.apply(entries(2, 1, [put('keep', 'yes')]));
  const bad = kv.apply(entries(3, 1, [put('a', '1'), fedmq.v1.KvCommand.encode({ op: 99 as fedmq.v1.KvOp, key: 'x' }).finish()]));
  const after = kv.apply(entries(5, 1, [put('b', '1')]));
  await t.throwsAsync(bad, { instanceOf: FedmqError });
  await t.throwsAsync(after);
  t.is(kv.applied().index, 2);
  t.is(kv.get('a'), undefined);
  t.is(kv.get('b'), undefined);
  // And it stays stopped: apply halts, it never skips.
  await t.throwsAsync(kv.apply(entries(3, 1, [put('c', '1')])));
});
