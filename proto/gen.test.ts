// The committed generated code must be what the .proto files generate today.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fedmq } from './gen/fedmq.js';

const here = dirname(fileURLToPath(import.meta.url));

test('proto/gen is up to date with proto/fedmq/v1 (run `npm run build` to regenerate)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-gen-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync(process.execPath, [join(here, 'generate.mjs'), '--out', dir], { stdio: 'pipe' });
  for (const f of ['fedmq.js', 'fedmq.d.ts']) {
    t.is(readFileSync(join(dir, f), 'utf8'), readFileSync(join(here, 'gen', f), 'utf8'), `${f} drifted`);
  }
});

test('64-bit fields decode to numbers, as their types say', (t) => {
  const big = 2 ** 52 + 7;
  const bytes = fedmq.v1.RaftMessage.encode({ term: big, index: 3, entries: [{ term: 1, index: big }] }).finish();
  const m = fedmq.v1.RaftMessage.decode(bytes);
  t.is(typeof m.term, 'number');
  t.is(m.term, big);
  t.is(m.entries[0]!.index, big);
});

test('a malformed protobuf is refused with an error, not a half-decoded message', (t) => {
  const bytes = fedmq.v1.RaftMessage.encode({ term: 5, entries: [{ term: 1, index: 2, data: new Uint8Array(100) }] }).finish();
  t.throws(() => fedmq.v1.RaftMessage.decode(bytes.subarray(0, bytes.length - 10)));
  t.throws(() => fedmq.v1.RaftMessage.decode(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])));
});
