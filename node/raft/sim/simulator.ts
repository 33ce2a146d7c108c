// A deterministic simulator for the Raft core (in the manner of TigerBeetle's VOPR):
// one seed decides every fault knob and every random choice, so any failure replays
// exactly from its seed. A safety phase injects message loss, duplication, reordering
// and delay, symmetric / asymmetric / leader-isolating partitions, pauses, crashes that
// lose unflushed writes, spurious peerUnreachable reports, membership changes, leadership
// transfers, compaction and snapshots, and ReadIndex reads; the Checker runs after every
// step. A liveness phase then heals everything and requires a leader and a commit that
// reaches every member within a stated bound.
import {
  ConfChangeType,
  EntryType,
  MessageType,
  MemoryStorage,
  Raft,
  Sfc32,
  applyConfChange,
  isMember,
  isVoter,
  messageTypeName,
  type ConfState,
  type Entry,
  type Message,
  type RaftOptions,
  type Ready,
} from '../core/index.ts';
import { Checker, Violation, entryKey, nextHash } from './checker.ts';

export type BugName = 'vote-without-log-check' | 'commit-previous-term' | 'ack-before-persist' | 'vote-before-persist' | 'replicate-before-term-persisted';
export const BUGS: readonly BugName[] = ['vote-without-log-check', 'commit-previous-term', 'ack-before-persist', 'vote-before-persist', 'replicate-before-term-persisted'];

/** The Raft used by the simulator; broken variants override one rule. */
function makeRaft(opts: RaftOptions, bug: BugName | null): Raft {
  if (bug === 'vote-without-log-check') {
    return new (class extends Raft {
      protected override voteLogOk(): boolean {
        return true;
      }
    })(opts);
  }
  if (bug === 'commit-previous-term') {
    return new (class extends Raft {
      protected override commitAllowed(index: number): boolean {
        return index > this.log.committed;
      }
    })(opts);
  }
  return new Raft(opts);
}

export interface SimKnobs {
  nodes: number;
  electionTimeoutTicks: number;
  heartbeatTicks: number;
  safetyTicks: number;
  dropRate: number;
  dupRate: number;
  delayTicksMax: number;
  flushTicksMax: number;
  crashRate: number;
  /** Per Ready that must be flushed: the node crashes before the flush completes. */
  crashInFlushRate: number;
  /** The same, for a Ready that grants a vote or changes the node's term or vote. */
  crashInVoteFlushRate: number;
  /**
   * Of the crashes that are not inside a flush: the share that kill the process only (what it
   * wrote survives: the store flushes at the next open) rather than the machine (unflushed
   * writes are lost).
   */
  processCrashShare: number;
  /** Per tick: the current leader crashes (leader changes with divergent logs). */
  leaderCrashRate: number;
  /** Per election: the new leader crashes a few ticks later, before it has replicated much. */
  newLeaderCrashRate: number;
  /** Per election: the new leader is cut off at once, and goes on taking proposals alone. */
  newLeaderIsolateRate: number;
  restartTicksMax: number;
  msgBytesMax: number;
  /** Readies a node may have written and not yet seen flushed. */
  pipelineDepth: number;
  inflightMsgsMax: number;
  pauseRate: number;
  pauseTicksMax: number;
  partitionRate: number;
  partitionTicksMax: number;
  spuriousUnreachableRate: number;
  resetReportRate: number;
  proposeRate: number;
  confChangeRate: number;
  transferRate: number;
  readRate: number;
  compactLagEntries: number;
  tickSkipRate: number;
}

/** Every knob drawn from the seed, so the printed seed is the whole reproduction. */
export function knobsForSeed(seed: number, nodes?: number): SimKnobs {
  const r = new Sfc32(seed ^ 0x5eed);
  const electionTimeoutTicks = 10 + r.int(11);
  const k: SimKnobs = {
    nodes: nodes ?? r.pick([1, 3, 3, 5, 5]),
    electionTimeoutTicks,
    heartbeatTicks: 1 + r.int(3),
    safetyTicks: 1200 + r.int(800),
    dropRate: r.pick([0, 0.01, 0.05, 0.1, 0.2]),
    dupRate: r.pick([0, 0.01, 0.05]),
    delayTicksMax: 1 + r.int(4),
    flushTicksMax: r.pick([0, 1, 2, 3, 6]),
    crashRate: r.pick([0, 0.002, 0.005, 0.01]),
    crashInFlushRate: r.pick([0, 0, 0.005, 0.02]),
    crashInVoteFlushRate: r.pick([0, 0.05, 0.2]),
    leaderCrashRate: r.pick([0, 0, 0.003, 0.01]),
    processCrashShare: r.pick([0, 0.5]),
    newLeaderCrashRate: r.pick([0, 0, 0.2, 0.5]),
    newLeaderIsolateRate: r.pick([0, 0, 0.1, 0.3]),
    restartTicksMax: r.pick([3, 10, 30, 60]),
    msgBytesMax: r.pick([32, 64, 256]),
    pipelineDepth: r.pick([1, 2, 4]),
    inflightMsgsMax: r.pick([1, 2, 4, 16]),
    pauseRate: r.pick([0, 0.002, 0.005]),
    pauseTicksMax: 5 + r.int(60),
    partitionRate: r.pick([0, 0.003, 0.01]),
    partitionTicksMax: 10 + r.int(120),
    spuriousUnreachableRate: r.pick([0, 0.005, 0.02]),
    resetReportRate: r.pick([0.5, 0.9, 1]),
    proposeRate: r.pick([0.1, 0.3, 0.7]),
    confChangeRate: r.pick([0, 0.005, 0.02]),
    transferRate: r.pick([0, 0.003, 0.01]),
    readRate: r.pick([0, 0.02, 0.1]),
    compactLagEntries: 8 + r.int(60),
    tickSkipRate: r.pick([0, 0.05, 0.2]),
  };
  // An election needs a PreVote and a Vote round trip, each reply behind a flush. Real sites
  // have an election timeout many round trips long; keep at least two worst-case round trips,
  // or candidates that time out together keep splitting the vote (a property of the knobs, not
  // of Raft).
  const roundTripTicksMax = 2 * (k.delayTicksMax + 1 + k.flushTicksMax);
  k.electionTimeoutTicks = Math.max(k.electionTimeoutTicks, 2 * roundTripTicksMax);
  return k;
}

interface SmState {
  applied: number;
  hash: number;
  conf: ConfState;
}

interface Durable {
  storage: MemoryStorage;
  sm: SmState;
}

interface InFlight {
  deliverAt: number;
  seq: number;
  m: Message;
}

interface PendingPersist {
  rd: Ready;
  flushAt: number;
  captured: Durable;
  sentEarly: Set<Message>;
}

class SimNode {
  raft: Raft | null = null;
  storage: MemoryStorage;
  sm: SmState;
  durable: Durable;
  /** Writes handed to the disk, oldest first, each waiting for its flush. */
  pending: PendingPersist[] = [];
  pausedUntil = 0;
  restartAt = -1;
  crashAt = -1;
  crashKind: 'power' | 'process' | null = null;
  wasLeaderTerm = 0;
  /** Proposals this node made as leader: index → term, for client acknowledgements. */
  readonly proposed = new Map<number, number>();
  /** Reads this node asked for: context → acknowledged index at issue time. */
  readonly reads = new Map<string, number>();

  constructor(readonly id: number, storage: MemoryStorage, sm: SmState) {
    this.storage = storage;
    this.sm = sm;
    this.durable = { storage: storage.clone(), sm: { ...sm } };
  }

  get up(): boolean {
    return this.raft !== null;
  }
}

export interface SimResult {
  seed: number;
  ok: boolean;
  violation?: string;
  tick: number;
  knobs: SimKnobs;
  stats: SimStats;
  trace: string[];
}

export interface SimStats {
  leadersElected: number;
  committed: number;
  crashes: number;
  pauses: number;
  partitions: number;
  confChanges: number;
  transfers: number;
  snapshotsSent: number;
  readsServed: number;
  messagesDelivered: number;
  /** Ticks from healing to a leader, and to a proposal applied on every member (and its bound). */
  livenessLeaderTicks: number;
  livenessTicks: number;
  livenessTicksMax: number;
}

export interface SimOptions {
  seed: number;
  nodes?: number;
  bug?: BugName | null;
  /** Keep the last N trace lines for the failure report. */
  traceLines?: number;
}

const MEMBER_IDS_MAX = 9;

export class Simulation {
  readonly seed: number;
  readonly knobs: SimKnobs;
  private readonly prng: Sfc32;
  private readonly bug: BugName | null;
  private readonly checker = new Checker();
  private readonly nodes = new Map<number, SimNode>();
  private net: InFlight[] = [];
  private seq = 0;
  private now = 0;
  private proposalSeq = 0;
  private readSeq = 0;
  private nextNodeId: number;
  private blocked = new Set<string>();
  private partitionUntil = 0;
  private healing = false;
  private readonly trace: string[] = [];
  private readonly sentEntries = new WeakSet<Entry>();
  private readonly traceLines: number;
  readonly stats: SimStats = {
    leadersElected: 0,
    committed: 0,
    crashes: 0,
    pauses: 0,
    partitions: 0,
    confChanges: 0,
    transfers: 0,
    snapshotsSent: 0,
    readsServed: 0,
    messagesDelivered: 0,
    livenessLeaderTicks: 0,
    livenessTicks: 0,
    livenessTicksMax: 0,
  };

  constructor(opts: SimOptions) {
    this.seed = opts.seed;
    this.knobs = knobsForSeed(opts.seed, opts.nodes);
    this.prng = new Sfc32(opts.seed);
    this.bug = opts.bug ?? null;
    this.traceLines = opts.traceLines ?? 60;
    const ids = Array.from({ length: this.knobs.nodes }, (_, i) => i + 1);
    this.nextNodeId = ids.length + 1;
    const conf: ConfState = { voters: ids, learners: [], members: ids.map((id) => ({ nodeId: id, address: `sim-${id}` })) };
    for (const id of ids) {
      // Bootstrap: every initial member starts from the same snapshot at index 1 holding the
      // initial membership, so a node added later always catches up from a snapshot first.
      const storage = new MemoryStorage(conf);
      const data = encodeSm({ applied: 1, hash: 0, conf });
      storage.applySnapshot({ meta: { index: 1, term: 1, confState: conf }, data });
      storage.setHardState({ term: 1, vote: 0, commit: 1 });
      const node = new SimNode(id, storage, { applied: 1, hash: 0, conf });
      this.nodes.set(id, node);
      this.start(node);
    }
  }

  run(): SimResult {
    try {
      for (; this.now < this.knobs.safetyTicks; this.now++) {
        this.injectFaults();
        this.step();
      }
      this.heal();
      // Liveness bounds, stated: a leader within 10 election timeouts of healing; then a
      // proposal applied on every member within 10 more, plus 4 ticks for each entry the
      // slowest node must catch up (the simulator's windows are deliberately tiny).
      const healedAt = this.now;
      const leaderDeadline = healedAt + 10 * this.knobs.electionTimeoutTicks;
      const backlog = this.backlogEntries();
      const deadline = leaderDeadline + 10 * this.knobs.electionTimeoutTicks + 4 * backlog;
      let target: { key: string; at: number } | null = null;
      let leaderSeen = false;
      for (; this.now < deadline; this.now++) {
        this.restartDue();
        this.step();
        const leader = this.currentLeader();
        if (leader) {
          if (!leaderSeen) this.stats.livenessLeaderTicks = this.now - healedAt;
          leaderSeen = true;
        } else if (!leaderSeen && this.now >= leaderDeadline) {
          throw new Violation(`liveness: no leader ${this.now - healedAt} ticks after healing; ${this.describeNodes()}`);
        }
        if (leader && (target === null || this.now - target.at > this.knobs.electionTimeoutTicks * 2)) {
          const key = `live-${++this.proposalSeq}`;
          const res = leader.raft!.propose(new TextEncoder().encode(key));
          if (res.ok) target = { key, at: this.now };
        }
        if (target && this.everyMemberApplied(target.key)) {
          this.stats.livenessTicks = this.now - healedAt;
          this.stats.livenessTicksMax = deadline - healedAt;
          return this.result(null);
        }
      }
      const leader = this.currentLeader();
      throw new Violation(
        `liveness: ${deadline - healedAt} ticks after healing (backlog ${backlog} entries), ` +
          `${leader ? `leader ${leader.id} has not committed a proposal on every member` : 'there is no leader'}; ${this.describeNodes()}`,
      );
    } catch (err) {
      if (err instanceof Violation) return this.result(err.message);
      const e = err as Error;
      return this.result(`crash: ${e.stack ?? e.message}`);
    }
  }

  private result(violation: string | null): SimResult {
    this.stats.committed = this.checker.maxCommitted;
    const r: SimResult = { seed: this.seed, ok: violation === null, tick: this.now, knobs: this.knobs, stats: this.stats, trace: this.trace };
    if (violation !== null) r.violation = violation;
    return r;
  }

  private log(line: string): void {
    if (this.traceLines <= 0) return;
    this.trace.push(`t=${this.now} ${line}`);
    if (this.trace.length > this.traceLines) this.trace.shift();
  }

  // ------------------------------------------------------------ lifecycle

  private start(node: SimNode): void {
    node.storage = node.durable.storage.clone();
    node.sm = { ...node.durable.sm };
    node.pending = [];
    node.proposed.clear();
    node.reads.clear();
    node.wasLeaderTerm = 0;
    node.raft = makeRaft(
      {
        id: node.id,
        storage: node.storage,
        prng: new Sfc32(this.prng.nextU32()),
        applied: node.sm.applied,
        electionTimeoutTicks: this.knobs.electionTimeoutTicks,
        heartbeatTicks: this.knobs.heartbeatTicks,
        msgBytesMax: this.knobs.msgBytesMax,
        inflightMsgsMax: this.knobs.inflightMsgsMax,
        inflightBytesMax: 1024,
        entryBytesMax: 256,
        uncommittedBytesMax: 4096,
        applyBytesMax: 256,
        learnerLagEntriesMax: 4,
      },
      this.bug,
    );
    this.log(`start ${node.id} applied=${node.sm.applied} last=${node.storage.lastIndex()}`);
  }

  private crash(node: SimNode, kind: 'power' | 'process' = this.prng.chance(this.knobs.processCrashShare) ? 'process' : 'power'): void {
    if (kind === 'process') {
      // The process dies but the machine does not: everything it wrote reaches the disk (the
      // store syncs at the next open), flushed or not.
      node.durable = { storage: node.storage.clone(), sm: { ...node.sm } };
      for (const p of node.pending) this.recordDurable(node, p.rd, node.durable.storage);
    }
    node.raft = null;
    node.crashAt = -1;
    node.crashKind = null;
    node.pending = [];
    node.restartAt = this.now + 1 + this.prng.int(this.knobs.restartTicksMax);
    this.stats.crashes++;
    this.log(`crash ${node.id} (${kind}; restart at ${node.restartAt})`);
    // A killed process resets its connections: peers usually notice at once.
    for (const peer of this.nodes.values()) {
      if (peer.up && peer.id !== node.id && this.prng.chance(this.knobs.resetReportRate)) {
        peer.raft!.peerUnreachable(node.id);
      }
    }
  }

  private restartDue(): void {
    for (const node of this.nodes.values()) {
      if (!node.up && node.restartAt >= 0 && this.now >= node.restartAt) {
        node.restartAt = -1;
        this.start(node);
      }
    }
  }

  // ------------------------------------------------------------ faults

  private injectFaults(): void {
    const k = this.knobs;
    const p = this.prng;
    this.restartDue();
    const all = [...this.nodes.values()];
    if (k.crashRate > 0 && p.chance(k.crashRate)) {
      // Prefer a node with writes in flight: that is where lost flushes bite.
      const live = all.filter((n) => n.up);
      const flushing = live.filter((n) => n.pending.length > 0);
      if (live.length > 0) this.crash(flushing.length > 0 && p.chance(0.7) ? p.pick(flushing) : p.pick(live));
    }
    for (const n of all) {
      if (n.up && n.crashAt >= 0 && this.now >= n.crashAt) this.crash(n, n.crashKind ?? undefined);
    }
    if (k.leaderCrashRate > 0 && p.chance(k.leaderCrashRate)) {
      const leaders = all.filter((n) => n.up && n.raft!.state === 'leader');
      if (leaders.length > 0) this.crash(p.pick(leaders));
    }
    const up = all.filter((n) => n.up);
    if (k.pauseRate > 0 && p.chance(k.pauseRate) && up.length > 0) {
      const leaders = up.filter((n) => n.raft!.state === 'leader');
      const victim = leaders.length > 0 && p.chance(0.5) ? p.pick(leaders) : p.pick(up);
      victim.pausedUntil = this.now + 1 + p.int(k.pauseTicksMax);
      this.stats.pauses++;
      this.log(`pause ${victim.id} until ${victim.pausedUntil}`);
    }
    if (this.blocked.size > 0 && this.now >= this.partitionUntil) {
      this.blocked.clear();
      this.log('partition healed');
    }
    if (k.partitionRate > 0 && this.blocked.size === 0 && p.chance(k.partitionRate)) this.partition();
    if (k.spuriousUnreachableRate > 0 && p.chance(k.spuriousUnreachableRate) && up.length > 1) {
      const node = p.pick(up);
      const peer = p.pick(all.filter((n) => n.id !== node.id));
      node.raft!.peerUnreachable(peer.id);
      this.log(`spurious unreachable ${peer.id} reported to ${node.id}`);
    }
    const leaders = up.filter((n) => n.raft!.state === 'leader' && this.now >= n.pausedUntil);
    for (const leader of leaders) {
      if (p.chance(k.proposeRate)) this.propose(leader);
      if (k.confChangeRate > 0 && p.chance(k.confChangeRate)) this.changeMembership(leader);
      if (k.transferRate > 0 && p.chance(k.transferRate)) {
        const target = p.pick(leader.raft!.conf.voters);
        if (leader.raft!.transferLeadership(target)) {
          this.stats.transfers++;
          this.log(`transfer ${leader.id} -> ${target}`);
        }
      }
    }
    if (k.readRate > 0 && p.chance(k.readRate) && up.length > 0) {
      const node = p.pick(up);
      const ctx = `r${++this.readSeq}`;
      if (node.raft!.readIndex(new TextEncoder().encode(ctx))) node.reads.set(ctx, this.checker.maxAcked);
    }
  }

  private partition(): void {
    const p = this.prng;
    const ids = [...this.nodes.keys()];
    const kind = p.int(3);
    if (kind === 0) {
      // Symmetric split into two sides.
      const side = new Set(ids.filter(() => p.chance(0.5)));
      for (const a of ids) for (const b of ids) if (side.has(a) !== side.has(b)) this.blocked.add(`${a}>${b}`);
      this.log(`partition symmetric {${[...side].join(',')}} | rest`);
    } else if (kind === 1) {
      // Asymmetric: some directed links drop everything.
      for (const a of ids) for (const b of ids) if (a !== b && p.chance(0.3)) this.blocked.add(`${a}>${b}`);
      this.log(`partition asymmetric ${[...this.blocked].join(' ')}`);
    } else {
      // Isolate the leader (or a random node if none).
      const leader = [...this.nodes.values()].find((n) => n.up && n.raft!.state === 'leader');
      this.isolate(leader ? leader.id : p.pick(ids));
      return;
    }
    this.partitionUntil = this.now + 1 + p.int(this.knobs.partitionTicksMax);
    this.stats.partitions++;
  }

  private isolate(victim: number): void {
    for (const b of this.nodes.keys()) {
      if (b === victim) continue;
      this.blocked.add(`${victim}>${b}`);
      this.blocked.add(`${b}>${victim}`);
    }
    this.partitionUntil = this.now + 1 + this.prng.int(this.knobs.partitionTicksMax);
    this.stats.partitions++;
    this.log(`partition isolates ${victim} until ${this.partitionUntil}`);
  }

  private propose(leader: SimNode): void {
    const key = `p${++this.proposalSeq}`;
    const res = leader.raft!.propose(new TextEncoder().encode(key));
    if (res.ok) leader.proposed.set(res.index, res.term);
  }

  private changeMembership(leader: SimNode): void {
    const p = this.prng;
    const raft = leader.raft!;
    const conf = raft.conf;
    const choices: Array<() => void> = [];
    // A lone voter with a learner is a setup of its own (growing a one-node site): keep it a while.
    if (conf.learners.length > 0 && conf.voters.length < 5 && (conf.voters.length > 1 || p.chance(0.1))) {
      const id = p.pick(conf.learners);
      choices.push(() => this.proposeConf(leader, ConfChangeType.CONF_PROMOTE, id));
    }
    if (conf.learners.length === 0 && this.nextNodeId <= MEMBER_IDS_MAX) {
      choices.push(() => {
        const id = this.nextNodeId;
        if (this.proposeConf(leader, ConfChangeType.CONF_ADD_LEARNER, id)) {
          this.nextNodeId++;
          // A brand-new node: empty storage, no membership; it learns everything from a snapshot.
          const node = new SimNode(id, new MemoryStorage(), { applied: 0, hash: 0, conf: { voters: [], learners: [], members: [] } });
          this.nodes.set(id, node);
          this.start(node);
        }
      });
    }
    if (conf.voters.length > 3 || (conf.voters.length > 2 && p.chance(0.3))) {
      const id = p.pick(conf.voters);
      choices.push(() => this.proposeConf(leader, ConfChangeType.CONF_REMOVE, id));
    }
    if (conf.learners.length > 0 && p.chance(0.2)) {
      const id = p.pick(conf.learners);
      choices.push(() => this.proposeConf(leader, ConfChangeType.CONF_REMOVE, id));
    }
    if (choices.length > 0) p.pick(choices)();
  }

  private proposeConf(leader: SimNode, type: ConfChangeType, nodeId: number): boolean {
    const res = leader.raft!.proposeConfChange({ type, nodeId, address: `sim-${nodeId}` });
    if (res.ok) {
      this.stats.confChanges++;
      this.log(`conf change ${ConfChangeType[type]} ${nodeId} at ${res.index} by ${leader.id}`);
    }
    return res.ok;
  }

  private heal(): void {
    this.healing = true;
    this.blocked.clear();
    for (const node of this.nodes.values()) {
      node.pausedUntil = 0;
      if (!node.up) node.restartAt = this.now;
    }
    this.restartDue();
    this.log('healed');
  }

  // ------------------------------------------------------------ one tick

  private step(): void {
    this.deliver();
    for (const node of this.nodes.values()) {
      if (!node.up || this.now < node.pausedUntil) continue;
      if (this.knobs.tickSkipRate > 0 && !this.healing && this.prng.chance(this.knobs.tickSkipRate)) continue;
      node.raft!.tick();
    }
    for (const node of this.nodes.values()) this.processReady(node);
    this.checkLeaders();
    this.checkDurable();
    this.compact();
  }

  /** See Checker.checkCommittedDurable. */
  private checkDurable(): void {
    const voters = this.checker.committedVoters;
    if (voters.length === 0) return;
    const voterLasts = new Map<number, { lastIndex: number; lastTerm: number }>();
    for (const id of voters) {
      const node = this.nodes.get(id);
      if (node) voterLasts.set(id, lastOf(node.durable.storage));
    }
    const candidates: Array<{ id: number; lastIndex: number; lastTerm: number; holds: (i: number, t: number) => boolean }> = [];
    for (const id of voters) {
      const node = this.nodes.get(id);
      if (!node) continue;
      // Its durable log is what it campaigns with after a restart; its live log, now.
      const logs = [node.durable.storage];
      if (node.up) logs.push(node.storage);
      for (const storage of logs) {
        if (!sameVoters(confOf(storage), voters)) continue;
        const last = lastOf(storage);
        candidates.push({
          id,
          ...last,
          holds: (i, t) => i <= storage.firstIndex() - 1 || termIn(storage, i) === t,
        });
      }
    }
    this.checker.checkCommittedDurable(voters, candidates, voterLasts);
  }

  private deliver(): void {
    if (this.net.length === 0) return;
    const due: InFlight[] = [];
    const later: InFlight[] = [];
    for (const f of this.net) (f.deliverAt <= this.now ? due : later).push(f);
    this.net = later;
    due.sort((a, b) => a.deliverAt - b.deliverAt || a.seq - b.seq);
    for (const f of due) {
      const to = this.nodes.get(f.m.to);
      const blocked = this.blocked.has(`${f.m.from}>${f.m.to}`);
      if (!to || !to.up || blocked) {
        this.reportSnapshotOutcome(f.m, false);
        continue;
      }
      if (this.now < to.pausedUntil) {
        // A paused process reads its socket when it resumes.
        f.deliverAt = to.pausedUntil;
        this.net.push(f);
        continue;
      }
      to.raft!.step(f.m);
      this.stats.messagesDelivered++;
      this.reportSnapshotOutcome(f.m, true);
      this.processReady(to);
    }
  }

  private reportSnapshotOutcome(m: Message, ok: boolean): void {
    if (m.type !== MessageType.MSG_SNAP) return;
    const from = this.nodes.get(m.from);
    if (from?.up) from.raft!.reportSnapshot(m.to, ok);
  }

  private send(m: Message): void {
    const k = this.knobs;
    // Raft's persistent state is on stable storage before a node acts in it: every message but
    // PreVote's (which changes no term) leaves with a term its sender has flushed.
    if (m.type !== MessageType.MSG_PRE_VOTE && m.type !== MessageType.MSG_PRE_VOTE_RESP) {
      const sender = this.nodes.get(m.from);
      const durableTerm = sender ? sender.durable.storage.hardState.term : 0;
      if (m.term > durableTerm) {
        throw new Violation(`durability: node ${m.from} sent ${messageTypeName(m.type)} of term ${m.term} before that term was on disk (durable term ${durableTerm})`);
      }
    }
    if (m.type === MessageType.MSG_APP && m.entries.length > 0) {
      // Entries are shared objects, resent many times: check each one once.
      const fresh = m.entries.filter((e) => !this.sentEntries.has(e));
      for (const e of fresh) this.sentEntries.add(e);
      if (fresh.length > 0) this.checker.onPersist(m.from, fresh, () => undefined);
    }
    if (m.type === MessageType.MSG_VOTE_RESP && !m.reject) this.checker.onVoteGranted(m.from, m.term, m.to);
    if (!this.healing && this.prng.chance(k.dropRate)) {
      this.reportSnapshotOutcome(m, false);
      return;
    }
    const copies = !this.healing && this.prng.chance(k.dupRate) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      this.net.push({ deliverAt: this.now + 1 + this.prng.int(k.delayTicksMax), seq: ++this.seq, m });
    }
    if (m.type === MessageType.MSG_SNAP) this.stats.snapshotsSent++;
  }

  /**
   * The host loop, pipelined like the real one (node/raft/host.ts): write → send the leader's
   * replication traffic → apply → advance, then the next Ready while earlier flushes are still
   * under way; as each flush completes, in order: the late messages (votes, acknowledgements)
   * and persisted(). Up to pipelineDepth Readies wait for their flush.
   */
  private processReady(node: SimNode): void {
    for (let guard = 0; guard < 100 && node.up && this.now >= node.pausedUntil; guard++) {
      const head = node.pending[0];
      if (head && this.now >= head.flushAt) {
        this.completeFlush(node);
        continue;
      }
      const raft = node.raft!;
      if (node.pending.length >= this.knobs.pipelineDepth || !raft.hasReady()) return;
      const rd = raft.ready();
      if (rd.snapshot) {
        node.storage.applySnapshot(rd.snapshot);
        node.sm = decodeSm(rd.snapshot.data);
        this.checker.onRestore(node.id, node.sm.applied, node.sm.hash);
      }
      if (rd.entries.length > 0) node.storage.append(rd.entries);
      // Like the real host, write the hard state only when term or vote changed: a commit index
      // alone is recovered from the applied index after a restart.
      const hs = rd.hardState;
      if (hs && (hs.term !== node.storage.hardState.term || hs.vote !== node.storage.hardState.vote)) node.storage.setHardState(hs);
      // The leader's replication traffic leaves at once, in parallel with the write (as the
      // real host does); the broken variants also let acknowledgements or votes out early.
      const sentEarly = new Set<Message>();
      for (const m of rd.messages) {
        const replication = m.type === MessageType.MSG_APP || m.type === MessageType.MSG_HEARTBEAT || m.type === MessageType.MSG_SNAP;
        const early =
          (this.bug === 'replicate-before-term-persisted' ? replication : raft.canSendBeforePersist(m)) ||
          (this.bug === 'ack-before-persist' && m.type === MessageType.MSG_APP_RESP && !m.reject) ||
          (this.bug === 'vote-before-persist' && m.type === MessageType.MSG_VOTE_RESP && !m.reject);
        if (early) {
          sentEarly.add(m);
          this.send(m);
        }
      }
      // Committed entries are durable on a quorum already: applied with the write.
      for (const e of rd.committedEntries) this.apply(node, e);
      for (const rs of rd.readStates) {
        const ctx = new TextDecoder().decode(rs.context);
        const acked = node.reads.get(ctx);
        if (acked !== undefined) {
          node.reads.delete(ctx);
          this.checker.onRead(node.id, rs.index, acked);
          this.stats.readsServed++;
        }
      }
      raft.advance(rd);
      const captured: Durable = { storage: node.storage.clone(), sm: { ...node.sm } };
      const prevFlushAt = node.pending[node.pending.length - 1]?.flushAt ?? this.now;
      let flushAt = Math.max(prevFlushAt, rd.mustSync ? this.now + this.prng.int(this.knobs.flushTicksMax + 1) : this.now);
      // Crashes around elections are where votes and terms get lost: a write that grants a vote
      // or moves this node's term or vote gets the higher crash rate.
      const durableHs = node.durable.storage.hardState;
      const electionWrite =
        rd.messages.some((m) => m.type === MessageType.MSG_VOTE_RESP && !m.reject) ||
        (rd.hardState !== null && (rd.hardState.term !== durableHs.term || rd.hardState.vote !== durableHs.vote));
      const crashRate = electionWrite ? Math.max(this.knobs.crashInFlushRate, this.knobs.crashInVoteFlushRate) : this.knobs.crashInFlushRate;
      const crashInFlush = rd.mustSync && !this.healing && crashRate > 0 && this.prng.chance(crashRate);
      if (crashInFlush) flushAt = Math.max(flushAt, this.now + 1 + this.prng.int(4));
      node.pending.push({ rd, flushAt, captured, sentEarly });
      if (crashInFlush) {
        // Power fails while this write is in flight, now or a little later (when later writes
        // may have been handed out too): it is lost, and so is everything after it.
        const at = this.now + this.prng.int(flushAt - this.now);
        if (at === this.now) {
          this.crash(node, 'power');
          return;
        }
        node.crashAt = at;
        node.crashKind = 'power';
      }
    }
  }

  /** The oldest write in flight reached the disk. */
  private completeFlush(node: SimNode): void {
    const { rd, captured, sentEarly } = node.pending.shift()!;
    node.durable = captured;
    this.recordDurable(node, rd, captured.storage);
    for (const m of rd.messages) if (!sentEarly.has(m)) this.send(m);
    node.raft!.persisted(rd);
  }

  /**
   * Log matching is checked on what leaves a node's memory (durable writes, entries sent): a
   * lone node may legitimately write, lose in a crash and rewrite an entry nobody ever saw.
   */
  private recordDurable(node: SimNode, rd: Ready, storage: MemoryStorage): void {
    if (rd.entries.length > 0) this.checker.onPersist(node.id, rd.entries, (i) => termIn(storage, i));
  }

  private apply(node: SimNode, e: Entry): void {
    if (e.index !== node.sm.applied + 1) {
      throw new Violation(`apply order: node ${node.id} applies ${e.index} after ${node.sm.applied}`);
    }
    const hash = nextHash(node.sm.hash, entryKey(e));
    node.sm.applied = e.index;
    node.sm.hash = hash;
    if (e.type === EntryType.ENTRY_CONF_CHANGE && e.confChange) node.sm.conf = applyConfChange(node.sm.conf, e.confChange);
    this.checker.onApply(node.id, e, hash, node.sm.conf.voters);
    const term = node.proposed.get(e.index);
    if (term !== undefined) {
      node.proposed.delete(e.index);
      // The client's acknowledgement: its entry, in its term, is applied.
      if (term === e.term && e.index > this.checker.maxAcked) this.checker.maxAcked = e.index;
    }
  }

  private checkLeaders(): void {
    for (const node of this.nodes.values()) {
      const raft = node.raft;
      if (!raft || raft.state !== 'leader') continue;
      // A leader exists for the rest of the world once its term is on disk: before that it has
      // sent nothing and committed nothing in that term (a lone voter elects itself in memory,
      // and a crash before the flush leaves no trace of that term at all).
      if (node.durable.storage.hardState.term < raft.term) continue;
      this.checker.onLeader(raft.term, node.id);
      if (node.wasLeaderTerm !== raft.term) {
        node.wasLeaderTerm = raft.term;
        this.stats.leadersElected++;
        this.log(`leader ${node.id} term ${raft.term} last=${raft.log.lastIndex()} commit=${raft.log.committed}`);
        if (!this.healing && this.knobs.newLeaderCrashRate > 0 && this.prng.chance(this.knobs.newLeaderCrashRate)) {
          node.crashAt = this.now + 1 + this.prng.int(8);
          node.crashKind = 'power'; // a new leader's first writes may still be in flight
        }
        if (!this.healing && this.blocked.size === 0 && this.knobs.newLeaderIsolateRate > 0 && this.prng.chance(this.knobs.newLeaderIsolateRate)) {
          this.isolate(node.id);
        }
        const first = raft.log.firstIndex();
        this.checker.checkLeaderCompleteness(node.id, raft.term, first - 1, (i) => (i < first ? undefined : raft.log.termOrZero(i) || undefined));
      }
    }
  }

  /** Compaction: each node snapshots its state machine once the log grows past a lag. */
  private compact(): void {
    for (const node of this.nodes.values()) {
      if (!node.up) continue;
      const applied = node.sm.applied;
      if (applied - node.storage.firstIndex() < this.knobs.compactLagEntries) continue;
      if (applied > node.storage.lastIndex()) continue;
      node.storage.createSnapshot(applied, node.sm.conf, encodeSm(node.sm));
      this.log(`compact ${node.id} at ${applied}`);
    }
  }

  // ------------------------------------------------------------ liveness helpers

  /** Entries the slowest node must still apply to catch up with the longest log. */
  private backlogEntries(): number {
    let maxLast = 0;
    let minApplied = Number.MAX_SAFE_INTEGER;
    for (const node of this.nodes.values()) {
      maxLast = Math.max(maxLast, node.storage.lastIndex());
      minApplied = Math.min(minApplied, node.sm.applied);
    }
    return Math.max(0, maxLast - minApplied);
  }

  private currentLeader(): SimNode | null {
    let best: SimNode | null = null;
    for (const node of this.nodes.values()) {
      const r = node.raft;
      if (r && r.state === 'leader' && (!best || r.term > best.raft!.term)) best = node;
    }
    return best;
  }

  private everyMemberApplied(key: string): boolean {
    const leader = this.currentLeader();
    if (!leader) return false;
    let index = -1;
    for (const [i, c] of this.checker.committed) if (c.key === key) index = i;
    if (index < 0) return false;
    const conf = leader.raft!.conf;
    for (const node of this.nodes.values()) {
      if (!isMember(conf, node.id)) continue;
      if (!node.up || node.sm.applied < index) return false;
    }
    return isVoter(conf, leader.id);
  }

  private describeNodes(): string {
    return [...this.nodes.values()]
      .map((n) => {
        if (!n.raft) return `${n.id}:down`;
        const s = n.raft.status();
        return `${n.id}:${s.state}/t${s.term}/lead${s.lead}/c${s.commit}/a${n.sm.applied}/last${s.lastIndex}/voters[${s.confState.voters}]/learners[${s.confState.learners}]`;
      })
      .join(' ');
  }
}

function lastOf(storage: MemoryStorage): { lastIndex: number; lastTerm: number } {
  const lastIndex = storage.lastIndex();
  return { lastIndex, lastTerm: storage.term(lastIndex) };
}

/** The membership a node restarted from this storage would use: the snapshot's, then every conf entry after it. */
function confOf(storage: MemoryStorage): ConfState {
  let cs = storage.snapshot().meta.confState;
  for (let i = 1; i < storage.ents.length; i++) {
    const e = storage.ents[i]!;
    if (e.type === EntryType.ENTRY_CONF_CHANGE && e.confChange) cs = applyConfChange(cs, e.confChange);
  }
  return cs;
}

function sameVoters(cs: ConfState, voters: readonly number[]): boolean {
  return cs.voters.length === voters.length && cs.voters.every((v, i) => v === voters[i]);
}

function termIn(storage: MemoryStorage, i: number): number | undefined {
  if (i < storage.firstIndex() - 1 || i > storage.lastIndex()) return undefined;
  return storage.term(i);
}

function encodeSm(sm: SmState): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(sm));
}

function decodeSm(data: Uint8Array): SmState {
  return JSON.parse(new TextDecoder().decode(data)) as SmState;
}

export function runSeed(opts: SimOptions): SimResult {
  return new Simulation(opts).run();
}

export function describeKnobs(k: SimKnobs): string {
  return Object.entries(k)
    .map(([name, v]) => `${name}=${v}`)
    .join(' ');
}

export function replayCommand(seed: number, opts: { nodes?: number; bug?: BugName | null }): string {
  const parts = ['npm run sim --', `--seed ${seed}`];
  if (opts.nodes) parts.push(`--nodes ${opts.nodes}`);
  if (opts.bug) parts.push(`--bug ${opts.bug}`);
  parts.push('--trace');
  return parts.join(' ');
}

export { messageTypeName };

/** The first violating seed in [first, first + count), or null. */
export function runSeedsUntilViolation(opts: { first: number; count: number; bug?: BugName | null; nodes?: number }): SimResult | null {
  for (let seed = opts.first; seed < opts.first + opts.count; seed++) {
    const r = runSeed({ seed, bug: opts.bug ?? null, nodes: opts.nodes, traceLines: 0 });
    if (!r.ok) return r;
  }
  return null;
}
