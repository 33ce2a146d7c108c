// Leader-local broker work: client sessions, their consumers and transactions, delivery with
// prefetch credit, priority and selectors, and the batching of everything that must be
// replicated (sends, dispatch marks, acks, returns, expiries) into few Raft entries.
//
// Only the leader serves. When this node becomes leader it proposes its policy (if the applied
// one differs) and RecoverDeliveries, and once that is applied it builds its delivery index from
// LMDB and starts serving. When it loses leadership every session is closed with LEADER_CHANGED:
// clients reconnect (to the new leader) and their retries are de-duplicated.
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError, isFedmqError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { LeaderClock, encodeCommand, type BrokerOp } from '../broker/commands.ts';
import { selectorView } from '../broker/headers.ts';
import { DestinationKind, TEMP_PREFIX, checkDestination, checkPattern, destinationUri, hasWildcard, matchesPattern } from '../broker/names.ts';
import { samePolicy, type BrokerPolicy } from '../broker/policy.ts';
import { compileSelector, type CompiledSelector } from '../broker/selector/index.ts';
import type { BrokerEffect, BrokerStateMachine, SendOutcome, TransactionResult } from '../broker/state-machine.ts';
import { QueueIndex, type MemoryMessage, type ReadyMeta } from './queue-index.ts';

const pb = fedmq.v1;
type SelectorView = ReturnType<typeof selectorView>;

export interface BrokerLimits {
  /** The largest message (encoded), in bytes. */
  messageBytesMax: number;
  /** The largest transaction (its sends, encoded), in bytes. */
  transactionBytesMax: number;
  /** All stored messages of the node, in bytes and in count. */
  storeBytesMax: number;
  storeMessagesMax: number;
  /** One destination's stored messages, in count and bytes. */
  destinationMessagesMax: number;
  destinationBytesMax: number;
  /** Non-persistent messages held in the leader's memory, per queue. */
  memoryMessagesMax: number;
  /** The largest prefetch a consumer may ask for. */
  prefetchMax: number;
}

export interface BrokerCoreOptions {
  sm: BrokerStateMachine;
  /** Proposes a command; resolves with its apply result once applied here. */
  propose(data: Uint8Array): Promise<{ result: unknown }>;
  isLeader(): boolean;
  logger: Logger;
  limits: BrokerLimits;
  policy: BrokerPolicy;
  autoCreate: boolean;
  now?: () => number;
}

/** A session's view of the broker (the gRPC stream or the STOMP connection implements it). */
export interface SessionSink {
  deliver(d: fedmq.v1.IDelivery): void;
  /** The broker ends the session (leadership lost, shutdown). */
  close(err: FedmqError): void;
}

interface Consumer {
  id: string;
  session: Session;
  pattern: { kind: number; name: string };
  selector: CompiledSelector | null;
  ackMode: fedmq.v1.AckMode;
  prefetch: number;
  /** Assigned and not yet acknowledged or returned. */
  held: number;
  /** Queues (or one durable store) it takes from; empty for a live topic subscription. */
  queues: Set<number>;
  /** A durable subscription's own selector (its store applied it to what was stored). */
  durable: { clientId: string; name: string; selector: CompiledSelector | null } | null;
  /**
   * A bridge's consumer (federation): served only when no local consumer can take a message,
   * only messages it accepts, and what it held goes back uncounted when it stops.
   */
  bridge: { accept(m: fedmq.v1.IMessage): boolean } | null;
  /** Live topic subscriptions: messages waiting for credit (bounded; oldest dropped). */
  topicBacklog: fedmq.v1.IMessage[];
  closed: boolean;
}

interface Unacked {
  consumer: Consumer;
  /** An ack is on its way to commit. */
  acking: boolean;
  destId: number; // 0: a live topic message
  key: number;
  message: fedmq.v1.IMessage | null; // kept for live topic and memory messages (redelivery)
  deliveryCount: number;
}

interface OpenTx {
  sends: fedmq.v1.Message[];
  bytes: number;
  acks: Array<{ tag: number; u: Unacked }>;
}

/** Live topic messages waiting for a slow subscriber, at most (ActiveMQ's pending message limit). */
const TOPIC_BACKLOG_MAX = 10_000;
/** Keys visited per queue per dispatch round, at most (selectors may skip many). */
const SCAN_LIMIT = 4096;
/** Messages in one SendBatch entry, at most, and bytes. */
const SEND_BATCH_MESSAGES_MAX = 512;
const SEND_BATCH_BYTES_MAX = 2 << 20;
/** Proposals of each kind in flight at once: batches grow while these wait. */
const INFLIGHT_PROPOSALS = 4;
/** Expired messages dead-lettered per sweep, at most. */
const EXPIRE_BATCH_MAX = 1000;
/** A limit that keeps refusing sends is logged at most once per this long (per code and destination). */
const REFUSAL_LOG_MS = 5_000;
/** The sweep for expired messages in queues nobody consumes. */
const EXPIRY_SWEEP_MS = 1000;

export class Session {
  readonly id: string;
  readonly clientId: string;
  readonly sink: SessionSink;
  readonly consumers = new Map<string, Consumer>();
  readonly unacked = new Map<number, Unacked>();
  readonly transactions = new Map<string, OpenTx>();
  readonly temporaryQueues = new Set<string>();
  nextTag = 1;
  tempSeq = 0;
  closed = false;

  constructor(id: string, clientId: string, sink: SessionSink) {
    this.id = id;
    this.clientId = clientId;
    this.sink = sink;
  }
}

interface PendingSend {
  message: fedmq.v1.Message;
  size: number;
  destKey: string;
  resolve(o: SendOutcome): void;
}

/** A batcher: items queue up while up to INFLIGHT_PROPOSALS proposals are in flight. */
class Batcher<T> {
  private queue: T[] = [];
  private inflight = 0;
  private scheduled = false;
  constructor(
    private readonly maxItems: number,
    private readonly flush: (items: T[]) => Promise<void>,
  ) {}
  push(item: T): void {
    this.queue.push(item);
    this.kick();
  }
  get pending(): number {
    return this.queue.length;
  }
  private kick(): void {
    if (this.scheduled || this.inflight >= INFLIGHT_PROPOSALS || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.inflight < INFLIGHT_PROPOSALS && this.queue.length > 0) {
        const items = this.queue.splice(0, this.maxItems);
        this.inflight++;
        void this.flush(items).finally(() => {
          this.inflight--;
          this.kick();
        });
      }
    });
  }
}

export class BrokerCore {
  private readonly sm: BrokerStateMachine;
  private readonly opts: BrokerCoreOptions;
  private readonly logger: Logger;
  private readonly clock: LeaderClock;
  private readonly now: () => number;
  private state: 'follower' | 'activating' | 'active' = 'follower';
  private activation: Promise<void> | null = null;
  private generation = 0;
  private readonly sessions = new Map<string, Session>();
  private readonly queues = new Map<number, QueueIndex>();
  private readonly consumersByQueue = new Map<number, Consumer[]>();
  private readonly rr = new Map<number, number>();
  private readonly topicSubscribers = new Set<Consumer>();
  private dispatchScheduled = false;
  private delayTimer: NodeJS.Timeout | null = null;
  private expiryTimer: NodeJS.Timeout | null = null;
  private readonly pendingBytes = { total: 0, count: 0, byDest: new Map<string, { bytes: number; count: number }>() };
  private readonly flowWaiters = new Set<() => void>();
  private memoryKey = -1;
  private sessionSeq = 0;
  private readonly sendBatcher: Batcher<PendingSend>;
  private readonly ackBatcher: Batcher<{ destId: number; seq: number; done?: (ok: boolean) => void }>;
  private readonly dispatchBatcher: Batcher<{ destId: number; seq: number; consumer: Consumer }>;
  private readonly expiring = new Set<string>();
  private readonly refusals = new Map<string, { atMs: number; count: number }>();
  /** Queue messages proposed without a dispatch-now assignment and not yet applied, per queue name. */
  private readonly unassignedInflight = new Map<string, number>();
  private unsubscribeEffects: (() => void) | null = null;
  /** Messages proposed with dispatch-now, by message id: the consumer whose credit they took. */
  private readonly preassigned = new Map<string, { consumer: Consumer; message: fedmq.v1.IMessage }>();
  /** Stored and memory messages held by a session: "destId:key" → its tag. */
  private readonly tagsByRef = new Map<string, { s: Session; tag: number }>();

  constructor(opts: BrokerCoreOptions) {
    this.opts = opts;
    this.sm = opts.sm;
    this.logger = opts.logger.child({ component: 'broker' });
    this.now = opts.now ?? Date.now;
    this.clock = new LeaderClock(this.now);
    this.sendBatcher = new Batcher(SEND_BATCH_MESSAGES_MAX, (items) => this.flushSends(items));
    this.ackBatcher = new Batcher(8192, (items) => this.flushAcks(items));
    this.dispatchBatcher = new Batcher(8192, (items) => this.flushDispatch(items));
    this.unsubscribeEffects = this.sm.onEffects((effects) => this.onEffects(effects));
  }

  // ------------------------------------------------------------ leadership

  /** Called on every leadership change of this node. */
  leadershipChanged(): void {
    if (this.opts.isLeader()) {
      if (this.state === 'follower') this.activate();
    } else if (this.state !== 'follower') {
      this.deactivate(new FedmqError('LEADER_CHANGED', 'this node is no longer the leader; reconnect (any node redirects to the new leader)'));
    }
  }

  /** Resolves when this node serves clients; rejects NOT_LEADER when it is not the leader. */
  async ready(timeoutMs: number): Promise<void> {
    if (this.state === 'active') return;
    if (this.state === 'follower' || !this.activation) throw new FedmqError('NOT_LEADER', 'this node is not the leader');
    const timeout = new Promise<never>((_, rej) => setTimeout(() => rej(new FedmqError('NO_LEADER', `the new leader did not finish recovering within ${timeoutMs} ms; retry`)), timeoutMs).unref());
    await Promise.race([this.activation, timeout]);
    if (!this.serving) throw new FedmqError('NOT_LEADER', 'this node is not the leader');
  }

  get serving(): boolean {
    return this.state === 'active';
  }

  private activate(): void {
    this.state = 'activating';
    const gen = ++this.generation;
    this.activation = (async () => {
      try {
        this.clock.observe(this.sm.totals().leaderTimeMs);
        if (!samePolicy(this.sm.policy(), this.opts.policy)) {
          await this.proposeOp({ policy: { policy: this.opts.policy } });
        }
        // Everything handed out by earlier leaders comes back, counted as delivered.
        const r = (await this.proposeOp({ recover: {} })) as { returned: number; deadLettered: number };
        if (gen !== this.generation) return;
        this.rebuild();
        this.state = 'active';
        this.logger.info({ returned: r.returned, deadLettered: r.deadLettered, queues: this.queues.size }, 'serving clients as leader');
        await this.dropOrphanTemporaryQueues();
        this.scheduleDispatch();
        this.scheduleExpirySweep();
      } catch (err) {
        if (gen !== this.generation) return;
        this.logger.warn({ err: (err as Error).message }, 'could not start serving as leader');
        this.deactivate(isFedmqError(err) ? err : new FedmqError('NO_LEADER', (err as Error).message));
      }
    })();
  }

  private deactivate(err: FedmqError): void {
    this.generation++;
    this.state = 'follower';
    this.activation = null;
    for (const s of [...this.sessions.values()]) {
      s.closed = true;
      this.sessions.delete(s.id);
      s.sink.close(err);
    }
    this.queues.clear();
    this.consumersByQueue.clear();
    this.topicSubscribers.clear();
    this.pendingBytes.total = 0;
    this.pendingBytes.count = 0;
    this.pendingBytes.byDest.clear();
    for (const w of this.flowWaiters) w();
    if (this.delayTimer) clearTimeout(this.delayTimer);
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.delayTimer = null;
    this.expiryTimer = null;
  }

  /** Stops serving (the node is shutting down). */
  close(): void {
    this.deactivate(new FedmqError('SHUTTING_DOWN', 'the node is shutting down; reconnect to another node'));
    this.unsubscribeEffects?.();
  }

  /** The index of every queue and durable store, from the applied state. */
  private rebuild(): void {
    this.queues.clear();
    const now = this.now();
    for (const rec of this.sm.destinations()) {
      if (rec.destination!.kind === DestinationKind.TOPIC && !rec.durableSubscription) continue;
      const q = new QueueIndex(rec.id);
      this.queues.set(rec.id, q);
      for (const { seq, stored } of this.sm.messages(rec.id)) {
        q.add(seq, readyMeta(stored.message!), stored.deliveryCount > 0, now);
      }
    }
  }

  private async dropOrphanTemporaryQueues(): Promise<void> {
    for (const rec of this.sm.destinations()) {
      if (rec.temporary && !this.sessions.has(rec.ownerSession)) {
        await this.proposeOp({ delete: { destId: rec.id } }).catch(() => undefined);
      }
    }
  }

  // ------------------------------------------------------------ effects (after each commit)

  private onEffects(effects: BrokerEffect[]): void {
    if (this.state !== 'active') return;
    const now = this.now();
    const giveBack: Array<{ destId: number; seq: number }> = [];
    for (const e of effects) {
      switch (e.kind) {
        case 'stored': {
          const q = this.queues.get(e.destId);
          const meta = { priority: e.priority, deliverAtMs: e.deliverAtMs, expiresAtMs: e.expiresAtMs };
          if (!e.out) {
            if (q) q.add(e.seq, meta, false, now);
            break;
          }
          // Stored already handed out (dispatch-now): to the consumer whose credit it took.
          const pa = this.preassigned.get(e.id);
          this.preassigned.delete(e.id);
          if (q && pa && !pa.consumer.closed && !pa.consumer.session.closed && pa.consumer.queues.has(e.destId)) {
            q.addAssigned(e.seq, meta, pa.consumer.id);
            this.hand(pa.consumer, e.destId, e.seq, pa.message, 0, null);
          } else {
            if (pa && pa.consumer.held > 0) pa.consumer.held--;
            if (q) q.addAssigned(e.seq, meta, '');
            giveBack.push({ destId: e.destId, seq: e.seq });
          }
          break;
        }
        case 'returned': {
          const q = this.queues.get(e.destId);
          if (!q) break;
          const owner = q.assigned.get(e.seq);
          if (owner !== undefined) {
            this.releaseCredit(e.destId, e.seq, owner);
            q.unassign(e.seq);
          } else if (!q.meta.has(e.seq)) {
            const s = this.sm.message(e.destId, e.seq);
            if (s) q.add(e.seq, readyMeta(s.message!), true, now);
          }
          break;
        }
        case 'removed': {
          const q = this.queues.get(e.destId);
          if (!q) break;
          const owner = q.remove(e.seq);
          if (owner !== undefined) this.releaseCredit(e.destId, e.seq, owner);
          break;
        }
        case 'destCreated': {
          const rec = this.sm.destinationById(e.destId);
          if (!rec || (rec.destination!.kind === DestinationKind.TOPIC && !rec.durableSubscription)) break;
          if (!this.queues.has(e.destId)) this.queues.set(e.destId, new QueueIndex(e.destId));
          if (!rec.durableSubscription) this.attachWildcardConsumers(rec);
          break;
        }
        case 'destCleared':
        case 'destDeleted': {
          const q = this.queues.get(e.destId);
          if (!q) break;
          for (const [key, owner] of q.clear()) this.releaseCredit(e.destId, key, owner);
          if (e.kind === 'destDeleted') {
            this.queues.delete(e.destId);
            for (const c of this.consumersByQueue.get(e.destId) ?? []) c.queues.delete(e.destId);
            this.consumersByQueue.delete(e.destId);
          }
          break;
        }
        case 'published':
          this.fanOut(e.message);
          break;
        case 'reset':
          this.deactivate(new FedmqError('LEADER_CHANGED', 'the state was replaced by a snapshot; reconnect'));
          return;
      }
    }
    // Marked out but its consumer left before it was stored: back without counting a delivery.
    if (giveBack.length > 0) void this.proposeOp({ release: { refs: giveBack, delivered: false, reason: 'consumer closed' } }).catch(() => undefined);
    for (const w of [...this.flowWaiters]) w();
    this.scheduleDispatch();
  }

  /** An assigned message is no longer held by its consumer: its credit comes back, the session forgets its tag. */
  private releaseCredit(destId: number, key: number, consumerId: string): void {
    const ref = `${destId}:${key}`;
    const t = this.tagsByRef.get(ref);
    if (t) {
      this.tagsByRef.delete(ref);
      const u = t.s.unacked.get(t.tag);
      t.s.unacked.delete(t.tag);
      if (u && u.consumer.held > 0) u.consumer.held--;
      return;
    }
    // Assigned, not yet handed over (its dispatch mark was pending).
    for (const c of this.consumersByQueue.get(destId) ?? []) {
      if (c.id === consumerId) {
        if (c.held > 0) c.held--;
        return;
      }
    }
  }

  /** The session no longer holds this tag (returned, settled locally). */
  private forget(s: Session, tag: number): Unacked | undefined {
    const u = s.unacked.get(tag);
    if (!u) return undefined;
    s.unacked.delete(tag);
    if (u.destId !== 0) {
      const ref = `${u.destId}:${u.key}`;
      if (this.tagsByRef.get(ref)?.tag === tag) this.tagsByRef.delete(ref);
    }
    return u;
  }

  // ------------------------------------------------------------ sessions

  openSession(clientId: string, sink: SessionSink): Session {
    if (this.state !== 'active') throw new FedmqError('NOT_LEADER', 'this node is not serving clients');
    const s = new Session(`s${this.generation}-${++this.sessionSeq}`, clientId, sink);
    this.sessions.set(s.id, s);
    this.logger.debug({ session: s.id, clientId }, 'session opened');
    return s;
  }

  /** The client went away: its unacknowledged messages come back counted, its transactions roll back. */
  closeSession(s: Session): void {
    if (s.closed) return;
    s.closed = true;
    this.sessions.delete(s.id);
    this.logger.debug({ session: s.id, clientId: s.clientId, consumers: s.consumers.size, unacked: s.unacked.size }, 'session closed');
    for (const c of [...s.consumers.values()]) this.removeConsumer(c, 'consumer closed');
    s.transactions.clear();
    for (const name of s.temporaryQueues) {
      const rec = this.sm.destination(DestinationKind.QUEUE, name);
      if (rec) void this.proposeOp({ delete: { destId: rec.id } }).catch(() => undefined);
    }
  }

  // ------------------------------------------------------------ sends

  /** Validates and sends one message; resolves when it is committed (persistent) or queued (not). */
  async send(s: Session, req: fedmq.v1.ISendRequest): Promise<SendOutcome> {
    const message = this.buildMessage(req);
    const size = pb.Message.encode(message).len;
    if (size > this.opts.limits.messageBytesMax) {
      throw new FedmqError('MSG_TOO_LARGE', `the message is ${size} bytes; the largest this site accepts is messageBytesMax = ${this.opts.limits.messageBytesMax}`, { size, limit: this.opts.limits.messageBytesMax });
    }
    if (req.transactionId) {
      const tx = s.transactions.get(req.transactionId);
      if (!tx) throw new FedmqError('TX_UNKNOWN', `no open transaction ${JSON.stringify(req.transactionId)} on this session (BEGIN it first; a session that reconnected lost its open transactions)`);
      if (tx.bytes + size > this.opts.limits.transactionBytesMax) {
        throw new FedmqError('MSG_TOO_LARGE', `the transaction would be ${tx.bytes + size} bytes; the largest is transactionBytesMax = ${this.opts.limits.transactionBytesMax}`, { limit: this.opts.limits.transactionBytesMax });
      }
      tx.sends.push(message);
      tx.bytes += size;
      return { ok: true, duplicate: false };
    }
    this.assertServing();
    const dest = message.destination!;
    if (!this.sm.destination(dest.kind!, dest.name!)) {
      if (!this.opts.autoCreate) throw new FedmqError('DESTINATION_NOT_FOUND', `${destinationUri({ kind: dest.kind!, name: dest.name! })} does not exist and autoCreate is off`);
      // A temporary queue exists only while its session does: a send never recreates one.
      if (dest.kind === DestinationKind.QUEUE && dest.name!.startsWith(TEMP_PREFIX)) {
        throw new FedmqError('DESTINATION_NOT_FOUND', `temporary queue ${dest.name} no longer exists (its session ended)`);
      }
    }
    if (!message.persistent) return this.sendNonPersistent(message);
    const destKey = `${dest.kind}:${dest.name}`;
    // Reserves the room as it finds it (no await in between), so concurrent sends cannot all
    // pass the check and overshoot the limit together.
    await this.reserveRoom(destKey, dest, size, Number(req.flowControlWaitMs ?? 0), message.id);
    return new Promise<SendOutcome>((resolve) => {
      this.sendBatcher.push({ message, size, destKey, resolve });
    });
  }

  private buildMessage(req: fedmq.v1.ISendRequest): fedmq.v1.Message {
    const dest = checkDestination(req.destination);
    const id = req.messageId ?? '';
    if (id.length === 0 || id.length > 128) throw new FedmqError('BAD_REQUEST', `messageId must be 1 to 128 characters (the SDK makes one), got ${id.length}`);
    const priority = req.priority ?? 4;
    if (!Number.isInteger(priority) || priority < 0 || priority > 9) throw new FedmqError('BAD_REQUEST', `priority must be 0-9, got ${priority}`);
    const replyTo = req.replyTo?.name ? checkDestination(req.replyTo, 'replyTo') : null;
    const now = this.clock.read();
    const ttl = Number(req.ttlMs ?? 0);
    const delay = Number(req.delayMs ?? 0);
    return pb.Message.create({
      id,
      destination: dest,
      headers: req.headers ?? {},
      body: req.body ?? new Uint8Array(0),
      persistent: req.persistent ?? false,
      priority,
      timestampMs: now,
      expiresAtMs: ttl > 0 ? now + ttl : 0,
      deliverAtMs: delay > 0 ? now + delay : 0,
      correlationId: req.correlationId ?? '',
      ...(replyTo ? { replyTo } : {}),
      type: req.type ?? '',
    });
  }

  private async sendNonPersistent(m: fedmq.v1.Message): Promise<SendOutcome> {
    const dest = m.destination!;
    if (dest.kind === DestinationKind.TOPIC) {
      this.fanOut(m);
      return { ok: true, duplicate: false };
    }
    let rec = this.sm.destination(DestinationKind.QUEUE, dest.name!);
    if (!rec) {
      // The queue itself is replicated, so the message has somewhere to wait (the message is not).
      await this.proposeOp({ ensure: { destination: dest } });
      this.assertServing();
      rec = this.sm.destination(DestinationKind.QUEUE, dest.name!);
      if (!rec) return { ok: false, code: 'DESTINATION_NOT_FOUND', message: `${destinationUri({ kind: dest.kind!, name: dest.name! })} could not be created` };
    }
    const q = this.queues.get(rec.id);
    if (!q) return { ok: false, code: 'DESTINATION_NOT_FOUND', message: `${destinationUri({ kind: dest.kind!, name: dest.name! })} is not served here` };
    if (q.memory.size >= this.opts.limits.memoryMessagesMax) {
      return { ok: false, code: 'DEST_LIMIT', message: `${destinationUri({ kind: dest.kind!, name: dest.name! })} holds memoryMessagesMax = ${this.opts.limits.memoryMessagesMax} non-persistent messages` };
    }
    const key = this.memoryKey--;
    const mm: MemoryMessage = { key, message: m, deliveryCount: 0 };
    q.memory.set(key, mm);
    q.add(key, { priority: m.priority, deliverAtMs: m.deliverAtMs, expiresAtMs: m.expiresAtMs }, false, this.now());
    this.scheduleDispatch();
    return { ok: true, duplicate: false };
  }

  private async flushSends(items: PendingSend[]): Promise<void> {
    // Batches are cut by bytes too, so no entry exceeds the Raft entry limit.
    let start = 0;
    while (start < items.length) {
      let bytes = 0;
      let end = start;
      while (end < items.length && (end === start || bytes + items[end]!.size <= SEND_BATCH_BYTES_MAX)) bytes += items[end++]!.size;
      const chunk = items.slice(start, end);
      start = end;
      let outcomes: SendOutcome[];
      try {
        outcomes = (await this.proposeWithDispatchNow(
          chunk.map((p) => p.message),
          (dispatchNow) => this.proposeOp({ send: { messages: chunk.map((p) => p.message), autoCreate: this.opts.autoCreate, dispatchNow } }),
        )) as SendOutcome[];
      } catch (err) {
        const e = isFedmqError(err) ? err : new FedmqError('OUTCOME_UNKNOWN', (err as Error).message);
        outcomes = chunk.map(() => ({ ok: false, code: e.code, message: e.message }));
      }
      chunk.forEach((p, i) => {
        this.reserve(p.destKey, -p.size, -1);
        p.resolve(outcomes[i] ?? { ok: false, code: 'OUTCOME_UNKNOWN', message: 'no outcome' });
      });
    }
  }

  /**
   * Proposes queue messages (a send batch, or a batch bridged from another site) with
   * dispatch-now: `propose` is called at once (so proposals keep their order) with the indices of
   * the messages assigned to a consumer already. Until the entry is applied, no later message of
   * a queue that got an unassigned one may be handed out at once (it would overtake it); after
   * it, assigned messages that were not stored (a duplicate, a refusal, a failed proposal) give
   * their consumer's credit back. The messages must be as the state machine will store them
   * (ids, origin site and path): an assigned one is handed over as it is.
   */
  async proposeWithDispatchNow<R>(messages: fedmq.v1.Message[], propose: (dispatchNow: number[]) => Promise<R>, opts: { assign?: boolean } = {}): Promise<R> {
    const dispatchNow = this.state === 'active' && opts.assign !== false ? this.preassign(messages) : [];
    const waiting = new Set(dispatchNow);
    const unassigned: string[] = [];
    messages.forEach((m, i) => {
      if (waiting.has(i) || m.destination?.kind !== DestinationKind.QUEUE) return;
      const name = m.destination.name ?? '';
      unassigned.push(name);
      this.unassignedInflight.set(name, (this.unassignedInflight.get(name) ?? 0) + 1);
    });
    try {
      return await propose(dispatchNow);
    } finally {
      for (const name of unassigned) {
        const n = (this.unassignedInflight.get(name) ?? 1) - 1;
        if (n > 0) this.unassignedInflight.set(name, n);
        else this.unassignedInflight.delete(name);
      }
      for (const i of dispatchNow) {
        const pa = this.preassigned.get(messages[i]!.id);
        if (pa) {
          this.preassigned.delete(messages[i]!.id);
          if (pa.consumer.held > 0) pa.consumer.held--;
        }
      }
    }
  }

  /**
   * Dispatch-now: a queue message whose queue has nothing waiting and a consumer with credit is
   * proposed already assigned to that consumer (it is stored marked out and handed over as soon
   * as it applies), so a consumer that keeps up costs no dispatch entry and no extra commit.
   */
  private preassign(messages: fedmq.v1.Message[]): number[] {
    const out: number[] = [];
    const now = this.now();
    /** Queues where a message of this chunk was not assigned: later ones must not overtake it. */
    const blocked = new Set<string>();
    messages.forEach((m, i) => {
      if (m.destination?.kind !== DestinationKind.QUEUE) return;
      const name = m.destination.name ?? '';
      // Not handed out at once: a delayed message, one already expired (a bridged message that
      // waited out a link outage: dispatch dead-letters or drops it), an id already assigned.
      const expired = Number(m.expiresAtMs ?? 0) > 0 && Number(m.expiresAtMs) <= now;
      if (blocked.has(name) || Number(m.deliverAtMs ?? 0) > 0 || expired || this.preassigned.has(m.id)) {
        blocked.add(name);
        return;
      }
      blocked.add(name); // cleared below if this one is assigned
      const rec = this.sm.destination(DestinationKind.QUEUE, name);
      if (!rec) return;
      const q = this.queues.get(rec.id);
      const consumers = this.consumersByQueue.get(rec.id);
      // Order: never ahead of what waits in the queue, is being marked for dispatch, or was
      // proposed before without an assignment (and will wait in the queue once it applies).
      if (!q || !consumers || q.ready > 0 || q.delayed.size > 0 || q.dispatching > 0 || (this.unassignedInflight.get(name) ?? 0) > 0) return;
      let view: SelectorView | null = null;
      let start = this.rr.get(rec.id) ?? 0;
      for (let k = 0; k < consumers.length; k++) {
        const c = consumers[(start + k) % consumers.length]!;
        if (c.closed || c.held >= c.prefetch || c.bridge) continue; // bridges below, after every local consumer
        if (c.selector) {
          view ??= selectorView(m);
          if (!c.selector.matches(view)) continue;
        }
        start = (start + k + 1) % consumers.length;
        this.rr.set(rec.id, start);
        c.held++;
        this.preassigned.set(m.id, { consumer: c, message: m });
        out.push(i);
        blocked.delete(name);
        return;
      }
      // A bridge takes what no local consumer can, as in dispatch (lower priority): assigned now,
      // its claim rides in the send entry instead of a dispatch entry and commit of its own.
      for (const b of consumers) {
        if (!b.bridge || b.closed || b.held >= b.prefetch || !b.bridge.accept(m)) continue;
        b.held++;
        this.preassigned.set(m.id, { consumer: b, message: m });
        out.push(i);
        blocked.delete(name);
        return;
      }
    });
    return out;
  }

  // ------------------------------------------------------------ flow control

  private reserve(destKey: string, bytes: number, count: number): void {
    this.pendingBytes.total += bytes;
    this.pendingBytes.count += count;
    const d = this.pendingBytes.byDest.get(destKey) ?? { bytes: 0, count: 0 };
    d.bytes += bytes;
    d.count += count;
    if (d.count <= 0) this.pendingBytes.byDest.delete(destKey);
    else this.pendingBytes.byDest.set(destKey, d);
  }

  /** Null when there is room, else the refusal. Nothing stored is ever dropped to make room. */
  private limitReached(destKey: string, dest: fedmq.v1.IDestination, size: number): FedmqError | null {
    const L = this.opts.limits;
    const t = this.sm.totals();
    if (t.bytes + this.pendingBytes.total + size > L.storeBytesMax) {
      return new FedmqError('STORE_FULL', `the store holds ${t.bytes + this.pendingBytes.total} bytes; storeBytesMax = ${L.storeBytesMax}. Consume or purge, or raise limits.storeBytesMax`, { limit: 'storeBytesMax', value: L.storeBytesMax });
    }
    if (t.messages + this.pendingBytes.count + 1 > L.storeMessagesMax) {
      return new FedmqError('STORE_FULL', `the store holds ${t.messages + this.pendingBytes.count} messages; storeMessagesMax = ${L.storeMessagesMax}`, { limit: 'storeMessagesMax', value: L.storeMessagesMax });
    }
    if (dest.kind === DestinationKind.TOPIC) {
      // A bridge's topic subscription whose overflow policy is 'block' holds producers back.
      for (const d of this.sm.durables()) {
        if (Number(d.messagesMax) === 0 || d.dropOldest || !matchesPattern(d.topic!.name!, dest.name!)) continue;
        const store = this.sm.destinationById(d.destId);
        if (store && Number(store.depth) >= Number(d.messagesMax)) {
          return new FedmqError('DEST_LIMIT', `durable subscription ${d.clientId}:${d.name} on ${destinationUri({ kind: dest.kind!, name: dest.name! })} holds its limit of ${d.messagesMax} messages (a bridge whose link is down, with topicOverflow: block)`, { limit: 'topicBacklogMax', value: Number(d.messagesMax) });
        }
      }
    }
    if (dest.kind === DestinationKind.QUEUE) {
      const rec = this.sm.destination(DestinationKind.QUEUE, dest.name!);
      const p = this.pendingBytes.byDest.get(destKey) ?? { bytes: 0, count: 0 };
      const depth = (rec ? Number(rec.depth) : 0) + p.count;
      const bytes = (rec ? Number(rec.bytes) : 0) + p.bytes;
      if (depth + 1 > L.destinationMessagesMax) {
        return new FedmqError('DEST_LIMIT', `${destinationUri({ kind: dest.kind!, name: dest.name! })} holds ${depth} messages; destinationMessagesMax = ${L.destinationMessagesMax}`, { limit: 'destinationMessagesMax', value: L.destinationMessagesMax });
      }
      if (bytes + size > L.destinationBytesMax) {
        return new FedmqError('DEST_LIMIT', `${destinationUri({ kind: dest.kind!, name: dest.name! })} holds ${bytes} bytes; destinationBytesMax = ${L.destinationBytesMax}`, { limit: 'destinationBytesMax', value: L.destinationBytesMax });
      }
    }
    return null;
  }

  private async reserveRoom(destKey: string, dest: fedmq.v1.IDestination, size: number, waitMs: number, msgId: string): Promise<void> {
    let refusal = this.limitReached(destKey, dest, size);
    if (!refusal) {
      this.reserve(destKey, size, 1);
      return;
    }
    this.noteRefusal(refusal, dest, msgId);
    if (waitMs <= 0) throw refusal;
    const deadline = this.now() + waitMs;
    while (refusal) {
      const left = deadline - this.now();
      if (left <= 0) throw new FedmqError(refusal.code, `${refusal.message} (waited ${waitMs} ms for room)`, refusal.details);
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          this.flowWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.flowWaiters.add(done);
      });
      this.assertServing();
      refusal = this.limitReached(destKey, dest, size);
    }
    this.reserve(destKey, size, 1);
  }

  /** A limit refusing sends is logged once per REFUSAL_LOG_MS per code and destination, with how many since. */
  private noteRefusal(err: FedmqError, dest: fedmq.v1.IDestination, msgId: string): void {
    const key = `${err.code}:${dest.kind}:${dest.name}`;
    const now = this.now();
    const seen = this.refusals.get(key);
    if (seen && now - seen.atMs < REFUSAL_LOG_MS) {
      seen.count++;
      return;
    }
    this.refusals.set(key, { atMs: now, count: 0 });
    this.logger.warn({ code: err.code, dest: destinationUri({ kind: dest.kind!, name: dest.name! }), msgId, limit: err.details['limit'], refusedSinceLast: seen?.count ?? 0 }, 'producer flow control: sends refused');
  }

  // ------------------------------------------------------------ subscriptions

  async subscribe(s: Session, sub: fedmq.v1.ISubscribe): Promise<void> {
    this.assertServing();
    const id = sub.consumerId ?? '';
    if (id.length === 0 || id.length > 128) throw new FedmqError('BAD_REQUEST', `consumerId must be 1 to 128 characters, got ${id.length}`);
    if (s.consumers.has(id)) throw new FedmqError('BAD_REQUEST', `consumer ${JSON.stringify(id)} already exists in this session`);
    const pattern = checkPattern(sub.destination);
    const ackMode = sub.ackMode ?? 0;
    if (ackMode !== pb.AckMode.ACK_AUTO && ackMode !== pb.AckMode.ACK_CLIENT && ackMode !== pb.AckMode.ACK_INDIVIDUAL) {
      throw new FedmqError('BAD_REQUEST', `ackMode must be ACK_AUTO, ACK_CLIENT or ACK_INDIVIDUAL, got ${ackMode}`);
    }
    const prefetch = sub.prefetch ?? 0;
    if (!Number.isInteger(prefetch) || prefetch < 1 || prefetch > this.opts.limits.prefetchMax) {
      throw new FedmqError('BAD_REQUEST', `prefetch must be 1 to ${this.opts.limits.prefetchMax}, got ${prefetch}`);
    }
    const selector = sub.selector && sub.selector.trim().length > 0 ? compileSelector(sub.selector) : null;
    const c: Consumer = { id, session: s, pattern, selector, ackMode, prefetch, held: 0, queues: new Set(), durable: null, bridge: null, topicBacklog: [], closed: false };
    const durableName = sub.durableName ?? '';
    if (pattern.kind === DestinationKind.TOPIC) {
      if (durableName) {
        if (!s.clientId) throw new FedmqError('BAD_REQUEST', 'a durable subscription needs the session to have a client id (SessionHello.client_id)');
        checkDurableName(s.clientId, durableName);
        for (const other of this.sessions.values()) {
          for (const oc of other.consumers.values()) {
            if (oc.durable && oc.durable.clientId === s.clientId && oc.durable.name === durableName) {
              throw new FedmqError('SUBSCRIPTION_IN_USE', `durable subscription ${s.clientId}:${durableName} already has an active consumer`);
            }
          }
        }
        const r = (await this.proposeOp({ durableSubscribe: { clientId: s.clientId, name: durableName, topic: pattern, selector: sub.selector ?? '' } })) as { destId: number };
        this.assertServing();
        c.durable = { clientId: s.clientId, name: durableName, selector };
        // The store applies the selector when it stores; the consumer takes everything in it.
        c.selector = null;
        if (!this.queues.has(r.destId)) this.queues.set(r.destId, new QueueIndex(r.destId));
        this.attach(c, r.destId);
      } else {
        this.topicSubscribers.add(c);
      }
    } else {
      if (durableName) throw new FedmqError('BAD_REQUEST', 'durableName applies to topics only');
      if (pattern.name.startsWith(TEMP_PREFIX) && !s.temporaryQueues.has(pattern.name)) {
        throw new FedmqError('BAD_REQUEST', `${pattern.name} is a temporary queue of another session; only its creator consumes it`);
      }
      if (!hasWildcard(pattern.name)) {
        let rec = this.sm.destination(DestinationKind.QUEUE, pattern.name);
        if (!rec) {
          if (!this.opts.autoCreate) throw new FedmqError('DESTINATION_NOT_FOUND', `queue://${pattern.name} does not exist and autoCreate is off`);
          await this.proposeOp({ ensure: { destination: pattern } });
          this.assertServing();
          rec = this.sm.destination(DestinationKind.QUEUE, pattern.name);
        }
        if (rec) {
          if (!this.queues.has(rec.id)) this.queues.set(rec.id, new QueueIndex(rec.id));
          this.attach(c, rec.id);
        }
      } else {
        for (const rec of this.sm.destinations()) {
          if (rec.destination!.kind === DestinationKind.QUEUE && !rec.durableSubscription && !rec.temporary && matchesPattern(pattern.name, rec.destination!.name!)) this.attach(c, rec.id);
        }
      }
    }
    s.consumers.set(id, c);
    this.scheduleDispatch();
  }

  /** A bridge's consumer on the queues matching `pattern` (federation/forwarder.ts). */
  subscribeBridge(s: Session, consumerId: string, pattern: string, prefetch: number, accept: (m: fedmq.v1.IMessage) => boolean): void {
    this.assertServing();
    const p = checkPattern({ kind: DestinationKind.QUEUE, name: pattern });
    const c: Consumer = { id: consumerId, session: s, pattern: p, selector: null, ackMode: pb.AckMode.ACK_INDIVIDUAL, prefetch, held: 0, queues: new Set(), durable: null, bridge: { accept }, topicBacklog: [], closed: false };
    for (const rec of this.sm.destinations()) {
      if (rec.destination!.kind === DestinationKind.QUEUE && !rec.durableSubscription && !rec.temporary && matchesPattern(p.name, rec.destination!.name!)) {
        if (!this.queues.has(rec.id)) this.queues.set(rec.id, new QueueIndex(rec.id));
        this.attach(c, rec.id);
      }
    }
    s.consumers.set(consumerId, c);
    this.scheduleDispatch();
  }

  /**
   * A topic bridge's consumer: it owns the durable subscription `pattern` of the session's client
   * id at this site, with its store's limits, and takes everything the store keeps.
   */
  async subscribeBridgeTopic(s: Session, consumerId: string, pattern: string, prefetch: number, limits: { messagesMax: number; dropOldest: boolean }): Promise<void> {
    this.assertServing();
    const p = checkPattern({ kind: DestinationKind.TOPIC, name: pattern });
    const r = (await this.proposeOp({ durableSubscribe: { clientId: s.clientId, name: pattern, topic: p, selector: '', messagesMax: limits.messagesMax, dropOldest: limits.dropOldest } })) as { destId: number };
    this.assertServing();
    if (s.closed) return;
    const c: Consumer = { id: consumerId, session: s, pattern: p, selector: null, ackMode: pb.AckMode.ACK_INDIVIDUAL, prefetch, held: 0, queues: new Set(), durable: { clientId: s.clientId, name: pattern, selector: null }, bridge: { accept: () => true }, topicBacklog: [], closed: false };
    if (!this.queues.has(r.destId)) this.queues.set(r.destId, new QueueIndex(r.destId));
    this.attach(c, r.destId);
    s.consumers.set(consumerId, c);
    this.scheduleDispatch();
  }

  /** Queues with a live local (not bridge) consumer: the demand a site tells the sites that bridge to it. */
  demand(): string[] {
    const out = new Set<string>();
    for (const [destId, list] of this.consumersByQueue) {
      if (!list.some((c) => !c.closed && !c.bridge)) continue;
      const rec = this.sm.destinationById(destId);
      if (rec && rec.destination!.kind === DestinationKind.QUEUE && !rec.durableSubscription && !rec.temporary) out.add(rec.destination!.name!);
    }
    return [...out].sort();
  }

  private attach(c: Consumer, destId: number): void {
    c.queues.add(destId);
    const list = this.consumersByQueue.get(destId) ?? [];
    list.push(c);
    this.consumersByQueue.set(destId, list);
  }

  private attachWildcardConsumers(rec: fedmq.v1.DestinationRecord): void {
    if (rec.destination!.kind !== DestinationKind.QUEUE || rec.temporary) return;
    for (const s of this.sessions.values()) {
      for (const c of s.consumers.values()) {
        if (c.pattern.kind === DestinationKind.QUEUE && (hasWildcard(c.pattern.name) || c.bridge) && matchesPattern(c.pattern.name, rec.destination!.name!) && !c.queues.has(rec.id)) this.attach(c, rec.id);
      }
    }
  }

  unsubscribe(s: Session, consumerId: string): void {
    const c = s.consumers.get(consumerId);
    if (!c) throw new FedmqError('BAD_REQUEST', `no consumer ${JSON.stringify(consumerId)} in this session`);
    this.removeConsumer(c, 'consumer closed');
  }

  private removeConsumer(c: Consumer, reason: string): void {
    c.closed = true;
    c.session.consumers.delete(c.id);
    this.topicSubscribers.delete(c);
    for (const destId of c.queues) {
      const list = this.consumersByQueue.get(destId);
      if (list) this.consumersByQueue.set(destId, list.filter((x) => x !== c));
    }
    // Everything it holds goes back, counted as a delivery (ActiveMQ does the same on close).
    const refs: Array<{ destId: number; seq: number }> = [];
    for (const [tag, u] of [...c.session.unacked]) {
      if (u.consumer !== c) continue;
      this.forget(c.session, tag);
      if (u.destId === 0) continue; // a live topic message: not stored, gone with the subscriber
      if (u.key < 0) this.returnMemory(u);
      else refs.push({ destId: u.destId, seq: u.key });
    }
    // A bridge that stops (a link down, leadership lost) returns what it held uncounted: a WAN
    // outage must not push messages toward the DLQ.
    if (refs.length > 0) void this.proposeOp({ release: { refs, delivered: !c.bridge, reason } }).catch(() => undefined);
    if (c.durable) void this.proposeOp({ durableActivity: { clientId: c.durable.clientId, name: c.durable.name, active: false } }).catch(() => undefined);
    this.scheduleDispatch();
  }

  // ------------------------------------------------------------ acks, nacks

  /** Acknowledges delivery tags; resolves when the acks are committed. */
  async ack(s: Session, req: fedmq.v1.IAckRequest): Promise<void> {
    const c = s.consumers.get(req.consumerId ?? '');
    if (!c) throw new FedmqError('NOT_OUTSTANDING', `no consumer ${JSON.stringify(req.consumerId)} in this session`);
    const tags = (req.deliveryTags ?? []).map(Number);
    if (tags.length === 0) throw new FedmqError('BAD_REQUEST', 'an ack needs at least one delivery tag');
    let covered: Array<[number, Unacked]> = [];
    if (c.ackMode === pb.AckMode.ACK_CLIENT) {
      // Cumulative: the highest tag and every earlier one of this consumer not yet acknowledged.
      const top = Math.max(...tags);
      const u = s.unacked.get(top);
      if (!u || u.consumer !== c || u.acking) throw notOutstanding(top);
      for (const [tag, v] of s.unacked) if (v.consumer === c && tag <= top && !v.acking) covered.push([tag, v]);
    } else {
      for (const tag of tags) {
        const u = s.unacked.get(tag);
        if (!u || u.consumer !== c || u.acking) throw notOutstanding(tag);
        covered.push([tag, u]);
      }
    }
    if (req.transactionId) {
      const tx = s.transactions.get(req.transactionId);
      if (!tx) throw new FedmqError('TX_UNKNOWN', `no open transaction ${JSON.stringify(req.transactionId)} on this session`);
      covered = covered.filter(([tag]) => !tx.acks.some((a) => a.tag === tag));
      for (const [tag, u] of covered) tx.acks.push({ tag, u });
      return;
    }
    await Promise.all(covered.map(([tag, u]) => this.ackOne(s, tag, u)));
  }

  private ackOne(s: Session, tag: number, u: Unacked): Promise<void> {
    if (u.destId === 0 || u.key < 0) {
      // Live topic and memory messages: nothing replicated.
      this.forget(s, tag);
      if (u.key < 0) this.queues.get(u.destId)?.remove(u.key);
      if (u.consumer.held > 0) u.consumer.held--;
      this.scheduleDispatch();
      return Promise.resolve();
    }
    u.acking = true;
    return new Promise<void>((resolve, reject) => {
      this.ackBatcher.push({
        destId: u.destId,
        seq: u.key,
        done: (ok) => (ok ? resolve() : reject(notOutstanding(tag))),
      });
    });
  }

  private async flushAcks(items: Array<{ destId: number; seq: number; done?: (ok: boolean) => void }>): Promise<void> {
    try {
      const res = (await this.proposeOp({ ack: { refs: items.map((i) => ({ destId: i.destId, seq: i.seq })) } })) as boolean[];
      items.forEach((i, k) => i.done?.(res[k] ?? false));
    } catch (err) {
      items.forEach((i) => i.done?.(false));
      this.logger.debug({ err: (err as Error).message }, 'acks not committed');
    }
  }

  /** Returns delivery tags for redelivery (or the DLQ past maxDeliveries). */
  async nack(s: Session, req: fedmq.v1.INackRequest): Promise<void> {
    const c = s.consumers.get(req.consumerId ?? '');
    if (!c) throw new FedmqError('NOT_OUTSTANDING', `no consumer ${JSON.stringify(req.consumerId)} in this session`);
    const refs: Array<{ destId: number; seq: number }> = [];
    for (const t of req.deliveryTags ?? []) {
      const tag = Number(t);
      const u = s.unacked.get(tag);
      if (!u || u.consumer !== c || u.acking) throw notOutstanding(tag);
      this.forget(s, tag);
      if (u.destId === 0) {
        // A live topic message comes back to the same subscriber's backlog, counted.
        if (c.held > 0) c.held--;
        if (u.message && u.deliveryCount < this.sm.policy().maxDeliveries) c.topicBacklog.unshift(u.message);
        continue;
      }
      if (u.key < 0) this.returnMemory(u);
      else refs.push({ destId: u.destId, seq: u.key });
    }
    if (refs.length > 0) await this.proposeOp({ release: { refs, delivered: true, reason: 'nack' } });
    this.scheduleDispatch();
  }

  private returnMemory(u: Unacked): void {
    const q = this.queues.get(u.destId);
    const mm = q?.memory.get(u.key);
    if (u.consumer.held > 0) u.consumer.held--;
    if (!q || !mm) return;
    mm.deliveryCount++;
    if (mm.deliveryCount >= this.sm.policy().maxDeliveries) {
      q.remove(u.key); // non-persistent: not dead-lettered, dropped (ActiveMQ's default)
      return;
    }
    q.unassign(u.key);
  }

  // ------------------------------------------------------------ transactions

  begin(s: Session, txId: string): void {
    if (txId.length === 0 || txId.length > 128) throw new FedmqError('BAD_REQUEST', `transactionId must be 1 to 128 characters, got ${txId.length}`);
    if (s.transactions.has(txId)) throw new FedmqError('BAD_REQUEST', `transaction ${JSON.stringify(txId)} is already open`);
    s.transactions.set(txId, { sends: [], bytes: 0, acks: [] });
  }

  async commit(s: Session, txId: string): Promise<TransactionResult> {
    this.assertServing();
    const tx = s.transactions.get(txId);
    if (!tx) {
      // A retried COMMIT after a reconnect: the first outcome, if the site has one.
      const prior = this.sm.transactionOutcome(txId);
      if (prior) return { committed: prior.outcome === pb.TransactionOutcome.TRANSACTION_COMMITTED, duplicate: true, reason: prior.reason, sends: [] };
      throw new FedmqError('TX_UNKNOWN', `no open transaction ${JSON.stringify(txId)} on this session, and the site never committed it: it rolled back`);
    }
    s.transactions.delete(txId);
    const acks = tx.acks.filter((a) => a.u.destId !== 0 && a.u.key > 0);
    // Persistent sends commit in the entry; non-persistent ones go to memory once it committed.
    const persistent = tx.sends.filter((m) => m.persistent);
    // Its sends are never handed out at once, but no later send may overtake them either.
    const result = (await this.proposeWithDispatchNow(
      persistent,
      () =>
        this.proposeOp({
          transaction: { transactionId: txId, sends: persistent, acks: acks.map((a) => ({ destId: a.u.destId, seq: a.u.key })), autoCreate: this.opts.autoCreate },
        }),
      { assign: false },
    )) as TransactionResult;
    const local = tx.acks.filter((a) => a.u.destId === 0 || a.u.key < 0);
    if (result.committed && !result.duplicate) {
      for (const m of tx.sends) if (!m.persistent) await this.sendNonPersistent(m).catch(() => undefined);
      // Live topic and memory messages acked in it are settled locally.
      for (const a of local) void this.ackOne(s, a.tag, a.u);
    } else {
      for (const a of local) this.returnUnsettled(s, a.tag, a.u);
    }
    if (!result.committed) {
      // Rolled back: what it consumed and still holds is redelivered.
      const refs = acks.filter((a) => s.unacked.has(a.tag)).map((a) => ({ destId: a.u.destId, seq: a.u.key }));
      for (const a of acks) this.forget(s, a.tag);
      if (refs.length > 0) await this.proposeOp({ release: { refs, delivered: true, reason: 'rollback' } }).catch(() => undefined);
    }
    return result;
  }

  /** A live topic or memory message whose transactional ack rolled back: redelivered like a nack. */
  private returnUnsettled(s: Session, tag: number, u: Unacked): void {
    if (!this.forget(s, tag)) return;
    if (u.destId === 0) {
      if (u.consumer.held > 0) u.consumer.held--;
      if (u.message && u.deliveryCount < this.sm.policy().maxDeliveries) u.consumer.topicBacklog.unshift(u.message);
    } else {
      this.returnMemory(u);
    }
    this.scheduleDispatch();
  }

  async rollback(s: Session, txId: string): Promise<void> {
    const tx = s.transactions.get(txId);
    if (!tx) throw new FedmqError('TX_UNKNOWN', `no open transaction ${JSON.stringify(txId)} on this session`);
    s.transactions.delete(txId);
    const refs: Array<{ destId: number; seq: number }> = [];
    for (const a of tx.acks) {
      if (a.u.destId === 0 || a.u.key < 0) {
        this.returnUnsettled(s, a.tag, a.u);
        continue;
      }
      if (!this.forget(s, a.tag)) continue;
      refs.push({ destId: a.u.destId, seq: a.u.key });
    }
    if (refs.length > 0) await this.proposeOp({ release: { refs, delivered: true, reason: 'rollback' } });
  }

  async createTemporaryQueue(s: Session): Promise<string> {
    this.assertServing();
    const name = `${TEMP_PREFIX}${s.id}.${++s.tempSeq}`;
    await this.proposeOp({ ensure: { destination: { kind: DestinationKind.QUEUE, name }, temporary: true, ownerSession: s.id } });
    s.temporaryQueues.add(name);
    return name;
  }

  // ------------------------------------------------------------ dispatch

  scheduleDispatch(): void {
    if (this.dispatchScheduled || this.state !== 'active') return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      if (this.state === 'active') this.dispatchRound();
    });
  }

  private dispatchRound(): void {
    const now = this.now();
    let nextDelay = 0;
    const expired: Array<{ destId: number; seq: number }> = [];
    for (const [destId, consumers] of this.consumersByQueue) {
      const q = this.queues.get(destId);
      if (!q) continue;
      if (q.delayed.size > 0) {
        const n = q.promoteDelayed(now);
        if (n > 0 && (nextDelay === 0 || n < nextDelay)) nextDelay = n;
      }
      if (q.ready === 0 || consumers.length === 0) continue;
      const withCredit = consumers.filter((c) => !c.closed && c.held < c.prefetch && !c.bridge);
      const bridges = consumers.filter((c) => !c.closed && c.held < c.prefetch && c.bridge);
      if (withCredit.length === 0 && bridges.length === 0) continue;
      const anySelector = withCredit.some((c) => c.selector !== null) || bridges.length > 0;
      let start = this.rr.get(destId) ?? 0;
      q.scan(SCAN_LIMIT, (key, meta) => {
        if (meta.expiresAtMs > 0 && meta.expiresAtMs <= now) {
          if (key < 0) {
            q.memory.delete(key);
            q.meta.delete(key);
            return 'take';
          }
          if (!this.expiring.has(`${destId}:${key}`)) {
            this.expiring.add(`${destId}:${key}`);
            expired.push({ destId, seq: key });
          }
          return 'skip';
        }
        let view: SelectorView | null = null;
        if (anySelector) {
          const msg = key < 0 ? q.memory.get(key)?.message : this.sm.message(destId, key)?.message;
          if (!msg) return 'skip';
          view = selectorView(msg);
        }
        for (let i = 0; i < withCredit.length; i++) {
          const c = withCredit[(start + i) % withCredit.length]!;
          if (c.held >= c.prefetch || c.closed) continue;
          if (c.selector && view && !c.selector.matches(view)) continue;
          start = (start + i + 1) % withCredit.length;
          c.held++;
          q.assign(key, c.id);
          if (key < 0) this.deliverMemory(c, q, key);
          else this.pushDispatch(q, { destId, seq: key, consumer: c });
          return 'take';
        }
        // A bridge takes what no local consumer can: lower priority (DESIGN.md, federation).
        if (key > 0 && view) {
          const msg = this.sm.message(destId, key)?.message;
          for (const b of bridges) {
            if (b.held >= b.prefetch || b.closed || !msg || !b.bridge!.accept(msg)) continue;
            b.held++;
            q.assign(key, b.id);
            this.pushDispatch(q, { destId, seq: key, consumer: b });
            return 'take';
          }
        }
        return withCredit.some((c) => c.held < c.prefetch) || bridges.some((b) => b.held < b.prefetch) ? 'skip' : 'stop';
      });
      this.rr.set(destId, start);
    }
    if (expired.length > 0) this.proposeExpiry(expired.slice(0, EXPIRE_BATCH_MAX));
    for (const c of this.topicSubscribers) this.drainTopicBacklog(c);
    if (nextDelay > 0) {
      if (this.delayTimer) clearTimeout(this.delayTimer);
      this.delayTimer = setTimeout(() => {
        this.delayTimer = null;
        this.scheduleDispatch();
      }, Math.max(1, nextDelay - now));
      this.delayTimer.unref();
    }
  }

  /** Dispatch marks are committed before the messages go out (they survive a leader change). */
  private pushDispatch(q: QueueIndex, item: { destId: number; seq: number; consumer: Consumer }): void {
    q.dispatching++;
    this.dispatchBatcher.push(item);
  }

  private async flushDispatch(items: Array<{ destId: number; seq: number; consumer: Consumer }>): Promise<void> {
    let ok: boolean[];
    try {
      ok = (await this.proposeOp({ dispatch: { refs: items.map((i) => ({ destId: i.destId, seq: i.seq })) } })) as boolean[];
    } catch {
      return; // leadership lost: every session is closed
    } finally {
      for (const it of items) {
        const q = this.queues.get(it.destId);
        if (q && q.dispatching > 0) q.dispatching--;
      }
    }
    const giveBack: Array<{ destId: number; seq: number }> = [];
    items.forEach((it, k) => {
      const q = this.queues.get(it.destId);
      if (!ok[k]) {
        // Gone meanwhile (acked elsewhere, expired, purged): nothing to deliver.
        if (q && q.assigned.get(it.seq) === it.consumer.id) {
          q.assigned.delete(it.seq);
          if (it.consumer.held > 0) it.consumer.held--;
        }
        return;
      }
      if (it.consumer.closed || it.consumer.session.closed) {
        // Marked out but never handed over: back without counting.
        giveBack.push({ destId: it.destId, seq: it.seq });
        return;
      }
      const stored = this.sm.message(it.destId, it.seq);
      if (!stored) return;
      this.hand(it.consumer, it.destId, it.seq, stored.message!, stored.deliveryCount, null);
    });
    if (giveBack.length > 0) await this.proposeOp({ release: { refs: giveBack, delivered: false, reason: 'consumer closed' } }).catch(() => undefined);
  }

  private deliverMemory(c: Consumer, q: QueueIndex, key: number): void {
    const mm = q.memory.get(key)!;
    this.hand(c, q.destId, key, mm.message, mm.deliveryCount, mm.message);
  }

  private hand(c: Consumer, destId: number, key: number, message: fedmq.v1.IMessage, previousDeliveries: number, keep: fedmq.v1.IMessage | null): void {
    const s = c.session;
    const tag = s.nextTag++;
    const u: Unacked = { consumer: c, acking: false, destId, key, message: keep, deliveryCount: previousDeliveries + 1 };
    s.unacked.set(tag, u);
    if (destId !== 0) this.tagsByRef.set(`${destId}:${key}`, { s, tag });
    s.sink.deliver({ consumerId: c.id, deliveryTag: tag, message, deliveryCount: previousDeliveries + 1, redelivered: previousDeliveries > 0 });
    if (c.ackMode === pb.AckMode.ACK_AUTO) void this.ackOne(s, tag, u).catch(() => undefined);
  }

  private fanOut(m: fedmq.v1.IMessage): void {
    const now = this.now();
    const at = Number(m.deliverAtMs ?? 0);
    if (at > now) {
      // A delivery delay holds a topic message back from live subscribers too.
      setTimeout(() => {
        if (this.state === 'active') this.fanOut(m);
      }, at - now).unref();
      return;
    }
    const name = m.destination!.name!;
    let view: SelectorView | null = null;
    if (!m.persistent) {
      // Active durable subscribers get non-persistent messages too (JMS), from memory: they are
      // not stored for a subscriber that is away.
      for (const s of this.sessions.values()) {
        for (const c of s.consumers.values()) {
          if (!c.durable || c.closed || !matchesPattern(c.pattern.name, name)) continue;
          if (c.durable.selector) {
            view ??= selectorView(m);
            if (!c.durable.selector.matches(view)) continue;
          }
          for (const destId of c.queues) {
            const q = this.queues.get(destId);
            if (!q || q.memory.size >= this.opts.limits.memoryMessagesMax) continue;
            const key = this.memoryKey--;
            q.memory.set(key, { key, message: m, deliveryCount: 0 });
            q.add(key, readyMeta(m), false, now);
          }
        }
      }
    }
    if (this.topicSubscribers.size === 0) {
      this.scheduleDispatch();
      return;
    }
    for (const c of this.topicSubscribers) {
      if (c.closed || !matchesPattern(c.pattern.name, name)) continue;
      if (c.selector) {
        view ??= selectorView(m);
        if (!c.selector.matches(view)) continue;
      }
      if (c.topicBacklog.length >= TOPIC_BACKLOG_MAX) c.topicBacklog.shift(); // a slow subscriber loses the oldest
      c.topicBacklog.push(m);
    }
    this.scheduleDispatch();
  }

  private drainTopicBacklog(c: Consumer): void {
    const now = this.now();
    while (c.topicBacklog.length > 0 && c.held < c.prefetch && !c.closed) {
      const m = c.topicBacklog.shift()!;
      const exp = Number(m.expiresAtMs ?? 0);
      if (exp > 0 && exp <= now) continue; // expired while it waited: never delivered
      c.held++;
      this.hand(c, 0, 0, m, 0, m);
    }
  }

  // ------------------------------------------------------------ expiry

  private proposeExpiry(refs: Array<{ destId: number; seq: number }>): void {
    const dests = [...new Set(refs.map((r) => r.destId))].map((id) => this.sm.destinationById(id)?.destination?.name ?? String(id));
    this.logger.info({ count: refs.length, dest: dests.slice(0, 10) }, 'expiring messages past their time to live');
    void this.proposeOp({ expire: { refs } })
      .catch(() => undefined)
      .finally(() => {
        for (const r of refs) this.expiring.delete(`${r.destId}:${r.seq}`);
      });
  }

  /** Queues nobody consumes still lose their expired messages (to the DLQ or dropped). */
  private scheduleExpirySweep(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = setTimeout(() => {
      this.expiryTimer = null;
      if (this.state !== 'active') return;
      const now = this.now();
      const refs: Array<{ destId: number; seq: number }> = [];
      for (const [destId, q] of this.queues) {
        for (const [key, meta] of q.meta) {
          if (refs.length >= EXPIRE_BATCH_MAX) break;
          if (key > 0 && meta.expiresAtMs > 0 && meta.expiresAtMs <= now && !q.assigned.has(key) && !this.expiring.has(`${destId}:${key}`)) {
            this.expiring.add(`${destId}:${key}`);
            refs.push({ destId, seq: key });
          }
        }
      }
      if (refs.length > 0) this.proposeExpiry(refs);
      this.expireInactiveDurables(now);
      this.scheduleExpirySweep();
    }, EXPIRY_SWEEP_MS);
    this.expiryTimer.unref();
  }

  private expireInactiveDurables(now: number): void {
    const timeout = this.sm.policy().inactiveDurableTimeoutMs;
    if (timeout <= 0) return;
    for (const d of this.sm.durables()) {
      if (!d.active && Number(d.lastActiveMs) + timeout <= now) {
        void this.proposeOp({ removeDurable: { clientId: d.clientId, name: d.name, reason: `inactive for more than ${timeout} ms` } }).catch(() => undefined);
      }
    }
  }

  // ------------------------------------------------------------ operator calls

  async purge(d: fedmq.v1.IDestination | null | undefined): Promise<number> {
    this.assertServing();
    const dest = checkDestination(d);
    const rec = this.sm.destination(dest.kind, dest.name);
    if (!rec) throw new FedmqError('DESTINATION_NOT_FOUND', `${destinationUri(dest)} does not exist`);
    return (await this.proposeOp({ purge: { destId: rec.id } })) as number;
  }

  async removeSubscription(clientId: string, name: string): Promise<void> {
    this.assertServing();
    for (const s of this.sessions.values()) {
      for (const c of s.consumers.values()) {
        if (c.durable && c.durable.clientId === clientId && c.durable.name === name) {
          throw new FedmqError('SUBSCRIPTION_IN_USE', `durable subscription ${clientId}:${name} has an active consumer; close it first`);
        }
      }
    }
    const removed = (await this.proposeOp({ removeDurable: { clientId, name, reason: 'removed by an operator' } })) as boolean;
    if (!removed) throw new FedmqError('SUBSCRIPTION_NOT_FOUND', `no durable subscription ${clientId}:${name}`);
  }

  /** Live consumers per destination id, for the destination list and metrics. */
  consumerCounts(): Map<number, number> {
    const m = new Map<number, number>();
    for (const [destId, list] of this.consumersByQueue) m.set(destId, list.filter((c) => !c.closed).length);
    return m;
  }

  topicSubscriberCount(name: string): number {
    let n = 0;
    for (const c of this.topicSubscribers) if (matchesPattern(c.pattern.name, name)) n++;
    return n;
  }

  // ------------------------------------------------------------ internals

  private async proposeOp(op: BrokerOp): Promise<unknown> {
    const out = await this.opts.propose(encodeCommand(op, this.clock.read()));
    return out.result;
  }

  private assertServing(): void {
    if (this.state !== 'active') throw new FedmqError('NOT_LEADER', 'this node is not serving clients (not the leader, or still recovering)');
  }
}

function readyMeta(m: fedmq.v1.IMessage): ReadyMeta {
  return { priority: m.priority ?? 4, deliverAtMs: Number(m.deliverAtMs ?? 0), expiresAtMs: Number(m.expiresAtMs ?? 0) };
}

function notOutstanding(tag: number): FedmqError {
  return new FedmqError('NOT_OUTSTANDING', `delivery tag ${tag} is not an unacknowledged delivery of this consumer (unknown, already acknowledged, or returned)`, { tag });
}

function checkDurableName(clientId: string, name: string): void {
  for (const [field, v] of [['clientId', clientId], ['durableName', name]] as const) {
    if (v.length === 0 || v.length > 100 || /[:\0\s]/.test(v)) {
      throw new FedmqError('BAD_REQUEST', `${field} must be 1 to 100 characters without ':' or whitespace, got ${JSON.stringify(v)}`);
    }
  }
}

