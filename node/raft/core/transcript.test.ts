// Transcript tests in the etcd-io/raft style: every testdata/*.txt file is a scenario of
// commands with their expected output (see transcript/commands.ts for the language).
// REWRITE=1 rewrites the expected output in place; review the diff before committing.
import test from 'ava';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMismatches, runTranscript } from './transcript/run.ts';

const testdataDir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const rewrite = process.env['REWRITE'] === '1';

for (const name of readdirSync(testdataDir).filter((f) => f.endsWith('.txt')).sort()) {
  test(name, (t) => {
    const path = join(testdataDir, name);
    const source = readFileSync(path, 'utf8');
    const run = runTranscript(source);
    if (rewrite) {
      if (run.rewritten !== source) writeFileSync(path, run.rewritten);
      t.is(readFileSync(path, 'utf8'), run.rewritten, 'the expected output was rewritten');
      return;
    }
    if (run.mismatches.length > 0) t.fail(describeMismatches(name, run.mismatches));
    else t.is(run.rewritten, source);
  });
}
