// The checker must catch a broken Raft: each deliberately broken variant is run over seeds
// 1..500 and must be caught. A checker that cannot fail proves nothing.
import test from 'ava';
import { BUGS, runSeed, runSeedsUntilViolation } from './simulator.ts';

for (const bug of BUGS) {
  test(`the simulator catches a broken Raft within 500 seeds: ${bug}`, (t) => {
    t.timeout(120_000);
    // A lone voter electing itself is the only way to act in a term before writing it: that
    // variant runs on sites that start with one node.
    const nodes = bug === 'replicate-before-term-persisted' ? 1 : undefined;
    const caught = runSeedsUntilViolation({ bug, first: 1, count: 500, ...(nodes ? { nodes } : {}) });
    t.truthy(caught, `${bug} survived 500 seeds`);
    t.log(`${bug}: caught at seed ${caught!.seed}: ${caught!.violation}`);
  });
}

test('a seed replays exactly', (t) => {
  const a = runSeed({ seed: 4242, traceLines: 1000 });
  const b = runSeed({ seed: 4242, traceLines: 1000 });
  t.true(a.ok, a.violation);
  t.deepEqual(a.stats, b.stats);
  t.deepEqual(a.trace, b.trace);
  t.true(a.trace.length > 10);
});
