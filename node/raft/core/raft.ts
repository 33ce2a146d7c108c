// The Raft state machine of one node: pure, no I/O, no clock, no randomness but the
// injected PRNG. Inputs: step(message), tick(), propose*(), and the local requests
// below. Output: ready(), which the host persists, sends and applies, then advance().
//
// The Ready contract (the host loop, node/raft/host.ts, is its one implementation):
//   1. write rd.snapshot (restoring the state machine from it), rd.entries and rd.hardState
//      to storage; the leader's replication messages (sendableBeforePersist: MsgApp,
//      MsgHeartbeat, MsgSnap) may go out at once, in parallel with the write;
//   2. apply rd.committedEntries in order (they are durable on a quorum already);
//   3. call advance(rd) once storage serves what was written (committed, maybe not yet
//      flushed); the next Ready may then be taken while this one's flush is under way;
//   4. once the write is flushed to disk (when rd.mustSync), send the other rd.messages (votes
//      and append acknowledgements depend on it) and call persisted(rd), in Ready order.
// A leader counts its own copy of an entry toward commit only after persisted(), so the commit
// index (and the MsgApps carrying it) never depends on an unflushed write. Between ready() and
// advance() the host may keep calling step/tick/propose.
import { resolveRaftOptions, type RaftOptions, type ResolvedRaftOptions } from './config.ts';
import { RaftLog } from './log.ts';
import {
  applyConfChange,
  committedIndex,
  confChangeProblem,
  isLearner,
  isVoter,
  quorum,
  tallyVotes,
} from './membership.ts';
import { Progress } from './progress.ts';
import { StorageError } from './storage.ts';
import type { ConfChange, ConfState, Entry, HardState, Member, Message, Snapshot } from './types.ts';
import { ConfChangeType, EMPTY_BYTES, EntryType, MessageType, NONE, entriesBytes, entryBytes, message } from './types.ts';

export type StateType = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

export interface SoftState {
  lead: number;
  state: StateType;
}

export interface ReadState {
  /** Serve the read once the state machine has applied this index. */
  index: number;
  /** The context the read was requested with. */
  context: Uint8Array;
}

export interface Ready {
  /** Leader and role, when they changed since the last Ready. Not persisted. */
  softState: SoftState | null;
  /** Term, vote and commit, when they changed. Persist before sending messages. */
  hardState: HardState | null;
  /** Entries to append to storage (replacing any conflicting suffix). Persist before sending. */
  entries: Entry[];
  /** A snapshot to install (restore the state machine from it). Persist before everything else. */
  snapshot: Snapshot | null;
  /** Entries to apply, in order, after persisting. */
  committedEntries: Entry[];
  /** Messages to send after persisting. */
  messages: Message[];
  /** Linearizable reads that are ready once their index is applied. */
  readStates: ReadState[];
  /** Whether hardState/entries/snapshot must be flushed to disk before messages are sent. */
  mustSync: boolean;
}

export type ProposeRefusal = 'not-leader' | 'transferring' | 'overloaded' | 'too-large' | 'conf-change-refused';

export type ProposeResult =
  | { ok: true; index: number; term: number }
  | { ok: false; reason: ProposeRefusal; leader: number; detail: string };

export interface ProgressStatus {
  match: number;
  next: number;
  state: string;
  isLearner: boolean;
  recentActive: boolean;
  inflight: number;
}

export interface RaftStatus {
  id: number;
  term: number;
  vote: number;
  lead: number;
  state: StateType;
  commit: number;
  applied: number;
  lastIndex: number;
  firstIndex: number;
  confState: ConfState;
  leadTransferee: number;
  progress: Record<number, ProgressStatus>;
}

type CampaignKind = 'pre-election' | 'election' | 'transfer';

const TRANSFER_CONTEXT = new TextEncoder().encode('transfer');

function isTransferContext(ctx: Uint8Array): boolean {
  if (ctx.length !== TRANSFER_CONTEXT.length) return false;
  for (let i = 0; i < ctx.length; i++) if (ctx[i] !== TRANSFER_CONTEXT[i]) return false;
  return true;
}

function contextKey(ctx: Uint8Array): string {
  let s = '';
  for (let i = 0; i < ctx.length; i++) s += String.fromCharCode(ctx[i]!);
  return s;
}

interface ReadRequest {
  index: number;
  context: Uint8Array;
  from: number;
  acks: Set<number>;
}

export class Raft {
  readonly id: number;
  readonly opts: ResolvedRaftOptions;
  readonly log: RaftLog;

  term = 0;
  vote = NONE;
  lead = NONE;
  state: StateType = 'follower';

  /** The configuration in use: the latest in the log. */
  conf: ConfState;
  /** confs[0] is committed (or the snapshot's); later ones are in the log, not yet committed. */
  private confs: Array<{ index: number; cs: ConfState }>;

  readonly prs = new Map<number, Progress>();
  private readonly votes = new Map<number, boolean>();
  private msgs: Message[] = [];
  private readStates: ReadState[] = [];

  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;

  leadTransferee = NONE;
  /** Ticks since the current leadership transfer began. */
  private transferElapsed = 0;
  /** Ticks left before a fast campaign after the leader's connection reset; null when none is due. */
  private fastCampaignIn: number | null = null;
  /**
   * After a fast campaign: a (pre-)candidate that has neither won nor lost after this many ticks
   * (two followers campaigned at once and split the vote) tries again after a fresh jitter rather
   * than a whole election timeout. Cleared once a leader is known.
   */
  private fastRetryTicks: number | null = null;
  private fastRetriesLeft = 0;
  /** This follower saw its leader's connection reset and has not heard from it since. */
  private leaderUnreachable = false;

  /** Read requests queued until the leader has committed an entry of its own term. */
  private pendingReads: Array<{ context: Uint8Array; from: number }> = [];
  private readQueue: ReadRequest[] = [];
  private readonly readsByContext = new Map<string, ReadRequest>();

  /** (index, bytes) of this leader's proposals above the commit index, for the overload limit. */
  private uncommitted: Array<[number, number]> = [];
  private uncommittedBytes = 0;
  /** Proposals were appended since the last broadcast; send them with the next Ready. */
  private pendingBroadcast = false;

  /** Entries up to here are flushed to disk (persisted()) and still in the log. */
  private durableIndex: number;
  /** The highest term known flushed to disk (read at start, then raised by persisted()). */
  private durableTerm: number;
  private prevSoft: SoftState;
  private prevHard: HardState;
  private readyOutstanding = false;

  constructor(options: RaftOptions) {
    this.opts = resolveRaftOptions(options);
    this.id = this.opts.id;
    const storage = this.opts.storage;
    this.log = new RaftLog(storage, this.opts.applyBytesMax);
    const { hardState, confState } = storage.initialState();

    this.conf = confState;
    this.confs = [{ index: storage.firstIndex() - 1, cs: confState }];
    // Replay membership from the configuration entries in the log.
    const last = storage.lastIndex();
    for (let lo = storage.firstIndex(); lo <= last; ) {
      const ents = storage.entries(lo, last + 1, 4 << 20);
      for (const e of ents) this.noteConfEntry(e);
      lo += ents.length;
    }

    if (hardState.term !== 0 || hardState.vote !== NONE || hardState.commit !== 0) {
      if (hardState.commit > this.log.lastIndex()) {
        throw new Error(`raft: hard state commit ${hardState.commit} is past the last log index ${this.log.lastIndex()}`);
      }
      // The snapshot point is committed whatever the hard state says.
      this.log.committed = Math.max(this.log.committed, hardState.commit);
      this.term = hardState.term;
      this.vote = hardState.vote;
    }
    if (this.opts.applied > 0) {
      // Only committed entries are ever applied, so the applied index is a commit index too. The
      // host need not write a hard state whose only change is the commit index (the apply that
      // follows it carries the news), so the persisted commit may lag the applied index.
      if (this.opts.applied > this.log.lastIndex()) {
        throw new Error(`raft: applied ${this.opts.applied} is past the last log index ${this.log.lastIndex()}`);
      }
      if (this.opts.applied > this.log.committed) this.log.committed = this.opts.applied;
      if (this.opts.applied > this.log.applied) this.log.applied = this.opts.applied;
    }
    // What storage holds at start was read from disk: durable (the store flushes at open).
    this.durableIndex = storage.lastIndex();
    this.durableTerm = this.term;
    this.pruneConfs();
    this.becomeFollower(this.term, NONE);
    this.prevSoft = this.softState();
    this.prevHard = this.hardState();
  }

  // ---------------------------------------------------------------- local inputs

  /** One unit of logical time. */
  tick(): void {
    if (this.state === 'leader') this.tickHeartbeat();
    else this.tickElection();
  }

  /** Propose a command. On a leader, returns the entry's index and term. */
  propose(data: Uint8Array): ProposeResult {
    const refusal = this.proposalRefusal(data.length);
    if (refusal) return refusal;
    const e: Entry = { term: this.term, index: this.log.lastIndex() + 1, type: EntryType.ENTRY_NORMAL, data, confChange: null };
    this.appendEntries([e]);
    return { ok: true, index: e.index, term: e.term };
  }

  /** Propose one membership change. One may be pending at a time. */
  proposeConfChange(cc: ConfChange): ProposeResult {
    const refusal = this.proposalRefusal(0);
    if (refusal) return refusal;
    const refuse = (detail: string): ProposeResult => ({ ok: false, reason: 'conf-change-refused', leader: this.lead, detail });
    if (!this.committedEntryInCurrentTerm()) return refuse('the leader has not yet committed an entry of its term');
    if (this.confs.length > 1) return refuse(`a membership change is pending at index ${this.confs[this.confs.length - 1]!.index}`);
    const problem = confChangeProblem(this.conf, cc);
    if (problem !== null) return refuse(problem);
    if (cc.type === ConfChangeType.CONF_PROMOTE) {
      const pr = this.prs.get(cc.nodeId);
      const lag = this.log.lastIndex() - (pr?.match ?? 0);
      if (!pr || lag > this.opts.learnerLagEntriesMax) {
        return refuse(`learner ${cc.nodeId} has not caught up: ${lag} entries behind (at most ${this.opts.learnerLagEntriesMax})`);
      }
    }
    const e: Entry = { term: this.term, index: this.log.lastIndex() + 1, type: EntryType.ENTRY_CONF_CHANGE, data: EMPTY_BYTES, confChange: cc };
    this.appendEntries([e]);
    return { ok: true, index: e.index, term: e.term };
  }

  /** Hand leadership to `target` (TimeoutNow once it has caught up). On a follower, asks the leader. */
  transferLeadership(target: number): boolean {
    if (this.state === 'leader') return this.handleTransferLeader(target);
    if (this.lead === NONE) return false;
    this.send(message({ type: MessageType.MSG_TRANSFER_LEADER, to: this.lead, index: target }));
    return true;
  }

  /**
   * Request a linearizable read. The answer comes as a ReadState in a later Ready:
   * the read may be served once the state machine has applied its index.
   * Returns false when there is no leader to ask.
   */
  readIndex(context: Uint8Array): boolean {
    if (this.state === 'leader') {
      this.handleReadIndex(context, this.id);
      return true;
    }
    if (this.lead === NONE || this.state !== 'follower') return false;
    this.send(message({ type: MessageType.MSG_READ_INDEX, to: this.lead, context }));
    return true;
  }

  /** The host saw the connection to `id` reset. Spurious reports are harmless. */
  peerUnreachable(id: number): void {
    if (this.state === 'leader') {
      const pr = this.prs.get(id);
      if (pr && pr.state === 'replicate') pr.becomeProbe();
      return;
    }
    if (this.state === 'follower' && id === this.lead && id !== NONE) {
      this.leaderUnreachable = true;
      if (this.fastCampaignIn === null && this.isPromotable()) this.fastCampaignIn = this.fastJitterTicks();
    }
  }

  /** The transport finished (ok) or gave up (failed) sending a snapshot to `id`. */
  reportSnapshot(id: number, ok: boolean): void {
    if (this.state !== 'leader') return;
    const pr = this.prs.get(id);
    if (!pr || pr.state !== 'snapshot') return;
    if (!ok) pr.pendingSnapshot = 0;
    pr.becomeProbe();
    // Wait for the follower's next answer (a heartbeat response) before probing again.
    pr.probeSent = true;
  }

  /** Start an election now (PreVote first), as if the election timeout had passed. */
  campaignNow(): void {
    if (this.state === 'leader') return;
    this.campaign('pre-election');
  }

  // ---------------------------------------------------------------- messages

  step(m: Message): void {
    if (m.term > this.term) {
      if (m.type === MessageType.MSG_VOTE || m.type === MessageType.MSG_PRE_VOTE) {
        // CheckQuorum's counterpart: while we hear from a live leader we ignore
        // elections, unless the leader itself asked (transfer) or we saw it go away.
        const force = isTransferContext(m.context);
        const inLease = this.lead !== NONE && this.electionElapsed < this.opts.electionTimeoutTicks && !this.leaderUnreachable;
        if (!force && inLease) return;
      }
      if (m.type === MessageType.MSG_PRE_VOTE) {
        // A PreVote never changes our term.
      } else if (m.type === MessageType.MSG_PRE_VOTE_RESP && !m.reject) {
        // Granted at the term we would campaign at; the term moves when we win the PreVote.
      } else if (m.type === MessageType.MSG_APP || m.type === MessageType.MSG_HEARTBEAT || m.type === MessageType.MSG_SNAP) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, NONE);
      }
    } else if (m.term < this.term) {
      if (m.type === MessageType.MSG_APP || m.type === MessageType.MSG_HEARTBEAT) {
        // A stale leader (isolated, then reconnected): tell it our term so it steps down.
        this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from }));
      } else if (m.type === MessageType.MSG_PRE_VOTE) {
        this.send(message({ type: MessageType.MSG_PRE_VOTE_RESP, to: m.from, term: this.term, reject: true }));
      }
      return;
    }

    if (m.type === MessageType.MSG_VOTE || m.type === MessageType.MSG_PRE_VOTE) {
      this.handleVoteRequest(m);
      return;
    }
    switch (this.state) {
      case 'leader':
        this.stepLeader(m);
        break;
      case 'candidate':
      case 'pre-candidate':
        this.stepCandidate(m);
        break;
      case 'follower':
        this.stepFollower(m);
        break;
    }
  }

  private handleVoteRequest(m: Message): void {
    const respType = m.type === MessageType.MSG_VOTE ? MessageType.MSG_VOTE_RESP : MessageType.MSG_PRE_VOTE_RESP;
    const canVote =
      this.vote === m.from ||
      (this.vote === NONE && this.lead === NONE) ||
      (m.type === MessageType.MSG_PRE_VOTE && m.term > this.term);
    if (canVote && this.voteLogOk(m.index, m.logTerm)) {
      this.send(message({ type: respType, to: m.from, term: m.term }));
      if (m.type === MessageType.MSG_VOTE) {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      this.send(message({ type: respType, to: m.from, term: this.term, reject: true }));
    }
  }

  /** §5.4.1: grant a vote only to a candidate whose log is at least as up to date as ours. */
  protected voteLogOk(lastIndex: number, lastTerm: number): boolean {
    return this.log.isUpToDate(lastIndex, lastTerm);
  }

  private stepLeader(m: Message): void {
    switch (m.type) {
      case MessageType.MSG_READ_INDEX:
        this.handleReadIndex(m.context, m.from);
        return;
      case MessageType.MSG_TRANSFER_LEADER:
        this.handleTransferLeader(m.index);
        return;
    }
    const pr = this.prs.get(m.from);
    if (!pr) return;
    switch (m.type) {
      case MessageType.MSG_APP_RESP:
        pr.markActive();
        if (m.reject) {
          let nextProbe = m.rejectHint;
          if (m.hintTerm > 0) nextProbe = this.log.findConflictByTerm(m.rejectHint, m.hintTerm)[0];
          if (pr.maybeDecrTo(m.index, nextProbe)) {
            if (pr.state === 'replicate') pr.becomeProbe();
            this.maybeSendAppend(m.from, true);
          }
        } else {
          const wasPaused = pr.isPaused();
          if (pr.maybeUpdate(m.index)) {
            if (pr.state === 'probe') {
              pr.becomeReplicate();
            } else if (pr.state === 'snapshot' && pr.match >= pr.pendingSnapshot) {
              pr.becomeProbe();
              pr.becomeReplicate();
            } else if (pr.state === 'replicate') {
              pr.inflights.freeLE(m.index);
            }
            if (this.maybeCommit()) {
              if (this.state !== 'leader') return; // stepped down after its own removal
              this.bcastAppend();
            } else if (wasPaused) {
              this.maybeSendAppend(m.from, true);
            }
            // A long backlog: keep the window full.
            for (let i = 0; i < this.opts.inflightMsgsMax && this.maybeSendAppend(m.from, false); i++);
            if (m.from === this.leadTransferee && pr.match === this.log.lastIndex()) {
              this.send(message({ type: MessageType.MSG_TIMEOUT_NOW, to: m.from }));
            }
          }
        }
        return;
      case MessageType.MSG_HEARTBEAT_RESP:
        pr.markActive();
        pr.probeSent = false;
        // A full window whose messages were lost would wait forever: free one slot so the
        // next append goes out and its rejection (if any) sends us back to probing.
        if (pr.state === 'replicate' && pr.inflights.full()) pr.inflights.freeFirstOne();
        if (pr.match < this.log.lastIndex()) this.maybeSendAppend(m.from, true);
        if (m.context.length > 0) this.ackRead(m.context, m.from);
        return;
      default:
        return;
    }
  }

  private stepCandidate(m: Message): void {
    const voteResp = this.state === 'pre-candidate' ? MessageType.MSG_PRE_VOTE_RESP : MessageType.MSG_VOTE_RESP;
    switch (m.type) {
      case MessageType.MSG_APP:
        this.becomeFollower(m.term, m.from);
        this.handleAppend(m);
        return;
      case MessageType.MSG_HEARTBEAT:
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.MSG_SNAP:
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return;
      case voteResp: {
        this.votes.set(m.from, !m.reject);
        const result = tallyVotes(this.conf.voters, this.votes);
        if (result === 'won') {
          if (this.state === 'pre-candidate') this.campaign('election');
          else this.becomeLeader();
        } else if (result === 'lost') {
          // Lost the (pre)vote: back to follower at our current term, no leader known.
          this.becomeFollower(this.term, NONE);
        }
        return;
      }
      default:
        return; // TimeoutNow, ReadIndex, TransferLeader: no leader to act for
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.MSG_APP:
        this.heardFromLeader(m.from);
        this.handleAppend(m);
        return;
      case MessageType.MSG_HEARTBEAT:
        this.heardFromLeader(m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.MSG_SNAP:
        this.heardFromLeader(m.from);
        this.handleSnapshot(m);
        return;
      case MessageType.MSG_TRANSFER_LEADER:
        if (this.lead !== NONE) this.send(message({ type: MessageType.MSG_TRANSFER_LEADER, to: this.lead, index: m.index }));
        return;
      case MessageType.MSG_TIMEOUT_NOW:
        // Our leader hands over: campaign at once, skipping PreVote and leases.
        this.campaign('transfer');
        return;
      case MessageType.MSG_READ_INDEX:
        if (this.lead !== NONE) this.send(message({ type: MessageType.MSG_READ_INDEX, to: this.lead, context: m.context }));
        return;
      case MessageType.MSG_READ_INDEX_RESP:
        this.readStates.push({ index: m.index, context: m.context });
        return;
      default:
        return;
    }
  }

  private heardFromLeader(from: number): void {
    this.electionElapsed = 0;
    this.lead = from;
    this.leaderUnreachable = false;
    this.fastCampaignIn = null;
    this.fastRetryTicks = null;
  }

  private fastJitterTicks(): number {
    return 1 + this.opts.prng.int(Math.max(1, this.opts.fastFailoverJitterTicksMax));
  }

  private handleAppend(m: Message): void {
    if (m.index < this.log.committed) {
      this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from, index: this.log.committed }));
      return;
    }
    const lastNew = this.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries, {
      onTruncate: (from) => this.onLogTruncated(from),
      onAppend: (ents) => {
        for (const e of ents) this.noteConfEntry(e);
      },
    });
    if (lastNew !== undefined) {
      this.afterCommit();
      this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from, index: lastNew }));
      return;
    }
    const hintIndex = Math.min(m.index, this.log.lastIndex());
    const [rejectHint, hintTerm] = this.log.findConflictByTerm(hintIndex, m.logTerm);
    this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from, index: m.index, reject: true, rejectHint, hintTerm }));
  }

  private handleHeartbeat(m: Message): void {
    // The leader never sends a commit beyond what it knows we hold.
    this.log.commitTo(Math.min(m.commit, this.log.lastIndex()));
    this.afterCommit();
    this.send(message({ type: MessageType.MSG_HEARTBEAT_RESP, to: m.from, context: m.context }));
  }

  private handleSnapshot(m: Message): void {
    const s = m.snapshot;
    if (!s) return;
    if (this.restore(s)) {
      this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from, index: this.log.lastIndex() }));
    } else {
      this.send(message({ type: MessageType.MSG_APP_RESP, to: m.from, index: this.log.committed }));
    }
  }

  /** Install a snapshot if it is ahead of our commit. Returns whether it was installed. */
  private restore(s: Snapshot): boolean {
    if (s.meta.index <= this.log.committed) return false;
    // The snapshot may predate the entry that added us (a learner is replicated to as soon as
    // that entry is appended): we install it anyway and learn our membership from the log after it.
    const cs = s.meta.confState;
    if (this.log.matchTerm(s.meta.index, s.meta.term)) {
      // We already hold the entry: just move the commit index.
      this.log.commitTo(s.meta.index);
      this.afterCommit();
      return false;
    }
    this.log.restore(s);
    this.durableIndex = 0; // durable again once the snapshot's write is flushed (persisted)
    this.confs = [{ index: s.meta.index, cs }];
    this.setConf(cs);
    return true;
  }

  // ---------------------------------------------------------------- roles

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.opts.electionTimeoutTicks + this.opts.prng.int(this.opts.electionTimeoutTicks);
    this.leadTransferee = NONE;
    this.votes.clear();
    this.leaderUnreachable = false;
    this.fastCampaignIn = null;
    this.pendingReads = [];
    this.readQueue = [];
    this.readsByContext.clear();
    this.uncommitted = [];
    this.uncommittedBytes = 0;
    this.pendingBroadcast = false;
    this.resetProgress();
  }

  private resetProgress(): void {
    this.prs.clear();
    const last = this.log.lastIndex();
    for (const id of [...this.conf.voters, ...this.conf.learners]) {
      const pr = this.newProgress(id, last + 1);
      if (id === this.id) {
        pr.match = this.persistedIndex();
        pr.recentActive = true;
      }
      this.prs.set(id, pr);
    }
  }

  private newProgress(id: number, next: number): Progress {
    return new Progress({
      next,
      isLearner: isLearner(this.conf, id),
      inflightMsgsMax: this.opts.inflightMsgsMax,
      inflightBytesMax: this.opts.inflightBytesMax,
    });
  }

  private becomeFollower(term: number, lead: number): void {
    this.reset(term);
    this.lead = lead;
    this.state = 'follower';
    this.fastRetryTicks = null;
  }

  private becomePreCandidate(): void {
    if (this.state === 'leader') throw new Error('raft: leader cannot become pre-candidate');
    // Term and vote stay: a PreVote changes nothing persistent.
    this.votes.clear();
    this.lead = NONE;
    this.leaderUnreachable = false;
    this.fastCampaignIn = null;
    this.state = 'pre-candidate';
  }

  private becomeCandidate(): void {
    if (this.state === 'leader') throw new Error('raft: leader cannot become candidate');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.state = 'candidate';
  }

  private becomeLeader(): void {
    if (this.state === 'follower') throw new Error('raft: follower cannot become leader without an election');
    this.reset(this.term);
    this.lead = this.id;
    this.state = 'leader';
    this.fastRetryTicks = null;
    const self = this.prs.get(this.id);
    if (self) self.becomeReplicate();
    // An empty entry of our term: committing it commits everything before it (§5.4.2),
    // and unlocks membership changes and reads.
    this.appendEntries([{ term: this.term, index: this.log.lastIndex() + 1, type: EntryType.ENTRY_NORMAL, data: EMPTY_BYTES, confChange: null }]);
    this.bcastAppend();
  }

  private campaign(kind: CampaignKind): void {
    if (!this.isPromotable()) return; // learners and removed nodes never campaign
    let voteType: MessageType;
    let term: number;
    if (kind === 'pre-election') {
      this.becomePreCandidate();
      voteType = MessageType.MSG_PRE_VOTE;
      term = this.term + 1;
    } else {
      this.becomeCandidate();
      voteType = MessageType.MSG_VOTE;
      term = this.term;
    }
    this.votes.set(this.id, true);
    if (tallyVotes(this.conf.voters, this.votes) === 'won') {
      // A single voter wins at once.
      if (kind === 'pre-election') this.campaign('election');
      else this.becomeLeader();
      return;
    }
    const lastIndex = this.log.lastIndex();
    const lastTerm = this.log.lastTerm();
    for (const id of this.conf.voters) {
      if (id === this.id) continue;
      this.send(message({
        type: voteType,
        to: id,
        term,
        index: lastIndex,
        logTerm: lastTerm,
        context: kind === 'transfer' ? TRANSFER_CONTEXT : EMPTY_BYTES,
      }));
    }
  }

  private isPromotable(): boolean {
    return isVoter(this.conf, this.id);
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.fastCampaignIn !== null) {
      this.fastCampaignIn--;
      if (this.fastCampaignIn <= 0) {
        this.fastCampaignIn = null;
        this.electionElapsed = 0;
        this.fastRetriesLeft = 3;
        this.fastRetryTicks = this.fastJitterTicks();
        this.campaign('pre-election');
        return;
      }
    }
    if (this.fastRetryTicks !== null && this.state !== 'follower' && this.electionElapsed >= this.fastRetryTicks) {
      // A split vote after a fast campaign: try again soon, after a fresh random jitter.
      this.electionElapsed = 0;
      this.fastRetryTicks = --this.fastRetriesLeft > 0 ? this.fastJitterTicks() : null;
      this.campaign('pre-election');
      return;
    }
    if (this.isPromotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.campaign('pre-election');
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    for (const [id, pr] of this.prs) if (id !== this.id) pr.silenceTicks++;
    // CheckQuorum, every tick: a leader that has not heard from a quorum of voters for an
    // election timeout steps down, no later than the followers' leases on it run out.
    if (!this.quorumActive()) {
      this.becomeFollower(this.term, NONE);
      return;
    }
    if (this.electionElapsed >= this.opts.electionTimeoutTicks) {
      this.electionElapsed = 0;
      for (const [id, pr] of this.prs) if (id !== this.id) pr.recentActive = false;
    }
    if (this.leadTransferee !== NONE && ++this.transferElapsed >= this.opts.electionTimeoutTicks) {
      // A transfer that did not finish within an election timeout is abandoned.
      this.leadTransferee = NONE;
    }
    if (this.heartbeatElapsed >= this.opts.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.bcastHeartbeat();
    }
  }

  private quorumActive(): boolean {
    let active = 0;
    for (const id of this.conf.voters) {
      const pr = this.prs.get(id);
      if (id === this.id || (pr && pr.silenceTicks < this.opts.electionTimeoutTicks)) active++;
    }
    return active >= quorum(this.conf.voters.length);
  }

  // ---------------------------------------------------------------- leader: replication

  private proposalRefusal(bytes: number): ProposeResult | null {
    if (this.state !== 'leader') return { ok: false, reason: 'not-leader', leader: this.lead, detail: 'this node is not the leader' };
    if (this.leadTransferee !== NONE) {
      return { ok: false, reason: 'transferring', leader: this.lead, detail: `leadership is moving to node ${this.leadTransferee}` };
    }
    if (bytes > this.opts.entryBytesMax) {
      return { ok: false, reason: 'too-large', leader: this.lead, detail: `entry of ${bytes} bytes exceeds entryBytesMax ${this.opts.entryBytesMax}` };
    }
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > this.opts.uncommittedBytesMax) {
      return { ok: false, reason: 'overloaded', leader: this.lead, detail: `${this.uncommittedBytes} bytes await commit (uncommittedBytesMax ${this.opts.uncommittedBytesMax})` };
    }
    return null;
  }

  private appendEntries(ents: Entry[]): void {
    this.log.append(ents);
    for (const e of ents) {
      if (e.type === EntryType.ENTRY_CONF_CHANGE) this.noteConfEntry(e);
      const bytes = entryBytes(e);
      this.uncommitted.push([e.index, bytes]);
      this.uncommittedBytes += bytes;
    }
    // Our own copy counts toward commit once it is persisted (see advance), not now.
    this.pendingBroadcast = true;
  }

  /** Leader: advance commit to what a quorum of voters holds. */
  private maybeCommit(): boolean {
    const mci = committedIndex(this.conf.voters, (id) => this.prs.get(id)?.match ?? 0);
    if (mci <= this.log.committed || mci > this.log.lastIndex()) return false;
    if (!this.commitAllowed(mci)) return false;
    this.log.commitTo(mci);
    this.afterCommit();
    return true;
  }

  /** §5.4.2: a leader commits by counting replicas only entries of its own term. */
  protected commitAllowed(index: number): boolean {
    return this.log.termOrZero(index) === this.term;
  }

  private afterCommit(): void {
    const committed = this.log.committed;
    this.pruneConfs();
    if (this.state !== 'leader') return;
    while (this.uncommitted.length > 0 && this.uncommitted[0]![0] <= committed) {
      this.uncommittedBytes -= this.uncommitted.shift()![1];
    }
    if (this.pendingReads.length > 0 && this.committedEntryInCurrentTerm()) {
      const reads = this.pendingReads;
      this.pendingReads = [];
      for (const r of reads) this.handleReadIndex(r.context, r.from);
    }
    if (!this.isPromotable() && this.confs.length === 1) this.stepDownAfterRemoval();
  }

  /** The configuration that removed this leader is committed: hand over and step down. */
  private stepDownAfterRemoval(): void {
    let best = NONE;
    let bestMatch = -1;
    for (const id of this.conf.voters) {
      const match = this.prs.get(id)?.match ?? 0;
      if (match > bestMatch) {
        best = id;
        bestMatch = match;
      }
    }
    if (best !== NONE && bestMatch === this.log.lastIndex()) {
      this.send(message({ type: MessageType.MSG_TIMEOUT_NOW, to: best }));
    }
    this.becomeFollower(this.term, NONE);
  }

  private committedEntryInCurrentTerm(): boolean {
    return this.log.termOrZero(this.log.committed) === this.term;
  }

  private bcastAppend(): void {
    this.pendingBroadcast = false;
    for (const id of this.prs.keys()) if (id !== this.id) this.maybeSendAppend(id, true);
  }

  /** Sends entries (or a snapshot) to `to` unless its window is full. Returns whether a message was sent. */
  private maybeSendAppend(to: number, sendIfEmpty: boolean): boolean {
    const pr = this.prs.get(to);
    if (!pr || pr.isPaused()) return false;
    const prevIndex = pr.next - 1;
    let prevTerm: number;
    let ents: Entry[];
    try {
      prevTerm = this.log.term(prevIndex);
      ents = this.log.entriesFrom(pr.next, this.opts.msgBytesMax);
    } catch (err) {
      if (err instanceof StorageError && err.kind === 'compacted') return this.sendSnapshot(to, pr);
      throw err;
    }
    if (ents.length === 0 && !sendIfEmpty) return false;
    this.send(message({ type: MessageType.MSG_APP, to, index: prevIndex, logTerm: prevTerm, entries: ents, commit: this.log.committed }));
    pr.sentEntries(ents.length > 0 ? ents[ents.length - 1]!.index : prevIndex, entriesBytes(ents));
    if (pr.state === 'replicate' && ents.length === 0) return false;
    return true;
  }

  private sendSnapshot(to: number, pr: Progress): boolean {
    if (!pr.recentActive) return false; // wait until it answers at all
    let snap: Snapshot;
    try {
      snap = this.log.snapshot();
    } catch (err) {
      if (err instanceof StorageError && err.kind === 'snapshot-temporarily-unavailable') return false;
      throw err;
    }
    pr.becomeSnapshot(snap.meta.index);
    this.send(message({ type: MessageType.MSG_SNAP, to, snapshot: snap }));
    return true;
  }

  private bcastHeartbeat(): void {
    const last = this.readQueue[this.readQueue.length - 1];
    const context = last ? last.context : EMPTY_BYTES;
    for (const [id, pr] of this.prs) {
      if (id === this.id) continue;
      this.send(message({ type: MessageType.MSG_HEARTBEAT, to: id, commit: Math.min(pr.match, this.log.committed), context }));
    }
  }

  private handleTransferLeader(target: number): boolean {
    if (!isVoter(this.conf, target)) return false;
    if (target === this.id) return true;
    if (this.leadTransferee === target) return true;
    const pr = this.prs.get(target);
    if (!pr) return false;
    this.leadTransferee = target;
    this.transferElapsed = 0; // the transfer must finish within an election timeout
    if (pr.match === this.log.lastIndex()) {
      this.send(message({ type: MessageType.MSG_TIMEOUT_NOW, to: target }));
    } else {
      this.maybeSendAppend(target, true);
    }
    return true;
  }

  // ---------------------------------------------------------------- leader: reads

  private handleReadIndex(context: Uint8Array, from: number): void {
    if (!this.committedEntryInCurrentTerm()) {
      this.pendingReads.push({ context, from });
      return;
    }
    const index = this.log.committed;
    if (this.conf.voters.length === 1 && this.conf.voters[0] === this.id) {
      this.releaseRead({ index, context, from, acks: new Set() });
      return;
    }
    const key = contextKey(context);
    if (this.readsByContext.has(key)) return; // the same request twice: one answer
    const req: ReadRequest = { index, context, from, acks: new Set([this.id]) };
    this.readQueue.push(req);
    this.readsByContext.set(key, req);
    for (const [id, pr] of this.prs) {
      if (id === this.id) continue;
      this.send(message({ type: MessageType.MSG_HEARTBEAT, to: id, commit: Math.min(pr.match, this.log.committed), context }));
    }
  }

  private ackRead(context: Uint8Array, from: number): void {
    const req = this.readsByContext.get(contextKey(context));
    if (!req) return;
    req.acks.add(from);
    let granted = 0;
    for (const id of this.conf.voters) if (req.acks.has(id)) granted++;
    if (granted < quorum(this.conf.voters.length)) return;
    // Confirmed: this request and every one queued before it.
    const at = this.readQueue.indexOf(req);
    const done = this.readQueue.splice(0, at + 1);
    for (const r of done) {
      this.readsByContext.delete(contextKey(r.context));
      this.releaseRead(r);
    }
  }

  private releaseRead(r: ReadRequest): void {
    if (r.from === this.id || r.from === NONE) {
      this.readStates.push({ index: r.index, context: r.context });
    } else {
      this.send(message({ type: MessageType.MSG_READ_INDEX_RESP, to: r.from, index: r.index, context: r.context }));
    }
  }

  // ---------------------------------------------------------------- membership

  private noteConfEntry(e: Entry): void {
    if (e.type !== EntryType.ENTRY_CONF_CHANGE || !e.confChange) return;
    const next = applyConfChange(this.conf, e.confChange);
    this.confs.push({ index: e.index, cs: next });
    this.setConf(next);
  }

  /**
   * Everyone to stay connected to: the members of the committed configuration and of any newer
   * one in the log. A member being removed stays until its removal commits (a leader removing
   * itself needs its followers' acknowledgements of that very entry).
   */
  membersInUse(): Member[] {
    if (this.confs.length === 1) return this.conf.members;
    const byId = new Map<number, Member>();
    for (const c of this.confs) for (const m of c.cs.members) byId.set(m.nodeId, m);
    return [...byId.values()].sort((a, b) => a.nodeId - b.nodeId);
  }

  /** Entries from `from` on are being replaced: forget the configurations they brought. */
  private onLogTruncated(from: number): void {
    // Entries from `from` on are being replaced: they no longer count as durable.
    this.durableIndex = Math.min(this.durableIndex, from - 1);
    this.truncateConfs(from);
  }

  private truncateConfs(from: number): void {
    let changed = false;
    while (this.confs.length > 1 && this.confs[this.confs.length - 1]!.index >= from) {
      this.confs.pop();
      changed = true;
    }
    if (changed) this.setConf(this.confs[this.confs.length - 1]!.cs);
  }

  /** Configurations at or below the commit index are settled; keep the latest of them as the base. */
  private pruneConfs(): void {
    while (this.confs.length > 1 && this.confs[1]!.index <= this.log.committed) this.confs.shift();
  }

  private setConf(cs: ConfState): void {
    this.conf = cs;
    if (this.state !== 'leader') return;
    const last = this.log.lastIndex();
    for (const id of [...cs.voters, ...cs.learners]) {
      const pr = this.prs.get(id);
      if (pr) {
        pr.isLearner = isLearner(cs, id);
      } else {
        const np = this.newProgress(id, last + 1);
        if (id === this.id) np.match = this.persistedIndex();
        this.prs.set(id, np);
      }
    }
    for (const id of [...this.prs.keys()]) {
      if (!isVoter(cs, id) && !isLearner(cs, id)) this.prs.delete(id);
    }
    if (this.leadTransferee !== NONE && !isVoter(cs, this.leadTransferee)) this.leadTransferee = NONE;
    // A smaller quorum may commit more right away.
    if (this.maybeCommit()) this.pendingBroadcast = true;
  }

  // ---------------------------------------------------------------- Ready

  private send(m: Message): void {
    m.from = this.id;
    const isVoteLike =
      m.type === MessageType.MSG_VOTE ||
      m.type === MessageType.MSG_PRE_VOTE ||
      m.type === MessageType.MSG_VOTE_RESP ||
      m.type === MessageType.MSG_PRE_VOTE_RESP;
    if (!isVoteLike) m.term = this.term;
    this.msgs.push(m);
  }

  softState(): SoftState {
    return { lead: this.lead, state: this.state };
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  /** Whether ready() has anything. False while a Ready is outstanding (before advance()). */
  hasReady(): boolean {
    if (this.readyOutstanding) return false;
    if (this.pendingBroadcast && this.state === 'leader') return true;
    const ss = this.softState();
    if (ss.lead !== this.prevSoft.lead || ss.state !== this.prevSoft.state) return true;
    const hs = this.hardState();
    if (hs.term !== this.prevHard.term || hs.vote !== this.prevHard.vote || hs.commit !== this.prevHard.commit) return true;
    if (this.log.unstable.snapshot !== null) return true;
    if (this.msgs.length > 0 || this.log.unstable.entries.length > 0 || this.readStates.length > 0) return true;
    return this.log.hasNextCommittedEnts();
  }

  /** What to persist, send and apply now. Call advance(rd) when done; one Ready at a time. */
  ready(): Ready {
    if (this.readyOutstanding) throw new Error('raft: ready() called again before advance()');
    if (this.pendingBroadcast && this.state === 'leader') this.bcastAppend();
    this.pendingBroadcast = false;
    const ss = this.softState();
    const hs = this.hardState();
    const softChanged = ss.lead !== this.prevSoft.lead || ss.state !== this.prevSoft.state;
    const hardChanged = hs.term !== this.prevHard.term || hs.vote !== this.prevHard.vote || hs.commit !== this.prevHard.commit;
    const entries = this.log.unstable.entries.slice();
    const snapshot = this.log.unstable.snapshot;
    const rd: Ready = {
      softState: softChanged ? ss : null,
      hardState: hardChanged ? hs : null,
      entries,
      snapshot,
      committedEntries: this.log.nextCommittedEnts(),
      messages: this.msgs,
      readStates: this.readStates,
      mustSync: entries.length > 0 || snapshot !== null || hs.term !== this.prevHard.term || hs.vote !== this.prevHard.vote,
    };
    this.msgs = [];
    this.readStates = [];
    if (softChanged) this.prevSoft = ss;
    if (hardChanged) this.prevHard = hs;
    this.readyOutstanding = true;
    return rd;
  }

  advance(rd: Ready): void {
    if (!this.readyOutstanding) throw new Error('raft: advance() without an outstanding ready()');
    this.readyOutstanding = false;
    if (rd.snapshot) {
      this.log.stableSnapTo(rd.snapshot.meta.index);
      if (rd.snapshot.meta.index > this.log.applied) this.log.applied = rd.snapshot.meta.index;
    }
    if (rd.entries.length > 0) {
      const last = rd.entries[rd.entries.length - 1]!;
      this.log.stableTo(last.index, last.term);
    }
    if (rd.committedEntries.length > 0) {
      this.log.appliedTo(rd.committedEntries[rd.committedEntries.length - 1]!.index);
    }
  }

  /**
   * The write of `rd` (an advanced Ready) is flushed to disk. Call in Ready order. On a leader,
   * its own copy of those entries now counts toward commit.
   */
  persisted(rd: Ready): void {
    if (rd.hardState && rd.hardState.term > this.durableTerm) this.durableTerm = rd.hardState.term;
    if (rd.snapshot && this.log.matchTerm(rd.snapshot.meta.index, rd.snapshot.meta.term)) {
      this.durableIndex = Math.max(this.durableIndex, rd.snapshot.meta.index);
    }
    if (rd.entries.length === 0) return;
    const last = rd.entries[rd.entries.length - 1]!;
    if (!this.log.matchTerm(last.index, last.term)) return; // replaced since: wait for the newer write
    this.durableIndex = Math.max(this.durableIndex, last.index);
    if (this.state !== 'leader') return;
    const self = this.prs.get(this.id);
    if (self && self.maybeUpdate(this.durableIndex) && this.maybeCommit()) {
      this.pendingBroadcast = this.state === 'leader';
    }
  }

  /**
   * Whether a host may send m before the Ready that carries it is flushed: a leader's
   * replication traffic (MsgApp, MsgHeartbeat, MsgSnap) of a term already on disk. Safe because
   * the leader counts its own copy toward commit only once persisted(), and the commit index
   * these carry counts only persisted copies. The term must be durable too: a lone voter elects
   * itself and replicates to learners in one Ready, and if that term were lost in a crash it
   * would win the same term again and send other entries under the same (index, term).
   * Everything else (votes, append acknowledgements) waits for the flush.
   */
  canSendBeforePersist(m: Message): boolean {
    const replication = m.type === MessageType.MSG_APP || m.type === MessageType.MSG_HEARTBEAT || m.type === MessageType.MSG_SNAP;
    return replication && m.term <= this.durableTerm;
  }

  /** The last index whose entry is flushed to disk and still in the log. */
  private persistedIndex(): number {
    return Math.min(this.durableIndex, this.log.lastIndex());
  }

  // ---------------------------------------------------------------- status

  status(): RaftStatus {
    const progress: Record<number, ProgressStatus> = {};
    if (this.state === 'leader') {
      for (const [id, pr] of this.prs) {
        progress[id] = {
          match: pr.match,
          next: pr.next,
          state: pr.state,
          isLearner: pr.isLearner,
          recentActive: pr.recentActive,
          inflight: pr.inflights.count,
        };
      }
    }
    return {
      id: this.id,
      term: this.term,
      vote: this.vote,
      lead: this.lead,
      state: this.state,
      commit: this.log.committed,
      applied: this.log.applied,
      lastIndex: this.log.lastIndex(),
      firstIndex: this.log.firstIndex(),
      confState: this.conf,
      leadTransferee: this.leadTransferee,
      progress,
    };
  }
}
