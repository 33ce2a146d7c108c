// The host loop: the one place that drives the pure core against the disk, the network and
// the state machine, in the order the Ready contract demands:
//
//   persist (snapshot, entries, hard state; flushed when mustSync)
//     → send (votes and append acknowledgements only now: durable before answered)
//       → apply (committed entries; answer the proposals and reads they complete)
//         → advance
//
// Everything else (ticks, incoming messages, proposals) only steps the core and wakes the loop.
import { randomBytes } from 'node:crypto';
import { FedmqError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ConfChange, Entry, HardState, Member, Message, Raft, RaftStatus, Ready, SnapshotMeta, Storage } from './core/index.ts';
import { NONE } from './core/index.ts';
import type { StagedSnapshot, StateMachine } from './state-machine.ts';
import type { RaftTransport, TransportHandler } from './transport-types.ts';

/** The durable log the host writes: the core's Storage plus writes. */
export interface DurableLog extends Storage {
  /** One transaction; resolves after commit and, when sync, after the flush to disk. */
  persist(rd: { hardState: HardState | null; entries: Entry[] }, sync: boolean): Promise<void>;
  /** Resolves once everything committed so far is on disk. */
  flushed(): Promise<void>;
  /** Drops the log and records the snapshot point; runs inside the state machine's restore transaction. */
  installSnapshot(meta: SnapshotMeta): void;
  /** Drops entries up to meta.index (applied) and records meta as the snapshot point. */
  compact(meta: SnapshotMeta): Promise<void>;
}

export interface RaftHostOptions {
  raft: Raft;
  log: DurableLog;
  stateMachine: StateMachine;
  logger: Logger;
  tickMs: number;
  requestTimeoutMs: number;
  /** Compact once this many entries are applied past the oldest checkpoint kept. */
  compactEveryEntries: number;
}

/** Resolves after the current event-loop turn (I/O included). */
function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Readies written whose flush is not yet complete, at most. Bounds memory and latency. */
const PIPELINE_DEPTH_MAX = 4;

/** Where the loop spends its time: for operators (/status) and the benchmark. */
export interface LoopStats {
  readies: number;
  entriesPersisted: number;
  entriesApplied: number;
  /** Time the loop waited for LMDB to commit its writes (not their flush). */
  writeMs: number;
  /** Time from a write's commit to its flush (overlapping the next writes). */
  flushWaitMs: number;
  /** Time the loop had nothing to do, or waited for a pipeline slot. */
  idleMs: number;
}

export interface ProposalOutcome {
  index: number;
  term: number;
  result: unknown;
}

interface PendingProposal {
  term: number;
  resolve(o: ProposalOutcome): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

interface PendingRead {
  index: number | null;
  resolve(): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

export class RaftHost implements TransportHandler {
  private readonly raft: Raft;
  private readonly log: DurableLog;
  private readonly sm: StateMachine;
  private readonly logger: Logger;
  private readonly opts: RaftHostOptions;
  private transport: RaftTransport | null = null;

  private running = false;
  private stopped = false;
  private stopping: Promise<void> | null = null;
  private loopDone: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private ticker: NodeJS.Timeout | null = null;
  private fatal: Error | null = null;

  private readonly proposals = new Map<number, PendingProposal>();
  private readonly reads = new Map<string, PendingRead>();
  private readonly readsWaitingApply: PendingRead[] = [];
  private readSeq = 0n;
  private readonly readPrefix = randomBytes(8);
  private staged: StagedSnapshot | null = null;
  private lastMembers: Member[] | null = null;
  private lastMembersKey = '';
  /** The term and vote last written (the commit index is not written on its own). */
  private persistedHard: HardState;
  private readonly checkpoints: SnapshotMeta[] = [];
  private compacting = false;
  readonly loopStats: LoopStats = { readies: 0, entriesPersisted: 0, entriesApplied: 0, writeMs: 0, flushWaitMs: 0, idleMs: 0 };
  /** Readies written (advanced) whose flush and answers are still to come, oldest first. */
  private readonly writes: Ready[] = [];
  /** The chain of finishReady calls, in Ready order. */
  private finishing: Promise<void> = Promise.resolve();
  /** The chain of answers to applied proposals and reads, in Ready order. */
  private answering: Promise<void> = Promise.resolve();
  private readonly leaderListeners = new Set<(lead: number, term: number) => void>();
  private readonly applyListeners = new Set<(index: number) => void>();

  constructor(opts: RaftHostOptions) {
    this.opts = opts;
    this.raft = opts.raft;
    this.log = opts.log;
    this.sm = opts.stateMachine;
    this.logger = opts.logger.child({ component: 'raft' });
    this.persistedHard = this.raft.hardState();
  }

  /** Starts the clock and the loop. The transport must be attached first. */
  start(transport: RaftTransport): void {
    if (this.running) throw new Error('raft host already started');
    this.transport = transport;
    this.running = true;
    this.syncPeers();
    this.ticker = setInterval(() => {
      this.raft.tick();
      this.wake();
    }, this.opts.tickMs);
    this.loopDone = this.loop();
  }

  /** Stops the clock and the loop (also after a halt); pending requests fail with SHUTTING_DOWN. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      if (this.ticker) clearInterval(this.ticker);
      this.wake();
      await this.loopDone;
      // Writes already handed to LMDB complete, and what they applied is answered, before the
      // store closes.
      await this.finishing;
      await this.answering;
      this.failAll(new FedmqError('SHUTTING_DOWN', 'the node is shutting down'));
      this.staged?.dispose();
      this.staged = null;
    })();
    return this.stopping;
  }

  // ------------------------------------------------------------ requests

  /** Replicates a command; resolves with its result once it is applied on this node. */
  propose(data: Uint8Array): Promise<ProposalOutcome> {
    this.assertRunning();
    const res = this.raft.propose(data);
    if (!res.ok) return Promise.reject(this.refusal(res.reason, res.detail, res.leader));
    this.wake();
    return this.awaitProposal(res.index, res.term);
  }

  /** Proposes one membership change; resolves once applied. */
  proposeConfChange(cc: ConfChange): Promise<ProposalOutcome> {
    this.assertRunning();
    const res = this.raft.proposeConfChange(cc);
    if (!res.ok) return Promise.reject(this.refusal(res.reason, res.detail, res.leader));
    this.wake();
    return this.awaitProposal(res.index, res.term);
  }

  /**
   * A linearizable read barrier (ReadIndex): resolves once this node's state machine reflects
   * every write committed before the call. Then read locally.
   */
  readBarrier(): Promise<void> {
    this.assertRunning();
    const ctx = Buffer.alloc(16);
    this.readPrefix.copy(ctx, 0);
    ctx.writeBigUInt64BE(++this.readSeq, 8);
    const key = ctx.toString('hex');
    return new Promise<void>((resolve, reject) => {
      if (!this.raft.readIndex(ctx)) {
        reject(new FedmqError('NO_LEADER', 'no leader to confirm a read with; retry shortly', this.leaderHint()));
        return;
      }
      const timer = setTimeout(() => {
        this.reads.delete(key);
        const i = this.readsWaitingApply.indexOf(pending);
        if (i >= 0) this.readsWaitingApply.splice(i, 1);
        reject(new FedmqError('TIMEOUT', `read not confirmed within ${this.opts.requestTimeoutMs} ms`));
      }, this.opts.requestTimeoutMs);
      const pending: PendingRead = { index: null, resolve, reject, timer };
      this.reads.set(key, pending);
      this.wake();
    });
  }

  /** Asks for leadership to move to `target` (a voter). */
  transferLeadership(target: number): boolean {
    const ok = this.raft.transferLeadership(target);
    this.wake();
    return ok;
  }

  /** Campaign now (PreVote first). */
  campaign(): void {
    this.raft.campaignNow();
    this.wake();
  }

  status(): RaftStatus & { appliedState: number; loop: LoopStats } {
    return { ...this.raft.status(), appliedState: this.sm.applied().index, loop: { ...this.loopStats } };
  }

  isLeader(): boolean {
    return this.raft.state === 'leader';
  }

  leaderId(): number {
    return this.raft.lead;
  }

  /** The address of a node, from the membership. */
  addressOf(id: number): string | undefined {
    return this.raft.conf.members.find((m) => m.nodeId === id)?.address;
  }

  onLeaderChange(fn: (lead: number, term: number) => void): () => void {
    this.leaderListeners.add(fn);
    return () => this.leaderListeners.delete(fn);
  }

  onApplied(fn: (index: number) => void): () => void {
    this.applyListeners.add(fn);
    return () => this.applyListeners.delete(fn);
  }

  // ------------------------------------------------------------ TransportHandler

  onMessages(msgs: Message[]): void {
    if (this.stopped) return;
    for (const m of msgs) this.raft.step(m);
    this.wake();
  }

  onPeerUnreachable(nodeId: number): void {
    if (this.stopped) return;
    this.raft.peerUnreachable(nodeId);
    this.wake();
  }

  onSnapshotReceived(m: Message, staged: StagedSnapshot): void {
    if (this.stopped) {
      staged.dispose();
      return;
    }
    // The core decides: keep the image only if it is now the snapshot the core will hand out
    // (it may refuse a stale one from a deposed leader, and then the image it already accepted
    // must stay).
    this.raft.step(m);
    const pending = this.raft.log.unstable.snapshot;
    if (pending && pending.meta.index === staged.meta.index && pending.meta.term === staged.meta.term) {
      if (this.staged && this.staged !== staged) this.staged.dispose();
      this.staged = staged;
    } else {
      staged.dispose();
    }
    this.wake();
  }

  openSnapshot() {
    return this.sm.openSnapshot();
  }

  onSnapshotSent(to: number, ok: boolean): void {
    if (this.stopped) return;
    this.raft.reportSnapshot(to, ok);
    this.wake();
  }

  // ------------------------------------------------------------ the loop

  private wake(): void {
    this.woken = true;
    const w = this.wakeUp;
    if (w) {
      this.wakeUp = null;
      w();
    }
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped) {
        if (this.writes.length < PIPELINE_DEPTH_MAX && this.raft.hasReady()) {
          await this.startReady(this.raft.ready());
          continue;
        }
        const idleFrom = performance.now();
        if (!this.woken) await new Promise<void>((resolve) => (this.wakeUp = resolve));
        this.woken = false;
        this.loopStats.idleMs += performance.now() - idleFrom;
      }
    } catch (err) {
      this.halt(err as Error);
    }
  }

  /** A failed write or an entry the state machine cannot apply: stop, never skip. */
  private halt(err: Error): void {
    if (this.fatal) return;
    this.fatal = err;
    this.logger.fatal({ err }, 'raft loop stopped');
    if (this.ticker) clearInterval(this.ticker);
    this.stopped = true;
    this.wake();
    this.failAll(err instanceof FedmqError ? err : new FedmqError('STATE_MACHINE_HALTED', err.message));
  }

  /**
   * Writes a Ready and advances the core as soon as LMDB has committed the write; its flush,
   * and what waits for it, completes later, in order (finishReady). Meanwhile the next Ready
   * can be written: the disk's flush latency no longer stalls the loop.
   */
  private async startReady(rd: Ready): Promise<void> {
    // Reads the core confirmed: each waits until the state machine has applied its index.
    for (const rs of rd.readStates) {
      const key = Buffer.from(rs.context).toString('hex');
      const pending = this.reads.get(key);
      if (!pending) continue;
      this.reads.delete(key);
      pending.index = rs.index;
      this.readsWaitingApply.push(pending);
    }
    if (rd.softState) this.noteSoftState(rd.softState.lead, rd.softState.state);
    // A member just added by an entry of this Ready must be known to the transport before
    // anything goes to it. The leader's replication traffic leaves now, in parallel with our
    // own write (the core counts our copy toward commit only after persisted()).
    this.syncPeers();
    const early: Message[] = [];
    const late: Message[] = [];
    for (const m of rd.messages) (this.raft.canSendBeforePersist(m) ? early : late).push(m);
    if (early.length > 0) this.transport!.send(early);
    if (rd.snapshot) {
      // Take the image now, before any await: a snapshot arriving meanwhile must not replace it.
      const staged = this.takeStaged(rd.snapshot.meta);
      // A snapshot replaces the log and the state: let every earlier write land first.
      await this.finishing;
      await this.installSnapshot(rd.snapshot.meta, staged);
    }
    // A hard state whose only change is the commit index is not written: after a restart the
    // commit index is recovered from the applied index (see the core's constructor), and the
    // entries it covers are in the log already. Term and vote changes are always written.
    const hs = rd.hardState && (rd.hardState.term !== this.persistedHard.term || rd.hardState.vote !== this.persistedHard.vote) ? rd.hardState : null;
    if (hs) this.persistedHard = hs;
    const writeFrom = performance.now();
    const persisting = hs || rd.entries.length > 0 ? this.log.persist({ hardState: hs, entries: rd.entries }, false) : null;
    // Committed entries are durable on a quorum already (a leader counts its own copy only once
    // it is flushed), so they are applied with this write, queued right behind it: LMDB commits
    // both in one batch, and never the apply without the log before it.
    const applying = rd.committedEntries.length > 0 ? this.sm.apply(rd.committedEntries) : null;
    applying?.catch(() => undefined); // observed in finishReady; never unhandled meanwhile
    await persisting;
    this.loopStats.writeMs += performance.now() - writeFrom;
    this.raft.advance(rd);
    this.syncPeers();
    const flushed = rd.mustSync ? this.log.flushed() : null;
    this.writes.push(rd);
    this.finishing = this.finishing
      .then(() => this.finishReady(rd, late, flushed))
      .catch((err: unknown) => this.halt(err as Error));
    if (applying) {
      // Proposals are answered as soon as their entries are applied, in order: they are durable
      // on a quorum already, so this Ready's own flush is not theirs to wait for.
      const entries = rd.committedEntries;
      this.answering = this.answering
        .then(async () => {
          const results = await applying;
          if (this.fatal) return;
          this.answerApplied(entries, results);
          this.releaseReads();
        })
        .catch((err: unknown) => this.halt(err as Error));
    }
    const st = this.loopStats;
    st.readies++;
    st.entriesPersisted += rd.entries.length;
    st.entriesApplied += rd.committedEntries.length;
    // Let finishReady run before the next Ready is taken, if its flush is already done: lmdb-js
    // (overlappingSync) resolves a commit only once that commit is flushed too, so it usually
    // completes within a few microtasks. Its persisted() is what lets a leader count its own copy
    // and move the commit index; taken after it, the next Ready carries the entries this write
    // committed, and their apply rides in the very next LMDB batch instead of waiting one more
    // write (the next Ready's) that it does not need. A flush that is not done yet (another
    // lmdb-js, a slow disk) does not hold the loop: at most one event-loop turn.
    await Promise.race([this.finishing, nextTurn()]);
  }

  /** The Ready's write is on disk: votes and acknowledgements may leave; answer what it applied. */
  private async finishReady(rd: Ready, late: Message[], flushed: Promise<void> | null): Promise<void> {
    const flushFrom = performance.now();
    if (flushed) await flushed;
    if (this.fatal) return;
    // Durable before answered: only now may votes and acknowledgements leave.
    if (late.length > 0) this.transport!.send(late);
    this.raft.persisted(rd);
    this.loopStats.flushWaitMs += performance.now() - flushFrom;
    this.writes.shift();
    // Reads whose index was applied earlier (this Ready applied nothing) are served now.
    this.releaseReads();
    this.wake();
  }

  private takeStaged(meta: SnapshotMeta): StagedSnapshot {
    const staged = this.staged;
    if (!staged || staged.meta.index !== meta.index || staged.meta.term !== meta.term) {
      throw new Error(`raft: asked to install snapshot ${meta.index}/${meta.term} but the staged image is ${staged ? `${staged.meta.index}/${staged.meta.term}` : 'missing'}`);
    }
    this.staged = null;
    return staged;
  }

  private async installSnapshot(meta: SnapshotMeta, staged: StagedSnapshot): Promise<void> {
    try {
      await this.sm.restore(staged, () => this.log.installSnapshot(meta));
    } finally {
      staged.dispose();
    }
    this.checkpoints.length = 0;
    // Proposals this node made at or below the snapshot point: whether their entries made it
    // into the state the snapshot holds cannot be told from here.
    for (const [index, p] of this.proposals) {
      if (index > meta.index) continue;
      this.proposals.delete(index);
      clearTimeout(p.timer);
      p.reject(new FedmqError('OUTCOME_UNKNOWN', `entry ${index} was overtaken by a snapshot at ${meta.index}; it may or may not have been applied: retry it idempotently`, { index }));
    }
    this.logger.info({ index: meta.index, term: meta.term, bytes: staged.bytes }, 'installed snapshot');
    for (const fn of this.applyListeners) fn(meta.index);
  }

  /** The committed entries are applied: answer the proposals they complete. */
  private answerApplied(entries: Entry[], results: unknown[]): void {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const p = this.proposals.get(e.index);
      if (!p) continue;
      this.proposals.delete(e.index);
      clearTimeout(p.timer);
      if (p.term === e.term) {
        p.resolve({ index: e.index, term: e.term, result: results[i] });
      } else {
        p.reject(new FedmqError('LEADER_CHANGED', `leadership changed before entry ${e.index} committed; it was not applied`, this.leaderHint()));
      }
    }
    const last = entries[entries.length - 1]!.index;
    for (const fn of this.applyListeners) fn(last);
    this.maybeCompact();
  }

  private releaseReads(): void {
    if (this.readsWaitingApply.length === 0) return;
    const applied = this.sm.applied().index;
    for (let i = 0; i < this.readsWaitingApply.length; ) {
      const r = this.readsWaitingApply[i]!;
      if (r.index !== null && r.index <= applied) {
        this.readsWaitingApply.splice(i, 1);
        clearTimeout(r.timer);
        r.resolve();
      } else {
        i++;
      }
    }
  }

  /**
   * Compaction keeps between N and 2N applied entries in the log (N = compactEveryEntries): it
   * records a checkpoint of the applied state every N entries and compacts to the one before.
   */
  private maybeCompact(): void {
    const applied = this.sm.applied();
    const lastCheckpoint = this.checkpoints[this.checkpoints.length - 1];
    if (applied.index - (lastCheckpoint?.index ?? this.log.firstIndex() - 1) >= this.opts.compactEveryEntries) {
      this.checkpoints.push({ index: applied.index, term: applied.term, confState: applied.confState });
    }
    if (this.checkpoints.length < 2 || this.compacting) return;
    const target = this.checkpoints.shift()!;
    if (target.index < this.log.firstIndex()) return;
    this.compacting = true;
    this.log
      .compact(target)
      .then(() => this.logger.debug({ index: target.index }, 'compacted log'))
      .catch((err: unknown) => this.logger.error({ err }, 'log compaction failed'))
      .finally(() => {
        this.compacting = false;
      });
  }

  // ------------------------------------------------------------ helpers

  private noteSoftState(lead: number, state: string): void {
    const term = this.raft.term;
    this.logger.info({ term, lead, state }, lead === NONE ? 'no leader' : state === 'leader' ? 'became leader' : 'following leader');
    // A read not yet confirmed was asked of the old leader, which will never answer it now.
    // Reads already confirmed (waiting for apply) stay valid.
    for (const r of this.reads.values()) {
      clearTimeout(r.timer);
      r.reject(new FedmqError('LEADER_CHANGED', 'leadership changed before the read was confirmed; retry', this.leaderHint()));
    }
    this.reads.clear();
    for (const fn of this.leaderListeners) fn(lead, term);
  }

  private syncPeers(): void {
    const members = this.raft.membersInUse();
    if (members === this.lastMembers || !this.transport) return;
    const key = members.map((m) => `${m.nodeId}@${m.address}`).join(',');
    this.lastMembers = members;
    if (key === this.lastMembersKey) return;
    this.lastMembersKey = key;
    const peers = new Map<number, string>();
    for (const m of members) if (m.nodeId !== this.raft.id) peers.set(m.nodeId, m.address);
    this.transport.setPeers(peers);
  }

  private awaitProposal(index: number, term: number): Promise<ProposalOutcome> {
    return new Promise<ProposalOutcome>((resolve, reject) => {
      // An older proposal at this index (this node led before, lost it, and leads again) was
      // replaced in the log by whatever followed: it was not applied.
      const older = this.proposals.get(index);
      if (older) {
        clearTimeout(older.timer);
        older.reject(new FedmqError('LEADER_CHANGED', `leadership changed before entry ${index} committed; it was not applied`, this.leaderHint()));
      }
      const pending: PendingProposal = {
        term,
        resolve,
        reject,
        timer: setTimeout(() => {
          if (this.proposals.get(index) === pending) this.proposals.delete(index);
          reject(new FedmqError('TIMEOUT', `entry ${index} was not applied within ${this.opts.requestTimeoutMs} ms; its outcome is unknown`, { index }));
        }, this.opts.requestTimeoutMs),
      };
      this.proposals.set(index, pending);
    });
  }

  private refusal(reason: string, detail: string, leader: number): FedmqError {
    switch (reason) {
      case 'overloaded':
        return new FedmqError('OVERLOADED', detail);
      case 'too-large':
        return new FedmqError('ENTRY_TOO_LARGE', detail);
      case 'conf-change-refused':
        return new FedmqError('MEMBERSHIP_REFUSED', detail);
      default:
        return leader === NONE
          ? new FedmqError('NO_LEADER', 'the site has no leader right now; retry shortly')
          : new FedmqError('NOT_LEADER', `${detail}; the leader is node ${leader}`, this.leaderHint());
    }
  }

  private leaderHint(): Record<string, unknown> {
    const lead = this.raft.lead;
    return lead === NONE ? {} : { leaderId: lead, leaderAddress: this.addressOf(lead) };
  }

  private assertRunning(): void {
    if (this.fatal) throw new FedmqError('STATE_MACHINE_HALTED', `the raft loop stopped: ${this.fatal.message}`);
    if (this.stopped || !this.running) throw new FedmqError('SHUTTING_DOWN', 'the node is not running');
  }

  private failAll(err: Error): void {
    for (const p of this.proposals.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.proposals.clear();
    for (const r of [...this.reads.values(), ...this.readsWaitingApply]) {
      clearTimeout(r.timer);
      r.reject(err);
    }
    this.reads.clear();
    this.readsWaitingApply.length = 0;
  }
}
