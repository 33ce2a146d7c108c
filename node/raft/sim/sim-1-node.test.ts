// 600 seeds of a site that starts with one node (and often grows learners and voters), under
// every fault the simulator knows (see simulator.ts).
import test from 'ava';
import { runSeedRange } from './run-range.ts';

test('600 seeds, 1 node: every safety invariant after every step, liveness after healing', (t) => {
  t.timeout(180_000);
  runSeedRange(t, { first: 1, count: 600, nodes: 1 });
});
