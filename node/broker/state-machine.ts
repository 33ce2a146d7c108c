// The broker's replicated state machine: destinations, stored messages, delivery state (handed
// out, delivery counts), dead letters, expiry, durable subscriptions, transactions and the dedupe
// window, in LMDB, changed only by BrokerCommands applied from the Raft log.
//
// Apply is a pure function of (state, command): it reads nothing but the store and the command
// (the leader wrote its clock, its choices and the policy into the log). Every node reaches the
// same bytes; the replay test compares state hashes.
//
// After each batch commits, the effects it had (messages stored, returned, removed; destinations
// created or deleted; topic publications) go to the listener: the leader's dispatcher keeps its
// in-memory delivery index from them. Followers have no listener that cares.
import { fedmq } from '../../proto/gen/fedmq.js';
import $protobuf from 'protobufjs/minimal.js';
import { FedmqError, type ErrorCode } from '../errors.ts';
import type { ConfState, Entry } from '../raft/core/index.ts';
import { KV_DB, KvTable } from '../raft/kv-state-machine.ts';
import { LmdbStateMachine } from '../raft/lmdb-state-machine.ts';
import type { Database, Store } from '../store/index.ts';
import { selectorView } from './headers.ts';
import {
  KIND_DURABLE_STORE,
  decodeDedupeTimeKey,
  decodeMsgKey,
  dedupeKey,
  dedupeTimeKey,
  destIdKey,
  destKey,
  durableRecordKey,
  msgKey,
  msgRange,
} from './keys.ts';
import { DestinationKind, TEMP_PREFIX, destinationUri, dlqFor, durableKey, isDlq, matchesPattern } from './names.ts';
import { POLICY_DEFAULTS, policyFromProto, type BrokerPolicy } from './policy.ts';
import { compileSelector, type CompiledSelector } from './selector/index.ts';

const pb = fedmq.v1;
type IMessage = fedmq.v1.IMessage;

/** The command format this code writes and applies. A newer one halts apply. */
export const BROKER_COMMAND_FORMAT = 1;

/**
 * An entry whose first byte is this carries a KvCommand for the site's small key-value table
 * (the admin API's /kv, which the Raft tests and the operators' smoke checks use). A
 * BrokerCommand never starts with it: a protobuf field tag is never 0.
 */
export const KV_ENTRY_TAG = 0;

/** A KvCommand (encodeKvPut, encodeKvDelete) as a broker node's entry. */
export function kvEntry(cmd: Uint8Array): Uint8Array {
  const out = new Uint8Array(cmd.length + 1);
  out[0] = KV_ENTRY_TAG;
  out.set(cmd, 1);
  return out;
}

/** Dedupe entries past the window removed per command, at most (bounded work per apply; above the largest send batch, so pruning keeps up with sustained load). */
export const DEDUPE_PRUNE_PER_COMMAND = 2048;

/** Headers the broker sets on a dead letter (ActiveMQ's name for the reason). */
export const DLQ_REASON_HEADER = 'dlqDeliveryFailureCause';
export const DLQ_ORIGIN_HEADER = 'fedmqOriginalDestination';

const DB = {
  dest: 'b.dest',
  destId: 'b.destid',
  msg: 'b.msg',
  out: 'b.out',
  dedupe: 'b.dedupe',
  dedupeT: 'b.dedupet',
  durable: 'b.durable',
  meta: 'b.meta',
} as const;
const TOTALS_KEY = Buffer.from('totals', 'utf8');
const POLICY_KEY = Buffer.from('policy', 'utf8');
const EMPTY = Buffer.alloc(0);

/** What a batch of commands did, for the leader's dispatcher. */
export type BrokerEffect =
  | { kind: 'stored'; destId: number; seq: number; id: string; priority: number; deliverAtMs: number; expiresAtMs: number; out: boolean }
  | { kind: 'returned'; destId: number; seq: number }
  | { kind: 'removed'; destId: number; seq: number }
  | { kind: 'destCreated'; destId: number }
  | { kind: 'destDeleted'; destId: number }
  | { kind: 'destCleared'; destId: number }
  | { kind: 'published'; message: IMessage }
  | { kind: 'reset' };

export type SendOutcome = { ok: true; duplicate: boolean } | { ok: false; code: ErrorCode; message: string };

export interface TransactionResult {
  committed: boolean;
  /** A retried COMMIT: this is the first outcome. */
  duplicate: boolean;
  reason: string;
  sends: SendOutcome[];
}

export type ReleaseOutcome = 'returned' | 'dead-lettered' | 'discarded' | 'missing';

/** One command's working set: records read once, written once at the end. */
interface Ctx {
  index: number;
  timeMs: number;
  totals: fedmq.v1.BrokerTotals;
  dests: Map<number, fedmq.v1.DestinationRecord>;
  effects: BrokerEffect[];
  /** The dedupe record of a message id remembered by this command (encoded at first use). */
  plainDedupeRecord?: Buffer;
}

export class BrokerStateMachine extends LmdbStateMachine {
  private readonly destDb: Database<Buffer, Buffer>;
  private readonly destIdDb: Database<Buffer, Buffer>;
  private readonly msgDb: Database<Buffer, Buffer>;
  private readonly outDb: Database<Buffer, Buffer>;
  private readonly dedupeDb: Database<Buffer, Buffer>;
  private readonly dedupeTDb: Database<Buffer, Buffer>;
  private readonly durableDb: Database<Buffer, Buffer>;
  private readonly brokerMetaDb: Database<Buffer, Buffer>;
  /** The site's key-value table (see KV_ENTRY_TAG). */
  readonly kv: KvTable;
  /** Effects of applied commands whose batch has not yet committed, in order. */
  private collected: Array<{ index: number; effect: BrokerEffect }> = [];
  private readonly effectListeners = new Set<(effects: BrokerEffect[]) => void>();
  /** Compiled durable-subscription selectors (pure: a cache of the text). */
  private readonly selectors = new Map<string, CompiledSelector | null>();

  /** This node's site: a bridged message whose path holds it is a loop. */
  private readonly site: string;

  constructor(store: Store, opts: { bootstrap?: ConfState; site?: string } = {}) {
    super(store, { dbNames: [...Object.values(DB), KV_DB], ...(opts.bootstrap ? { bootstrap: opts.bootstrap } : {}) });
    this.destDb = this.rawDb(DB.dest);
    this.destIdDb = this.rawDb(DB.destId);
    this.msgDb = this.rawDb(DB.msg);
    this.outDb = this.rawDb(DB.out);
    this.dedupeDb = this.rawDb(DB.dedupe);
    this.dedupeTDb = this.rawDb(DB.dedupeT);
    this.durableDb = this.rawDb(DB.durable);
    this.brokerMetaDb = this.rawDb(DB.meta);
    this.kv = new KvTable(this.rawDb(KV_DB));
    this.site = opts.site ?? '';
  }

  /** Listens to the effects of every committed batch, in order. */
  onEffects(fn: (effects: BrokerEffect[]) => void): () => void {
    this.effectListeners.add(fn);
    return () => this.effectListeners.delete(fn);
  }

  override async apply(entries: readonly Entry[]): Promise<unknown[]> {
    if (entries.length === 0) return [];
    const first = entries[0]!.index;
    const last = entries[entries.length - 1]!.index;
    let results: unknown[];
    try {
      results = await super.apply(entries);
    } catch (err) {
      this.collected = this.collected.filter((c) => c.index < first || c.index > last);
      throw err;
    }
    let n = 0;
    while (n < this.collected.length && this.collected[n]!.index <= last) n++;
    if (n > 0) {
      const effects = this.collected.slice(0, n).map((c) => c.effect);
      this.collected = this.collected.slice(n);
      for (const fn of this.effectListeners) fn(effects);
    }
    return results;
  }

  protected override afterRestore(): void {
    this.collected = [];
    this.selectors.clear();
    for (const fn of this.effectListeners) fn([{ kind: 'reset' }]);
  }

  // ------------------------------------------------------------ reads (committed state)

  policy(): BrokerPolicy {
    const raw = this.brokerMetaDb.get(POLICY_KEY);
    return raw ? policyFromProto(pb.BrokerPolicy.decode(raw)) : POLICY_DEFAULTS;
  }

  totals(): fedmq.v1.BrokerTotals {
    const raw = this.brokerMetaDb.get(TOTALS_KEY);
    return raw ? pb.BrokerTotals.decode(raw) : pb.BrokerTotals.create({ nextDestId: 1 });
  }

  destination(kind: number, name: string): fedmq.v1.DestinationRecord | undefined {
    const raw = this.destDb.get(destKey(kind, name));
    return raw ? pb.DestinationRecord.decode(raw) : undefined;
  }

  destinationById(id: number): fedmq.v1.DestinationRecord | undefined {
    const k = this.destIdDb.get(destIdKey(id));
    if (!k) return undefined;
    const raw = this.destDb.get(k);
    return raw ? pb.DestinationRecord.decode(raw) : undefined;
  }

  /** Every destination record, durable stores included, in key order. */
  *destinations(): Generator<fedmq.v1.DestinationRecord> {
    for (const { value } of this.destDb.getRange({})) yield pb.DestinationRecord.decode(value);
  }

  message(destId: number, seq: number): fedmq.v1.StoredMessage | undefined {
    const raw = this.msgDb.get(msgKey(destId, seq));
    return raw ? pb.StoredMessage.decode(raw) : undefined;
  }

  /** A destination's stored messages in sequence order. */
  *messages(destId: number, fromSeq = 0): Generator<{ seq: number; stored: fedmq.v1.StoredMessage }> {
    const { end } = msgRange(destId);
    for (const { key, value } of this.msgDb.getRange({ start: msgKey(destId, fromSeq), end })) {
      yield { seq: decodeMsgKey(key).seq, stored: pb.StoredMessage.decode(value) };
    }
  }

  durable(clientId: string, name: string): fedmq.v1.DurableRecord | undefined {
    const raw = this.durableDb.get(durableRecordKey(clientId, name));
    return raw ? pb.DurableRecord.decode(raw) : undefined;
  }

  *durables(): Generator<fedmq.v1.DurableRecord> {
    for (const { value } of this.durableDb.getRange({})) yield pb.DurableRecord.decode(value);
  }

  /** Whether this message id was committed within the dedupe window. */
  knowsMessageId(id: string): boolean {
    return this.dedupeDb.doesExist(dedupeKey('m', id));
  }

  /** The outcome of a committed transaction id within the dedupe window. */
  transactionOutcome(id: string): fedmq.v1.DedupeRecord | undefined {
    const raw = this.dedupeDb.get(dedupeKey('t', id));
    return raw ? pb.DedupeRecord.decode(raw) : undefined;
  }

  // ------------------------------------------------------------ apply

  protected applyCommand(entry: Entry): unknown {
    if (entry.data[0] === KV_ENTRY_TAG) return this.kv.apply(entry, entry.data.subarray(1));
    let cmd: fedmq.v1.BrokerCommand;
    try {
      cmd = pb.BrokerCommand.decode(entry.data);
    } catch (err) {
      throw halt(entry, `its data is not a BrokerCommand (${(err as Error).message})`);
    }
    if (cmd.format !== BROKER_COMMAND_FORMAT) {
      throw halt(entry, `command format ${cmd.format}, but this node applies format ${BROKER_COMMAND_FORMAT}: upgrade it if a newer version proposed it`);
    }
    const totals = this.readTotals();
    const ctx: Ctx = { index: entry.index, timeMs: Math.max(totals.leaderTimeMs, cmd.leaderTimeMs), totals, dests: new Map(), effects: [] };
    totals.leaderTimeMs = ctx.timeMs;
    let result: unknown;
    switch (cmd.op) {
      case 'send':
        result = this.applySend(ctx, cmd.send!);
        break;
      case 'ack':
        result = this.applyAck(ctx, cmd.ack!);
        break;
      case 'release':
        result = this.applyRelease(ctx, cmd.release!);
        break;
      case 'dispatch':
        result = this.applyDispatch(ctx, cmd.dispatch!);
        break;
      case 'recover':
        result = this.applyRecover(ctx);
        break;
      case 'expire':
        result = this.applyExpire(ctx, cmd.expire!);
        break;
      case 'purge':
        result = this.applyPurge(ctx, cmd.purge!);
        break;
      case 'ensure':
        result = this.applyEnsure(ctx, cmd.ensure!);
        break;
      case 'delete':
        result = this.applyDelete(ctx, cmd.delete!.destId ?? 0);
        break;
      case 'durableSubscribe':
        result = this.applyDurableSubscribe(ctx, cmd.durableSubscribe!);
        break;
      case 'durableActivity':
        result = this.applyDurableActivity(ctx, cmd.durableActivity!);
        break;
      case 'removeDurable':
        result = this.applyRemoveDurable(ctx, cmd.removeDurable!);
        break;
      case 'transaction':
        result = this.applyTransaction(ctx, cmd.transaction!);
        break;
      case 'policy':
        this.brokerMetaDb.put(POLICY_KEY, Buffer.from(pb.BrokerPolicy.encode(policyFromProto(cmd.policy!.policy)).finish()));
        result = null;
        break;
      case 'bridge':
        result = this.applyBridge(ctx, cmd.bridge!);
        break;
      default:
        throw halt(entry, 'an op code this node does not know: upgrade it if a newer version proposed it');
    }
    this.pruneDedupe(ctx);
    for (const rec of ctx.dests.values()) this.destDb.put(destKey(storeKind(rec), rec.destination!.name!), Buffer.from(pb.DestinationRecord.encode(rec).finish()));
    this.brokerMetaDb.put(TOTALS_KEY, Buffer.from(pb.BrokerTotals.encode(ctx.totals).finish()));
    for (const effect of ctx.effects) this.collected.push({ index: entry.index, effect });
    return result;
  }

  private applySend(ctx: Ctx, batch: fedmq.v1.ISendBatch): SendOutcome[] {
    const now = new Set(batch.dispatchNow ?? []);
    return (batch.messages ?? []).map((m, i) => this.sendOne(ctx, m, batch.autoCreate ?? false, now.has(i)));
  }

  private sendOne(ctx: Ctx, m: IMessage, autoCreate: boolean, dispatchNow = false): SendOutcome {
    const id = m.id ?? '';
    if (id.length === 0) return { ok: false, code: 'BAD_REQUEST', message: 'a message without an id' };
    const dk = dedupeKey('m', id);
    if (this.dedupeDb.doesExist(dk)) return { ok: true, duplicate: true };
    const dest = m.destination!;
    if (dest.kind === DestinationKind.QUEUE) {
      const rec = this.findDest(ctx, DestinationKind.QUEUE, dest.name!) ?? (autoCreate ? this.createDest(ctx, DestinationKind.QUEUE, dest, {}) : undefined);
      if (!rec) return { ok: false, code: 'DESTINATION_NOT_FOUND', message: `${destinationUri({ kind: DestinationKind.QUEUE, name: dest.name! })} does not exist and is not created on first use` };
      this.remember(ctx, dk);
      this.storeMessage(ctx, rec, m, 0, dispatchNow);
      return { ok: true, duplicate: false };
    }
    // A topic: a copy into each matching durable subscription's store; live subscribers get it
    // from the leader's dispatcher. With no durable subscription it is stored nowhere (JMS).
    const topic = this.findDest(ctx, DestinationKind.TOPIC, dest.name!) ?? (autoCreate ? this.createDest(ctx, DestinationKind.TOPIC, dest, {}) : undefined);
    if (!topic) return { ok: false, code: 'DESTINATION_NOT_FOUND', message: `${destinationUri({ kind: DestinationKind.TOPIC, name: dest.name! })} does not exist and is not created on first use` };
    this.remember(ctx, dk);
    this.publish(ctx, topic, m);
    return { ok: true, duplicate: false };
  }

  /** A topic message: a copy into each matching durable store (persistent only), and live subscribers. */
  private publish(ctx: Ctx, topic: fedmq.v1.DestinationRecord, m: IMessage): void {
    topic.enqueued++;
    const name = m.destination!.name!;
    if (m.persistent) {
      const view = selectorView(m);
      for (const d of this.durables()) {
        if (!matchesPattern(d.topic!.name!, name)) continue;
        if (d.selector && !this.selectorOrNull(d.selector)?.matches(view)) continue;
        const store = this.destById(ctx, d.destId);
        if (!store) continue;
        if (Number(d.messagesMax) > 0 && Number(store.depth) >= Number(d.messagesMax) && d.dropOldest) this.dropOldest(ctx, store);
        this.storeMessage(ctx, store, m, 0);
      }
    }
    ctx.effects.push({ kind: 'published', message: m });
  }

  /** Drops the oldest message of a store that is not handed out (a bridge's full subscription). */
  private dropOldest(ctx: Ctx, store: fedmq.v1.DestinationRecord): void {
    for (const { key, value } of this.msgDb.getRange(msgRange(store.id))) {
      const stored = pb.StoredMessage.decode(value);
      if (stored.out) continue;
      this.removeMessage(ctx, store, decodeMsgKey(key as Buffer).seq, stored);
      store.discarded++;
      return;
    }
  }

  private applyAck(ctx: Ctx, batch: fedmq.v1.IAckBatch): boolean[] {
    return (batch.refs ?? []).map((r) => {
      const rec = this.destById(ctx, r.destId ?? 0);
      const stored = rec ? this.readStored(rec.id, r.seq ?? 0) : undefined;
      if (!rec || !stored) return false;
      this.removeMessage(ctx, rec, r.seq ?? 0, stored);
      rec.acked++;
      return true;
    });
  }

  private applyRelease(ctx: Ctx, batch: fedmq.v1.IReleaseBatch): ReleaseOutcome[] {
    const policy = this.policy();
    return (batch.refs ?? []).map((r) => this.releaseOne(ctx, r.destId ?? 0, r.seq ?? 0, batch.delivered ?? false, batch.reason || 'redelivery', policy));
  }

  private releaseOne(ctx: Ctx, destId: number, seq: number, delivered: boolean, reason: string, policy: BrokerPolicy): ReleaseOutcome {
    const rec = this.destById(ctx, destId);
    const stored = rec ? this.readStored(destId, seq) : undefined;
    if (!rec || !stored) return 'missing';
    if (!stored.out) {
      // Already returned (a recovery after a leader change got there first): counted once.
      ctx.effects.push({ kind: 'returned', destId, seq });
      return 'returned';
    }
    stored.out = false;
    this.outDb.remove(msgKey(destId, seq));
    if (delivered) {
      stored.deliveryCount++;
      rec.redelivered++;
      // A DLQ's own messages stay in it: an operator drains or purges a DLQ, nothing else.
      if (stored.deliveryCount >= policy.maxDeliveries && !isDlqRecord(rec)) {
        return this.deadLetter(ctx, rec, seq, stored, `${reason}: delivered ${stored.deliveryCount} times without an acknowledgement (maxDeliveries ${policy.maxDeliveries})`, policy);
      }
    }
    this.msgDb.put(msgKey(destId, seq), encodeStored(stored));
    ctx.effects.push({ kind: 'returned', destId, seq });
    return 'returned';
  }

  private applyDispatch(ctx: Ctx, batch: fedmq.v1.IDispatchBatch): boolean[] {
    return (batch.refs ?? []).map((r) => {
      const destId = r.destId ?? 0;
      const seq = r.seq ?? 0;
      const stored = this.destById(ctx, destId) ? this.readStored(destId, seq) : undefined;
      if (!stored || stored.out) return false;
      stored.out = true;
      this.msgDb.put(msgKey(destId, seq), encodeStored(stored));
      this.outDb.put(msgKey(destId, seq), EMPTY);
      return true;
    });
  }

  private applyRecover(ctx: Ctx): { returned: number; deadLettered: number } {
    const policy = this.policy();
    const refs: Array<{ destId: number; seq: number }> = [];
    for (const key of this.outDb.getKeys({})) refs.push(decodeMsgKey(key as Buffer));
    let returned = 0;
    let deadLettered = 0;
    for (const r of refs) {
      const o = this.releaseOne(ctx, r.destId, r.seq, true, 'delivered before a leader change', policy);
      if (o === 'returned') returned++;
      else if (o !== 'missing') deadLettered++;
      else this.outDb.remove(msgKey(r.destId, r.seq));
    }
    return { returned, deadLettered };
  }

  private applyExpire(ctx: Ctx, batch: fedmq.v1.IExpireBatch): number {
    const policy = this.policy();
    let n = 0;
    for (const r of batch.refs ?? []) {
      const rec = this.destById(ctx, r.destId ?? 0);
      const stored = rec ? this.readStored(rec.id, r.seq ?? 0) : undefined;
      if (!rec || !stored) continue;
      const exp = stored.message!.expiresAtMs ?? 0;
      if (exp === 0 || exp > ctx.timeMs) continue; // not expired by the leader's clock: kept
      rec.expired++;
      n++;
      if (policy.expiredToDlq && !isDlqRecord(rec)) this.deadLetter(ctx, rec, r.seq ?? 0, stored, 'expired', policy);
      else this.removeMessage(ctx, rec, r.seq ?? 0, stored);
    }
    return n;
  }

  private applyPurge(ctx: Ctx, p: fedmq.v1.IPurgeDestination): number {
    const rec = this.destById(ctx, p.destId ?? 0);
    if (!rec) return 0;
    const n = this.clearMessages(ctx, rec);
    ctx.effects.push({ kind: 'destCleared', destId: rec.id });
    return n;
  }

  private applyEnsure(ctx: Ctx, e: fedmq.v1.IEnsureDestination): { destId: number; created: boolean } {
    const d = e.destination!;
    const found = this.findDest(ctx, d.kind!, d.name!);
    if (found) return { destId: found.id, created: false };
    const rec = this.createDest(ctx, d.kind!, d, { temporary: e.temporary ?? false, ownerSession: e.ownerSession ?? '' });
    return { destId: rec.id, created: true };
  }

  private applyDelete(ctx: Ctx, destId: number): boolean {
    const rec = this.destById(ctx, destId);
    if (!rec) return false;
    this.clearMessages(ctx, rec);
    ctx.dests.delete(rec.id);
    this.destDb.remove(destKey(storeKind(rec), rec.destination!.name!));
    this.destIdDb.remove(destIdKey(rec.id));
    if (rec.durableSubscription) {
      // The store of a durable subscription: the subscription goes with it.
      const i = rec.durableSubscription.indexOf(':');
      this.durableDb.remove(durableRecordKey(rec.durableSubscription.slice(0, i), rec.durableSubscription.slice(i + 1)));
    }
    ctx.effects.push({ kind: 'destDeleted', destId: rec.id });
    return true;
  }

  private applyDurableSubscribe(ctx: Ctx, s: fedmq.v1.IDurableSubscribe): { destId: number; created: boolean; reset: boolean } {
    const clientId = s.clientId ?? '';
    const name = s.name ?? '';
    const topic = s.topic!;
    const selector = s.selector ?? '';
    // The leader compiled it before proposing; one that does not compile here (another parser
    // version) is refused by every replica alike, never stored to fail later sends.
    if (selector && !this.selectorOrNull(selector)) return { destId: 0, created: false, reset: false };
    const key = durableRecordKey(clientId, name);
    const raw = this.durableDb.get(key);
    if (raw) {
      const d = pb.DurableRecord.decode(raw);
      if (d.topic!.name === topic.name && d.selector === selector) {
        d.active = true;
        d.lastActiveMs = ctx.timeMs;
        d.messagesMax = s.messagesMax ?? 0;
        d.dropOldest = s.dropOldest ?? false;
        this.durableDb.put(key, Buffer.from(pb.DurableRecord.encode(d).finish()));
        return { destId: d.destId, created: false, reset: false };
      }
      // JMS: subscribing again under the same name with another topic or selector deletes the
      // old subscription (and its messages) and creates a new one.
      this.applyDelete(ctx, d.destId);
    }
    const store = this.createDest(ctx, KIND_DURABLE_STORE, { kind: DestinationKind.TOPIC, name: durableKey(clientId, name) }, { durableSubscription: durableKey(clientId, name) });
    const d = pb.DurableRecord.create({ clientId, name, topic, selector, destId: store.id, active: true, lastActiveMs: ctx.timeMs, messagesMax: s.messagesMax ?? 0, dropOldest: s.dropOldest ?? false });
    this.durableDb.put(key, Buffer.from(pb.DurableRecord.encode(d).finish()));
    return { destId: store.id, created: true, reset: raw !== undefined };
  }

  private applyDurableActivity(ctx: Ctx, a: fedmq.v1.IDurableActivity): boolean {
    const key = durableRecordKey(a.clientId ?? '', a.name ?? '');
    const raw = this.durableDb.get(key);
    if (!raw) return false;
    const d = pb.DurableRecord.decode(raw);
    d.active = a.active ?? false;
    d.lastActiveMs = ctx.timeMs;
    this.durableDb.put(key, Buffer.from(pb.DurableRecord.encode(d).finish()));
    return true;
  }

  private applyRemoveDurable(ctx: Ctx, r: fedmq.v1.IRemoveDurable): boolean {
    const key = durableRecordKey(r.clientId ?? '', r.name ?? '');
    const raw = this.durableDb.get(key);
    if (!raw) return false;
    const d = pb.DurableRecord.decode(raw);
    this.applyDelete(ctx, d.destId);
    this.durableDb.remove(key);
    return true;
  }

  /** The highest fence applied for an origin site. */
  fenceOf(origin: string): fedmq.v1.Fence | undefined {
    const raw = this.brokerMetaDb.get(fenceKey(origin));
    return raw ? pb.Fence.decode(raw) : undefined;
  }

  /**
   * A batch from another site's bridge. Fenced first: a batch whose (epoch, term, session) is
   * below the highest applied for its origin is refused whole, even if it reached the log.
   * Then each message: a loop (this site on its path, or past the hop limit) is dropped; a copy
   * already committed (same origin and id, by any path) is a duplicate; one that cannot be
   * placed goes to the DLQ with a reason; the rest are stored, their path kept.
   */
  private applyBridge(ctx: Ctx, b: fedmq.v1.IBridgeBatchCommand): BridgeResult {
    const origin = b.originSite ?? '';
    const fence = pb.Fence.create(b.fence ?? {});
    const prev = this.fenceOf(origin);
    if (prev && compareFence(fence, prev) < 0) return { fenced: true, highest: prev, outcomes: [] };
    if (!prev || compareFence(fence, prev) > 0) this.brokerMetaDb.put(fenceKey(origin), Buffer.from(pb.Fence.encode(fence).finish()));
    const policy = this.policy();
    const O = pb.BridgedOutcome;
    const now = new Set(b.dispatchNow ?? []);
    const outcomes = (b.messages ?? []).map((bm, i): fedmq.v1.BridgedOutcome => {
      const path = bm.path ?? [];
      if ((this.site && path.includes(this.site)) || path.length > (b.hopLimit || 1)) return O.BRIDGED_LOOP;
      const m = pb.Message.create(bm.message ?? {});
      const dk = dedupeKey('m', `${origin}\0${m.id}`);
      if (this.dedupeDb.doesExist(dk) || (origin === this.site && this.dedupeDb.doesExist(dedupeKey('m', m.id)))) return O.BRIDGED_DUPLICATE;
      this.remember(ctx, dk);
      m.originSite = origin;
      m.path = path;
      const name = m.destination?.name ?? '';
      if (m.destination?.kind === DestinationKind.TOPIC) {
        const topic = this.findDest(ctx, DestinationKind.TOPIC, name) ?? (b.autoCreate ? this.createDest(ctx, DestinationKind.TOPIC, { kind: DestinationKind.TOPIC, name }, {}) : undefined);
        if (!topic) {
          this.storeDeadLetter(ctx, m, `bridged from ${origin}: topic://${name} does not exist here and is not created on first use`, policy);
          return O.BRIDGED_DEAD_LETTERED;
        }
        this.publish(ctx, topic, m);
        return O.BRIDGED_STORED;
      }
      const rec = this.findDest(ctx, DestinationKind.QUEUE, name) ?? (b.autoCreate && !name.startsWith(TEMP_PREFIX) ? this.createDest(ctx, DestinationKind.QUEUE, { kind: DestinationKind.QUEUE, name }, {}) : undefined);
      if (!rec) {
        this.storeDeadLetter(ctx, m, `bridged from ${origin}: queue://${name} does not exist here and is not created on first use`, policy);
        return O.BRIDGED_DEAD_LETTERED;
      }
      this.storeMessage(ctx, rec, m, 0, now.has(i));
      return O.BRIDGED_STORED;
    });
    return { fenced: false, highest: fence, outcomes };
  }

  /** Stores a message that never was in a destination here straight into its DLQ (or discards it if full). */
  private storeDeadLetter(ctx: Ctx, message: fedmq.v1.Message, reason: string, policy: BrokerPolicy): void {
    const name = message.destination?.name ?? '';
    const dlqName = dlqFor(policy.dlqStrategy, name);
    const dlq = this.findDest(ctx, DestinationKind.QUEUE, dlqName) ?? this.createDest(ctx, DestinationKind.QUEUE, { kind: DestinationKind.QUEUE, name: dlqName }, {});
    const m = pb.Message.create(message);
    m.headers = { ...m.headers, [DLQ_REASON_HEADER]: { stringValue: reason }, [DLQ_ORIGIN_HEADER]: { stringValue: destinationUri({ kind: DestinationKind.QUEUE, name }) } };
    m.expiresAtMs = 0;
    m.deliverAtMs = 0;
    if (dlq.depth >= policy.dlqMessagesMax || dlq.bytes + pb.Message.encode(m).len > policy.dlqBytesMax) {
      dlq.discarded++;
      return;
    }
    dlq.deadLettered++;
    this.storeMessage(ctx, dlq, m, 0);
  }

  private applyTransaction(ctx: Ctx, tx: fedmq.v1.ITransactionCommit): TransactionResult {
    const policy = this.policy();
    const id = tx.transactionId ?? '';
    const tk = dedupeKey('t', id);
    const prior = this.dedupeDb.get(tk);
    if (prior) {
      const p = pb.DedupeRecord.decode(prior);
      return { committed: p.outcome === pb.TransactionOutcome.TRANSACTION_COMMITTED, duplicate: true, reason: p.reason, sends: [] };
    }
    const rollBack = (reason: string): TransactionResult => {
      this.remember(ctx, tk, pb.TransactionOutcome.TRANSACTION_ROLLED_BACK, reason);
      return { committed: false, duplicate: false, reason, sends: [] };
    };
    // All or nothing: every acknowledged message must still be out (a failover may have
    // returned it and handed it to another consumer), every destination must exist or be creatable.
    for (const r of tx.acks ?? []) {
      const stored = this.destById(ctx, r.destId ?? 0) ? this.readStored(r.destId ?? 0, r.seq ?? 0) : undefined;
      if (!stored || !stored.out) return rollBack(`a message it acknowledges (destination ${r.destId}, sequence ${r.seq}) is no longer outstanding: it was acknowledged, expired, or returned after a leader change`);
    }
    if (!tx.autoCreate) {
      for (const m of tx.sends ?? []) {
        const d = m.destination!;
        if (!this.findDest(ctx, d.kind!, d.name!)) return rollBack(`${destinationUri({ kind: d.kind!, name: d.name! })} does not exist and is not created on first use`);
      }
    }
    const sends = (tx.sends ?? []).map((m) => this.sendOne(ctx, m, tx.autoCreate ?? false));
    this.applyAck(ctx, { refs: tx.acks ?? [] });
    this.remember(ctx, tk, pb.TransactionOutcome.TRANSACTION_COMMITTED);
    return { committed: true, duplicate: false, reason: '', sends };
  }

  // ------------------------------------------------------------ helpers (inside apply)

  private readTotals(): fedmq.v1.BrokerTotals {
    const t = this.totals();
    if (t.nextDestId === 0) t.nextDestId = 1;
    return t;
  }

  private readStored(destId: number, seq: number): fedmq.v1.StoredMessage | undefined {
    const raw = this.msgDb.get(msgKey(destId, seq));
    return raw ? pb.StoredMessage.decode(raw) : undefined;
  }

  private findDest(ctx: Ctx, kind: number, name: string): fedmq.v1.DestinationRecord | undefined {
    for (const rec of ctx.dests.values()) if (storeKind(rec) === kind && rec.destination!.name === name) return rec;
    const raw = this.destDb.get(destKey(kind, name));
    if (!raw) return undefined;
    const rec = pb.DestinationRecord.decode(raw);
    ctx.dests.set(rec.id, rec);
    return rec;
  }

  private destById(ctx: Ctx, id: number): fedmq.v1.DestinationRecord | undefined {
    const cached = ctx.dests.get(id);
    if (cached) return cached;
    const k = this.destIdDb.get(destIdKey(id));
    if (!k) return undefined;
    const raw = this.destDb.get(k);
    if (!raw) return undefined;
    const rec = pb.DestinationRecord.decode(raw);
    ctx.dests.set(rec.id, rec);
    return rec;
  }

  private createDest(ctx: Ctx, kind: number, d: fedmq.v1.IDestination, opts: { temporary?: boolean; ownerSession?: string; durableSubscription?: string }): fedmq.v1.DestinationRecord {
    const id = ctx.totals.nextDestId++;
    const rec = pb.DestinationRecord.create({
      id,
      destination: { kind: d.kind!, name: d.name! },
      temporary: opts.temporary ?? false,
      ownerSession: opts.ownerSession ?? '',
      durableSubscription: opts.durableSubscription ?? '',
      nextSeq: 1,
      createdMs: ctx.timeMs,
    });
    ctx.dests.set(id, rec);
    this.destIdDb.put(destIdKey(id), destKey(kind, d.name!));
    ctx.effects.push({ kind: 'destCreated', destId: id });
    return rec;
  }

  private storeMessage(ctx: Ctx, rec: fedmq.v1.DestinationRecord, m: IMessage, deliveryCount: number, out = false): number {
    const seq = rec.nextSeq++;
    const message = pb.Message.create(m);
    // The message is encoded once, straight into its record: its length is the size.
    const { bytes, size } = encodeStoredMessage(message, deliveryCount, out);
    this.msgDb.put(msgKey(rec.id, seq), bytes);
    if (out) this.outDb.put(msgKey(rec.id, seq), EMPTY);
    rec.depth++;
    rec.bytes += size;
    rec.enqueued++;
    ctx.totals.messages++;
    ctx.totals.bytes += size;
    ctx.effects.push({ kind: 'stored', destId: rec.id, seq, id: message.id, priority: message.priority, deliverAtMs: message.deliverAtMs, expiresAtMs: message.expiresAtMs, out });
    return seq;
  }

  private removeMessage(ctx: Ctx, rec: fedmq.v1.DestinationRecord, seq: number, stored: fedmq.v1.StoredMessage): void {
    const k = msgKey(rec.id, seq);
    this.msgDb.remove(k);
    if (stored.out) this.outDb.remove(k);
    rec.depth--;
    rec.bytes -= stored.size;
    ctx.totals.messages--;
    ctx.totals.bytes -= stored.size;
    ctx.effects.push({ kind: 'removed', destId: rec.id, seq });
  }

  private clearMessages(ctx: Ctx, rec: fedmq.v1.DestinationRecord): number {
    const keys: Buffer[] = [];
    for (const key of this.msgDb.getKeys(msgRange(rec.id))) keys.push(key as Buffer);
    for (const k of keys) {
      this.msgDb.remove(k);
      this.outDb.remove(k);
    }
    ctx.totals.messages -= rec.depth;
    ctx.totals.bytes -= rec.bytes;
    rec.depth = 0;
    rec.bytes = 0;
    return keys.length;
  }

  /** Moves a message to its DLQ with a reason header, or discards it when the DLQ is full (or it is a DLQ's own). */
  private deadLetter(ctx: Ctx, rec: fedmq.v1.DestinationRecord, seq: number, stored: fedmq.v1.StoredMessage, reason: string, policy: BrokerPolicy): ReleaseOutcome {
    this.removeMessage(ctx, rec, seq, stored); // its dispatch mark (b.out) goes with it
    rec.deadLettered++;
    const from = rec.destination!;
    const originalName = stored.message!.destination?.name ?? from.name!;
    const m = pb.Message.create(stored.message!);
    m.headers = { ...m.headers, [DLQ_REASON_HEADER]: { stringValue: reason }, [DLQ_ORIGIN_HEADER]: { stringValue: destinationUri({ kind: from.kind!, name: originalName }) } };
    m.expiresAtMs = 0;
    m.deliverAtMs = 0;
    const size = pb.Message.encode(m).len;
    const dlqName = dlqFor(policy.dlqStrategy, originalName);
    const dlq = this.findDest(ctx, DestinationKind.QUEUE, dlqName) ?? this.createDest(ctx, DestinationKind.QUEUE, { kind: DestinationKind.QUEUE, name: dlqName }, {});
    if (dlq.depth >= policy.dlqMessagesMax || dlq.bytes + size > policy.dlqBytesMax) {
      // The DLQ is full: the dead letter is discarded and counted on the DLQ, never blocking
      // the destination it came from.
      dlq.discarded++;
      return 'discarded';
    }
    this.storeMessage(ctx, dlq, m, 0);
    return 'dead-lettered';
  }

  /** Records a message id (or, with an outcome, a transaction id) for the dedupe window. */
  private remember(ctx: Ctx, key: Buffer, outcome?: fedmq.v1.TransactionOutcome, reason = ''): void {
    // A message id's record is the same for every id of a command (its time, no outcome): encoded once.
    const plain = (outcome ?? 0) === 0 && reason === '';
    const value = plain ? (ctx.plainDedupeRecord ??= encodeDedupeRecord(ctx.timeMs, 0, '')) : encodeDedupeRecord(ctx.timeMs, outcome ?? 0, reason);
    this.dedupeDb.put(key, value);
    this.dedupeTDb.put(dedupeTimeKey(ctx.timeMs, key), EMPTY);
  }

  /** Forgets ids older than the dedupe window (by the leader's clock), a bounded number per command. */
  private pruneDedupe(ctx: Ctx): void {
    const window = this.policy().dedupeWindowMs;
    if (ctx.timeMs <= window) return;
    const cutoff = ctx.timeMs - window;
    const old: Buffer[] = [];
    for (const key of this.dedupeTDb.getKeys({ limit: DEDUPE_PRUNE_PER_COMMAND })) {
      const k = key as Buffer;
      if (decodeDedupeTimeKey(k).timeMs >= cutoff) break;
      old.push(k);
    }
    for (const k of old) {
      const { timeMs, key } = decodeDedupeTimeKey(k);
      this.dedupeTDb.remove(k);
      // The id may have been remembered again later (it was not: ids are unique), but only the
      // record of this time is removed.
      const raw = this.dedupeDb.get(key);
      if (raw && pb.DedupeRecord.decode(raw).timeMs === timeMs) this.dedupeDb.remove(key);
    }
  }

  /** The compiled selector, or null if it does not compile (it then matches nothing). */
  private selectorOrNull(text: string): CompiledSelector | null {
    let s = this.selectors.get(text);
    if (s === undefined) {
      try {
        s = compileSelector(text);
      } catch {
        s = null;
      }
      this.selectors.set(text, s);
    }
    return s;
  }
}

export interface BridgeResult {
  /** The whole batch was refused: its fence is below `highest`. */
  fenced: boolean;
  highest: fedmq.v1.IFence;
  outcomes: fedmq.v1.BridgedOutcome[];
}

function fenceKey(origin: string): Buffer {
  return Buffer.from(`fence:${origin}`, 'utf8');
}

/** Orders fences by (site epoch, leader term, session). */
export function compareFence(a: fedmq.v1.IFence, b: fedmq.v1.IFence): number {
  const pairs: Array<[number, number]> = [
    [Number(a.siteEpoch ?? 0), Number(b.siteEpoch ?? 0)],
    [Number(a.leaderTerm ?? 0), Number(b.leaderTerm ?? 0)],
    [Number(a.session ?? 0), Number(b.session ?? 0)],
  ];
  for (const [x, y] of pairs) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

function isDlqRecord(rec: fedmq.v1.DestinationRecord): boolean {
  return !rec.durableSubscription && rec.destination!.kind === DestinationKind.QUEUE && isDlq(rec.destination!.name!);
}

function storeKind(rec: fedmq.v1.DestinationRecord): number {
  return rec.durableSubscription ? KIND_DURABLE_STORE : rec.destination!.kind!;
}

function encodeStored(s: fedmq.v1.StoredMessage): Buffer {
  return Buffer.from(pb.StoredMessage.encode(s).finish());
}

/**
 * A new message's record, with size = the length of the encoded message, encoding the message
 * once (pb.StoredMessage.encode would encode it again, after a first encode for its size): the
 * same bytes as encodeStored(pb.StoredMessage.create({ message, deliveryCount, out, size })),
 * field 1 (the message, length-delimited) then the scalars not at their default, in field order.
 */
function encodeStoredMessage(message: fedmq.v1.Message, deliveryCount: number, out: boolean): { bytes: Buffer; size: number } {
  const w = $protobuf.Writer.create();
  w.uint32(/* id 1, wireType 2 */ 10).fork();
  const start = w.len;
  pb.Message.encode(message, w);
  const size = w.len - start; // the encoded message's length
  w.ldelim();
  if (deliveryCount !== 0) w.uint32(/* id 2, wireType 0 */ 16).uint32(deliveryCount);
  if (out) w.uint32(/* id 3, wireType 0 */ 24).bool(out);
  if (size !== 0) w.uint32(/* id 4, wireType 0 */ 32).uint32(size);
  const bytes = w.finish();
  return { bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), size };
}

function encodeDedupeRecord(timeMs: number, outcome: fedmq.v1.TransactionOutcome, reason: string): Buffer {
  return Buffer.from(pb.DedupeRecord.encode({ timeMs, outcome, reason }).finish());
}

function halt(entry: Entry, why: string): FedmqError {
  return new FedmqError('STATE_MACHINE_HALTED', `broker apply stopped at entry ${entry.index} (term ${entry.term}): ${why}`, { index: entry.index, term: entry.term });
}
