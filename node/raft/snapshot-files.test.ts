// Staged snapshot files and the image framing: records read back across any piece boundary,
// malformed images refused with SNAPSHOT_INVALID, partial files never left behind.
import test, { type ExecutionContext } from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FedmqError } from '../errors.ts';
import type { SnapshotMeta } from './core/index.ts';
import { SNAPSHOT_RECORD_BYTES_MAX, decodeSnapshotMeta, encodeSnapshotMeta, encodeSnapshotRecord, readSnapshotRecords, stageSnapshot } from './snapshot-files.ts';
import type { SnapshotRecord } from './snapshot-files.ts';

const meta: SnapshotMeta = { index: 42, term: 7, confState: { voters: [1, 2], learners: [3], members: [{ nodeId: 1, address: 'a:1' }, { nodeId: 2, address: 'a:2' }, { nodeId: 3, address: 'a:3' }] } };

function tempDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-snapfiles-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function plain(rs: Iterable<SnapshotRecord>): unknown[] {
  return [...rs].map((r) => ({ db: r.db, key: Buffer.from(r.key).toString('hex'), value: Buffer.from(r.value).toString('hex') }));
}

const records: SnapshotRecord[] = [
  { db: '', key: Buffer.from('format'), value: Buffer.from([0, 0, 0, 1]) },
  { db: 'a', key: Buffer.from([1]), value: Buffer.alloc(0) },
  { db: 'a', key: Buffer.from([2]), value: Buffer.alloc(300, 9) }, // a two-byte length prefix
  { db: 'b', key: Buffer.from('k'), value: Buffer.alloc(70_000, 3) }, // larger than the pieces
];

test('snapshot meta encodes and decodes to the same plain value', (t) => {
  t.deepEqual(decodeSnapshotMeta(encodeSnapshotMeta(meta)), meta);
  t.deepEqual(decodeSnapshotMeta(encodeSnapshotMeta({ index: 0, term: 0, confState: { voters: [], learners: [], members: [] } })), {
    index: 0,
    term: 0,
    confState: { voters: [], learners: [], members: [] },
  });
});

test('records read back whatever the piece size', async (t) => {
  const image = Buffer.concat(records.map(encodeSnapshotRecord));
  const staged = await stageSnapshot(tempDir(t), meta, [image.subarray(0, 5), image.subarray(5, 1000), image.subarray(1000)]);
  t.is(staged.bytes, image.length);
  t.deepEqual(readFileSync(staged.path), image);
  for (const piece of [1, 2, 7, 300, 65_536, 1 << 20]) {
    t.deepEqual(plain(readSnapshotRecords(staged.path, piece)), plain(records), `pieces of ${piece}`);
  }
  staged.dispose();
  staged.dispose();
  t.false(existsSync(staged.path));
});

test('an empty image has no records', async (t) => {
  const staged = await stageSnapshot(tempDir(t), meta, []);
  t.is(staged.bytes, 0);
  t.deepEqual([...readSnapshotRecords(staged.path)], []);
});

test('malformed images are SNAPSHOT_INVALID', (t) => {
  const dir = tempDir(t);
  const image = Buffer.concat(records.map(encodeSnapshotRecord));
  const cases: Array<[string, Buffer, RegExp]> = [
    ['truncated record', image.subarray(0, image.length - 1), /truncated record/],
    ['truncated length prefix', Buffer.from([0x80]), /truncated length prefix/],
    ['length prefix too long', Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), /length prefix too long/],
    ['record too large', Buffer.from([0x80, 0x80, 0x80, 0x40]), new RegExp(`exceeds ${SNAPSHOT_RECORD_BYTES_MAX}`)],
    ['undecodable record', Buffer.from([0x03, 0x0a, 0x05, 0x61]), /undecodable record/],
  ];
  for (const [what, bytes, message] of cases) {
    const path = join(dir, `${what.replace(/ /g, '-')}.img`);
    writeFileSync(path, bytes);
    const err = t.throws(() => [...readSnapshotRecords(path, 3)], { instanceOf: FedmqError }, what);
    t.is(err!.code, 'SNAPSHOT_INVALID', what);
    t.regex(err!.message, message, what);
  }
});

test('a stream that fails while staging leaves no file behind', async (t) => {
  const dir = tempDir(t);
  const failing = (async function* () {
    yield Buffer.alloc(1000, 1);
    throw new Error('peer went away');
  })();
  await t.throwsAsync(stageSnapshot(dir, meta, failing), { message: 'peer went away' });
  t.deepEqual(readdirSync(dir), []);
});
