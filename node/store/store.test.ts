// The store over the real lmdb: identity recorded and enforced, unreadable directories refused
// with a clear error (never a crash), flushed() honouring its seam.
import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FedmqError } from '../errors.ts';
import { Store } from './index.ts';

const node1 = { clusterId: 'c1', siteId: 'paris', nodeId: 1 };

function tempDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function openStore(t: ExecutionContext, opts: Parameters<typeof Store.open>[0]): Promise<Store> {
  const store = await Store.open(opts);
  t.teardown(() => store.close());
  return store;
}

test('the first open records the identity; the same identity reopens', async (t) => {
  const dir = join(tempDir(t), 'not', 'yet', 'there');
  const a = await Store.open({ dir, identity: node1 });
  t.deepEqual(a.identity, node1);
  t.true(existsSync(join(dir, 'data.mdb')));
  t.deepEqual(a.dbNames(), ['store.meta']);
  await a.close();
  const b = await openStore(t, { dir, identity: { ...node1 } });
  t.deepEqual(b.identity, node1);
});

test('reopening with another identity is refused, naming both identities and what to do', async (t) => {
  const dir = tempDir(t);
  await (await Store.open({ dir, identity: node1 })).close();
  for (const other of [
    { ...node1, nodeId: 2 },
    { ...node1, siteId: 'london' },
    { ...node1, clusterId: 'c2' },
  ]) {
    const err = await t.throwsAsync(Store.open({ dir, identity: other }), { instanceOf: FedmqError });
    t.is(err!.code, 'DATA_DIR_MISMATCH');
    t.true(err!.message.includes(dir), err!.message);
    t.true(err!.message.includes('node 1 of site "paris" in cluster "c1"'), err!.message);
    t.true(err!.message.includes(`node ${other.nodeId} of site "${other.siteId}" in cluster "${other.clusterId}"`), err!.message);
    t.true(err!.message.includes('a node that lost its directory rejoins only as a new member'), err!.message);
  }
  // The refusal released the directory: the owner still opens it.
  const again = await openStore(t, { dir, identity: node1 });
  t.is(again.identity.nodeId, 1);
});

test('an unreadable identity record is DATA_DIR_CORRUPT', async (t) => {
  const dir = tempDir(t);
  const s = await Store.open({ dir, identity: node1 });
  await s.openDb<Buffer, string>('store.meta').put('identity', Buffer.from([0xff, 0xfe, 0x00]));
  await s.close();
  const err = await t.throwsAsync(Store.open({ dir, identity: node1 }), { instanceOf: FedmqError });
  t.is(err!.code, 'DATA_DIR_CORRUPT');
  t.true(err!.message.includes(dir));
  t.true(err!.message.includes('identity record'));
});

test('a data file that is not LMDB is DATA_DIR_CORRUPT, not a crash', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'data.mdb'), Buffer.alloc(8192, 7));
  const err = await t.throwsAsync(Store.open({ dir, identity: node1 }), { instanceOf: FedmqError });
  t.is(err!.code, 'DATA_DIR_CORRUPT');
  t.true(err!.message.includes('not an LMDB file'), err!.message);
  const short = tempDir(t);
  writeFileSync(join(short, 'data.mdb'), 'hello');
  const err2 = await t.throwsAsync(Store.open({ dir: short, identity: node1 }), { instanceOf: FedmqError });
  t.is(err2!.code, 'DATA_DIR_CORRUPT');
});

test('data without an identity record is DATA_DIR_CORRUPT', async (t) => {
  const dir = tempDir(t);
  const s = await Store.open({ dir, identity: node1 });
  await s.openDb<Buffer, number>('raft.log').put(1, Buffer.from('x'));
  await s.openDb<Buffer, string>('store.meta').remove('identity');
  await s.close();
  const err = await t.throwsAsync(Store.open({ dir, identity: node1 }), { instanceOf: FedmqError });
  t.is(err!.code, 'DATA_DIR_CORRUPT');
  t.true(err!.message.includes('raft.log'), err!.message);
});

test('an invalid identity is CONFIG_INVALID', async (t) => {
  const dir = tempDir(t);
  for (const identity of [{ ...node1, nodeId: 0 }, { ...node1, siteId: '' }, { ...node1, nodeId: 1.5 }]) {
    const err = await t.throwsAsync(Store.open({ dir, identity }), { instanceOf: FedmqError });
    t.is(err!.code, 'CONFIG_INVALID');
  }
});

test('a directory is opened once per process', async (t) => {
  const dir = tempDir(t);
  await openStore(t, { dir, identity: node1 });
  await t.throwsAsync(Store.open({ dir, identity: node1 }), { message: /already open/ });
});

test('a directory name with a dot is still a directory', async (t) => {
  const dir = join(tempDir(t), 'node-1.data');
  await openStore(t, { dir, identity: node1 });
  t.true(statSync(dir).isDirectory());
  t.true(existsSync(join(dir, 'data.mdb')));
});

test('named databases share one environment and survive a reopen', async (t) => {
  const dir = tempDir(t);
  const s = await Store.open({ dir, identity: node1 });
  const a = s.openDb<Buffer, number>('a');
  const b = s.openDb<string, string>('b', { encoding: 'string' });
  await s.root.childTransaction(() => {
    a.put(7, Buffer.from('seven'));
    b.put('k', 'v');
  });
  await s.close();
  const r = await openStore(t, { dir, identity: node1 });
  t.deepEqual(r.dbNames().sort(), ['a', 'b', 'store.meta']);
  t.is(r.openDb<Buffer, number>('a').get(7)?.toString(), 'seven');
  t.is(r.openDb<string, string>('b', { encoding: 'string' }).get('k'), 'v');
});

test('flushed() waits for the flush seam when one is given, and only for it', async (t) => {
  const dir = tempDir(t);
  const releases: Array<() => void> = [];
  const s = await openStore(t, {
    dir,
    identity: node1,
    flush: () => new Promise<void>((resolve) => releases.push(resolve)),
  });
  t.is(releases.length, 0, 'opening does not go through the seam');
  let done = false;
  const p = s.flushed().then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.false(done);
  t.is(releases.length, 1);
  releases[0]!();
  await p;
  t.true(done);
});

test('flushed() without a seam resolves after lmdb flushed the last commit', async (t) => {
  const dir = tempDir(t);
  const s = await openStore(t, { dir, identity: node1 });
  const db = s.openDb<Buffer, number>('x');
  await s.root.childTransaction(() => db.put(1, Buffer.from('a')));
  await s.flushed();
  t.is(db.get(1)?.toString(), 'a');
});
