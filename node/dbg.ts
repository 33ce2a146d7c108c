import { Simulation } from './raft/sim/simulator.ts';
let elections = 0, withLearner = 0, crashBeforeFlush = 0;
for (let seed = 1; seed <= 300; seed++) {
  const sim: any = new Simulation({ seed, nodes: 1, bug: 'replicate-before-term-persisted', traceLines: 0 });
  const orig = sim.checkLeaders.bind(sim);
  sim.checkLeaders = () => {
    for (const n of sim.nodes.values()) {
      if (n.raft && n.raft.state === 'leader' && n.wasLeaderTerm !== n.raft.term) {
        elections++;
        if (n.raft.conf.learners.length > 0) { withLearner++; if (n.pending.length > 0 && n.crashAt >= 0) crashBeforeFlush++; }
      }
    }
    orig();
  };
  sim.run();
}
console.log({ elections, withLearner, crashBeforeFlush });
