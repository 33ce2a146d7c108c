// Fast failover when the leader's connections reset: the followers campaign after a short
// random jitter (at most a fifth of the election timeout). When both draw the same jitter and
// split the vote, they retry after a fresh jitter instead of a whole election timeout.
import test from 'ava';
import { MemoryStorage, Raft, Sfc32, type ConfState, type Message, type Prng } from './index.ts';

/** A PRNG whose first int() draws are scripted, then seeded randomness (different per node). */
class ScriptedPrng implements Prng {
  private readonly script: number[];
  private readonly rest: Sfc32;
  constructor(script: number[], seed: number) {
    this.script = script;
    this.rest = new Sfc32(seed);
  }
  next(): number {
    return this.rest.next();
  }
  int(n: number): number {
    const v = this.script.shift();
    return v !== undefined ? Math.min(v, n - 1) : this.rest.int(n);
  }
}

function cluster(prngs: Prng[]): { nodes: Raft[]; storages: MemoryStorage[] } {
  const cs: ConfState = { voters: [1, 2, 3], learners: [], members: [1, 2, 3].map((id) => ({ nodeId: id, address: `n${id}` })) };
  const storages = [1, 2, 3].map(() => {
    const s = new MemoryStorage(cs);
    s.applySnapshot({ meta: { index: 1, term: 1, confState: cs }, data: new Uint8Array() });
    s.setHardState({ term: 1, vote: 0, commit: 1 });
    return s;
  });
  const nodes = [1, 2, 3].map((id, i) => new Raft({ id, storage: storages[i]!, prng: prngs[i]!, electionTimeoutTicks: 100, heartbeatTicks: 10 }));
  return { nodes, storages };
}

/** One round: every node's Ready is persisted and its messages delivered, except to/from `down`. */
function settle(nodes: Raft[], storages: MemoryStorage[], down: Set<number>): void {
  for (let round = 0; round < 50; round++) {
    const msgs: Message[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const r = nodes[i]!;
      if (down.has(r.id) || !r.hasReady()) continue;
      const rd = r.ready();
      storages[i]!.append(rd.entries);
      if (rd.hardState) storages[i]!.setHardState(rd.hardState);
      msgs.push(...rd.messages);
      r.advance(rd);
      r.persisted(rd);
    }
    if (msgs.length === 0) return;
    for (const m of msgs) if (!down.has(m.to) && !down.has(m.from)) nodes[m.to - 1]!.step(m);
  }
}

test('two followers that campaign at the same tick after a reset still elect within a few jitters', (t) => {
  // Election timeouts are drawn first (at construction); node 1's is short so it leads.
  const { nodes, storages } = cluster([new ScriptedPrng([0], 1), new ScriptedPrng([99, 99, 5], 2), new ScriptedPrng([99, 99, 5], 3)]);
  const [n1, n2, n3] = nodes as [Raft, Raft, Raft];
  n1.campaignNow();
  settle(nodes, storages, new Set());
  t.is(n1.state, 'leader');
  t.is(n2.lead, 1);
  t.is(n3.lead, 1);

  // Node 1 dies: both followers see its connection reset, and draw the same jitter (6 ticks).
  const down = new Set([1]);
  n2.peerUnreachable(1);
  n3.peerUnreachable(1);
  let elected = -1;
  for (let tick = 1; tick <= 100 && elected < 0; tick++) {
    n2.tick();
    n3.tick();
    settle(nodes, storages, down);
    if (n2.state === 'leader' || n3.state === 'leader') elected = tick;
  }
  // An election timeout is 100 ticks (randomized to 100-199); the fast path is bounded by a few
  // jitters of at most 20 ticks each.
  t.true(elected > 0 && elected <= 60, `elected after ${elected} ticks`);
  t.true(n2.term > 2 || n3.term > 2, 'the first (split) vote was at term 3, so a retry raised it');
});
