// Shared by the simulator's test files: run a range of seeds, fail with the replay command.
import type { ExecutionContext } from 'ava';
import { describeKnobs, replayCommand, runSeed } from './simulator.ts';

export function runSeedRange(t: ExecutionContext, opts: { first: number; count: number; nodes: 1 | 3 | 5 }): void {
  const failures: string[] = [];
  let livenessWorst = 0;
  let leaders = 0;
  let crashes = 0;
  let confChanges = 0;
  let snapshots = 0;
  let reads = 0;
  for (let seed = opts.first; seed < opts.first + opts.count; seed++) {
    const r = runSeed({ seed, nodes: opts.nodes });
    if (!r.ok) {
      failures.push(`seed ${seed}: ${r.violation}\n  knobs: ${describeKnobs(r.knobs)}\n  replay: ${replayCommand(seed, { nodes: opts.nodes })}`);
      if (failures.length >= 3) break;
      continue;
    }
    livenessWorst = Math.max(livenessWorst, r.stats.livenessTicks / r.stats.livenessTicksMax);
    leaders += r.stats.leadersElected;
    crashes += r.stats.crashes;
    confChanges += r.stats.confChanges;
    snapshots += r.stats.snapshotsSent;
    reads += r.stats.readsServed;
  }
  t.deepEqual(failures, [], failures.join('\n'));
  // The faults really happened (a simulator that injects nothing proves nothing).
  t.true(leaders > opts.count, `leaders elected: ${leaders}`);
  t.true(crashes > opts.count / 2, `crashes: ${crashes}`);
  t.true(confChanges > opts.count / 4, `membership changes: ${confChanges}`);
  t.true(snapshots > opts.count / 4, `snapshots sent: ${snapshots}`);
  t.true(reads > opts.count, `reads served: ${reads}`);
  t.log(`${opts.count} seeds (${opts.nodes} nodes): ${leaders} leaders, ${crashes} crashes, ${confChanges} membership changes, ${snapshots} snapshots, ${reads} reads; worst liveness ${(livenessWorst * 100).toFixed(0)}% of its bound`);
}
