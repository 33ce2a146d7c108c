// 1,000 seeds of a 3-node cluster under every fault the simulator knows (see simulator.ts).
import test from 'ava';
import { runSeedRange } from './run-range.ts';

test('1000 seeds, 3 nodes: every safety invariant after every step, liveness after healing', (t) => {
  t.timeout(180_000);
  runSeedRange(t, { first: 1, count: 1000, nodes: 3 });
});
