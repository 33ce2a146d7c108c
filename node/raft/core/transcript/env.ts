// N in-memory nodes driven exactly like a host drives one (ready → persist into MemoryStorage
// → send → apply → advance), over a network the transcript controls message by message.
// Modelled on etcd-io/raft's rafttest.InteractionEnv. Pure: no I/O, no clock; each node's
// randomness is an Sfc32 seeded with its id, so every transcript replays exactly.
import type { RaftOptions } from '../config.ts';
import { applyConfChange } from '../membership.ts';
import { Sfc32 } from '../prng.ts';
import { Raft, type StateType } from '../raft.ts';
import { MemoryStorage } from '../storage.ts';
import type { ConfState, Message } from '../types.ts';
import { EntryType, messageTypeName } from '../types.ts';
import { describeMessage, describeReady } from './describe.ts';

/** The options a transcript may set on nodes; the rest are the core's defaults. */
export type NodeOptions = Omit<RaftOptions, 'id' | 'storage' | 'prng' | 'applied'>;

export interface TranscriptNode {
  id: number;
  raft: Raft;
  storage: MemoryStorage;
  /** The host's state machine: the last index applied, and the membership as of each applied change. */
  appliedIndex: number;
  confHistory: Array<{ index: number; cs: ConfState }>;
  /** Role and term as last printed, so that changes can be reported once. */
  reported: { state: StateType; term: number };
}

export interface MessageFilter {
  /** Only messages of this type (etcd's name, e.g. "MsgApp"). */
  type?: string;
}

const encoder = new TextEncoder();
const STABILIZE_ROUNDS_MAX = 1000;

export class InteractionEnv {
  readonly nodes = new Map<number, TranscriptNode>();
  /** Messages sent and not yet delivered or dropped, in send order. */
  network: Message[] = [];
  /** Isolated nodes: every message from or to one is dropped on delivery. */
  readonly isolated = new Set<number>();
  /** log-level none: event output (Readies, deliveries, role changes) is suppressed. */
  quiet = false;
  nodeOptions: NodeOptions = { electionTimeoutTicks: 10, heartbeatTicks: 1 };
  private output: string[] = [];
  private indent = '';

  // ------------------------------------------------------------ output

  /** Starts collecting a command's output. */
  begin(): void {
    this.output = [];
    this.indent = '';
  }

  /** The command's output; "ok" when there is none. */
  end(): string {
    return this.output.length > 0 ? this.output.join('\n') : 'ok';
  }

  /** A result of the command itself: always printed. */
  print(line: string): void {
    this.output.push(this.indent + line);
  }

  /** Something that happened along the way: printed unless log-level none. */
  emit(line: string): void {
    if (!this.quiet) this.print(line);
  }

  indented(fn: () => void): void {
    const saved = this.indent;
    this.indent += '  ';
    try {
      fn();
    } finally {
      this.indent = saved;
    }
  }

  // ------------------------------------------------------------ nodes

  node(id: number): TranscriptNode {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  }

  sortedIds(): number[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  /**
   * A new cluster member bootstrapped the way fedmq bootstraps one: from the snapshot at
   * index 1, term 1 that holds the initial membership.
   */
  addBootstrappedNode(id: number, conf: ConfState, opts: NodeOptions): void {
    const storage = new MemoryStorage(conf);
    storage.applySnapshot({ meta: { index: 1, term: 1, confState: conf }, data: encoder.encode('applied=1') });
    storage.setHardState({ term: 1, vote: 0, commit: 1 });
    this.start(id, storage, 1, conf, opts);
  }

  /** A node added later: empty storage, no membership; it learns everything from the leader. */
  addEmptyNode(id: number, opts: NodeOptions): void {
    this.start(id, new MemoryStorage(), 0, { voters: [], learners: [], members: [] }, opts);
  }

  private start(id: number, storage: MemoryStorage, applied: number, conf: ConfState, opts: NodeOptions): void {
    if (this.nodes.has(id)) throw new Error(`node ${id} exists already`);
    const raft = new Raft({ ...opts, id, storage, prng: new Sfc32(id), applied });
    this.nodes.set(id, {
      id,
      raft,
      storage,
      appliedIndex: applied,
      confHistory: [{ index: applied, cs: conf }],
      reported: { state: raft.state, term: raft.term },
    });
  }

  /** Prints a change of role or term since the last report, as etcd's log lines do. */
  noteTransitions(n: TranscriptNode, prefix = ''): void {
    const { state, term } = n.raft;
    if (state === n.reported.state && term === n.reported.term) return;
    n.reported = { state, term };
    this.emit(`${prefix}INFO ${n.id} became ${state} at term ${term}`);
  }

  /** Runs fn against node id's core, then reports what changed. */
  act<T>(id: number, fn: (raft: Raft) => T): T {
    const n = this.node(id);
    const result = fn(n.raft);
    this.noteTransitions(n);
    return result;
  }

  tick(id: number, count: number): void {
    const n = this.node(id);
    for (let i = 1; i <= count; i++) {
      n.raft.tick();
      this.noteTransitions(n, count > 1 ? `tick ${i}: ` : '');
    }
  }

  // ------------------------------------------------------------ the host loop

  /** Handles one Ready of node id, if it has one: persist → send → apply → advance → persisted. */
  processReady(id: number): boolean {
    const n = this.node(id);
    if (!n.raft.hasReady()) return false;
    const rd = n.raft.ready();
    for (const line of describeReady(rd)) this.emit(line);
    // 1. Persist: snapshot (restoring the state machine from it), entries, hard state.
    if (rd.snapshot) {
      n.storage.applySnapshot(rd.snapshot);
      n.appliedIndex = rd.snapshot.meta.index;
      n.confHistory = [{ index: rd.snapshot.meta.index, cs: rd.snapshot.meta.confState }];
    }
    n.storage.append(rd.entries);
    if (rd.hardState) n.storage.setHardState(rd.hardState);
    // 2. Send. Messages to nodes that do not exist go nowhere (they are shown in the Ready).
    for (const m of rd.messages) if (this.nodes.has(m.to)) this.network.push(m);
    // 3. Apply.
    for (const e of rd.committedEntries) {
      if (e.index !== n.appliedIndex + 1) throw new Error(`node ${id} applies ${e.index} after ${n.appliedIndex}`);
      n.appliedIndex = e.index;
      if (e.type === EntryType.ENTRY_CONF_CHANGE && e.confChange) {
        const cs = applyConfChange(n.confHistory[n.confHistory.length - 1]!.cs, e.confChange);
        n.confHistory.push({ index: e.index, cs });
      }
    }
    // 4. Advance; the write is on disk at once here (the transcript host flushes synchronously),
    // so the leader's own copy counts toward commit from now on.
    n.raft.advance(rd);
    n.raft.persisted(rd);
    return true;
  }

  /** The membership the state machine had after applying index. */
  confAt(n: TranscriptNode, index: number): ConfState {
    let cs = n.confHistory[0]!.cs;
    for (const h of n.confHistory) if (h.index <= index) cs = h.cs;
    return cs;
  }

  /** Takes a snapshot of node id's state machine at index (<= applied) and compacts its log. */
  compact(id: number, index: number): void {
    const n = this.node(id);
    if (index > n.appliedIndex) throw new Error(`compact ${id} ${index}: only ${n.appliedIndex} is applied`);
    n.storage.createSnapshot(index, this.confAt(n, index), encoder.encode(`applied=${index}`));
  }

  // ------------------------------------------------------------ the network

  private matches(m: Message, to: number, filter: MessageFilter): boolean {
    return m.to === to && (filter.type === undefined || messageTypeName(m.type) === filter.type);
  }

  /** Delivers the queued messages to node id (those matching filter), in send order. */
  deliver(id: number, filter: MessageFilter = {}): number {
    const n = this.node(id);
    const due = this.network.filter((m) => this.matches(m, id, filter));
    this.network = this.network.filter((m) => !this.matches(m, id, filter));
    for (const m of due) {
      if (this.isolated.has(m.from) || this.isolated.has(m.to)) {
        this.emit(`dropped: ${describeMessage(m)}`);
        continue;
      }
      this.emit(describeMessage(m));
      n.raft.step(m);
      this.noteTransitions(n);
    }
    return due.length;
  }

  /** Drops the queued messages to node id (those matching filter). */
  drop(id: number, filter: MessageFilter = {}): void {
    for (const m of this.network) if (this.matches(m, id, filter)) this.emit(`dropped: ${describeMessage(m)}`);
    this.network = this.network.filter((m) => !this.matches(m, id, filter));
  }

  /** Handles Readies and delivers messages among ids until nothing is left to do. */
  stabilize(ids: number[]): void {
    for (let round = 0; round < STABILIZE_ROUNDS_MAX; round++) {
      let done = true;
      for (const id of ids) {
        if (!this.node(id).raft.hasReady()) continue;
        done = false;
        this.emit(`> ${id} handling Ready`);
        this.indented(() => this.processReady(id));
      }
      for (const id of ids) {
        if (!this.network.some((m) => m.to === id)) continue;
        done = false;
        this.emit(`> ${id} receiving messages`);
        this.indented(() => this.deliver(id));
      }
      if (done) return;
    }
    throw new Error(`stabilize did not settle within ${STABILIZE_ROUNDS_MAX} rounds`);
  }

  isolate(id: number): void {
    this.node(id);
    this.isolated.add(id);
  }

  /** Reconnects everyone. What was queued across the partition is lost with it, not delivered late. */
  heal(): void {
    const crossing = (m: Message): boolean => this.isolated.has(m.from) || this.isolated.has(m.to);
    for (const m of this.network) if (crossing(m)) this.emit(`dropped: ${describeMessage(m)}`);
    this.network = this.network.filter((m) => !crossing(m));
    this.isolated.clear();
  }
}
