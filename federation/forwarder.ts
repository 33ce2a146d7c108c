// The sending end of a bridge (forward mode, queues). On the origin site's leader, while it
// serves, the forwarder is a low-priority consumer of the bridged queues (only queues the target
// has consumers on, unless the bridge is static): the broker commits a claim (dispatch mark) for
// each message it takes; the forwarder ships them in batches on one gRPC stream to the target's
// leader with a window of batches in flight, and acknowledges them locally (removing them at
// the origin) only once the target committed them. A message is never sent to a site on its
// path or past the hop limit. The link retries forever with capped backoff; every change of its
// state is a log line and a metric.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../proto/gen/fedmq.js';
import { FedmqError } from '../node/errors.ts';
import type { Logger } from '../node/log.ts';
import { matchesPattern } from '../node/broker/names.ts';
import type { BrokerCore, Session } from '../node/dispatch/broker-core.ts';
import type { RaftHost } from '../node/raft/host.ts';
import { FEDERATION_PROTOCOL_VERSION, federationServiceDefinition } from './receiver.ts';

const pb = fedmq.v1;

export interface BridgeConfig {
  to: string;
  queues: string[];
  topics: string[];
  topicBacklogMax: number;
  topicOverflow: 'drop-oldest' | 'block';
  batchSize: number;
  lingerMs: number;
  window: number;
  hopLimit: number;
  static: boolean;
  /** A connected link with messages waiting on it and no acknowledgement for this long is 'stalled'. */
  stalledAfterMs: number;
}

/** 'stalled': connected, with messages on the link, and nothing acknowledged for stalledAfterMs. */
export type LinkState = 'stopped' | 'connecting' | 'connected' | 'stalled' | 'backing-off' | 'fenced';

export interface BridgeStats {
  bridge: string;
  to: string;
  state: LinkState;
  /**
   * Replication lag: messages and bytes in the bridged queues at the origin (those on the link
   * included) that the target has not committed, and the age of the oldest of them on the
   * origin's clock. 0 when the bridge keeps up.
   */
  lagMessages: number;
  lagBytes: number;
  lagSeconds: number;
  /** Messages taken and on the link (sent or about to be), not yet acknowledged by the target. */
  pendingMessages: number;
  pendingBytes: number;
  sent: number;
  committed: number;
  duplicates: number;
  deadLettered: number;
  loops: number;
  lastAckAtMs: number;
  /** Committed at the target per second, over the last few seconds. */
  throughput: number;
  demand: string[];
  stateSince: number;
  lastError: string;
}

export interface ForwarderOptions {
  cluster: string;
  site: string;
  bridge: BridgeConfig;
  /** Any nodes of the target site (gRPC addresses). */
  targetNodes: string[];
  core: BrokerCore;
  host: RaftHost;
  logger: Logger;
  /** The origin's queues matching a pattern: depth, bytes and the oldest message's timestamp (0: empty). */
  queueLag: (pattern: string) => { messages: number; bytes: number; oldestMs: number };
  /** The same for a durable subscription's store (a topic bridge's backlog). */
  durableLag: (clientId: string, name: string) => { messages: number; bytes: number; oldestMs: number };
  onStateChange?: (s: LinkState) => void;
}

interface Pending {
  consumerId: string;
  tag: number;
  bytes: number;
  sinceMs: number;
}

const BACKOFF_INITIAL_MS = 50;
const BACKOFF_MAX_MS = 2_000;
const FederationClient = grpc.makeGenericClientConstructor(federationServiceDefinition, 'Federation');

let sessionCounter = 0;

export class BridgeForwarder {
  private readonly opts: ForwarderOptions;
  private readonly log: Logger;
  readonly name: string;
  private running = false;
  private stateValue: LinkState = 'stopped';
  private stateSince = Date.now();
  private lastError = '';
  private call: grpc.ClientDuplexStream<Buffer, Buffer> | null = null;
  private session: Session | null = null;
  private readonly stubs = new Map<string, InstanceType<typeof FederationClient>>();
  private nodeIndex = 0;
  private preferred: string | null = null;
  private demand = new Set<string>();
  /** Deliveries waiting to be batched. */
  private buffer: Array<{ d: fedmq.v1.IDelivery; bytes: number }> = [];
  private lingerTimer: NodeJS.Timeout | null = null;
  /** Batches in flight: seq → the deliveries they carry. */
  private readonly inflight = new Map<number, Pending[]>();
  private batchSeq = 0;
  private readonly subscribed = new Set<string>();
  private readonly pendingByKey = new Map<string, Pending>();
  private readonly stats = { sent: 0, committed: 0, duplicates: 0, deadLettered: 0, loops: 0, lastAckAtMs: 0 };
  private readonly recentAcks: Array<{ atMs: number; n: number }> = [];
  private wake: (() => void) | null = null;
  private loopDone: Promise<void> | null = null;
  /** Checks a connected link for progress (stalledAfterMs). */
  private stallTimer: NodeJS.Timeout | null = null;
  private connectedAtMs = 0;
  /** When messages last started waiting on an empty link. */
  private waitingSinceMs = 0;

  constructor(opts: ForwarderOptions) {
    this.opts = opts;
    this.name = `${opts.site}->${opts.bridge.to}`;
    this.log = opts.logger.child({ component: 'bridge-out', bridge: this.name });
  }

  get state(): LinkState {
    return this.stateValue;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.disconnect(null);
    this.wake?.();
    await this.loopDone;
    this.setState('stopped');
    for (const s of this.stubs.values()) s.close();
    this.stubs.clear();
  }

  snapshot(): BridgeStats {
    const now = Date.now();
    let pendingMessages = 0;
    let pendingBytes = 0;
    for (const p of this.pendingByKey.values()) {
      pendingMessages++;
      pendingBytes += p.bytes;
    }
    while (this.recentAcks.length > 0 && now - this.recentAcks[0]!.atMs > 5_000) this.recentAcks.shift();
    const recent = this.recentAcks.reduce((a, r) => a + r.n, 0);
    // Taken messages stay stored at the origin until the target committed them, so the queues'
    // depth is the lag, link included.
    let lagMessages = 0;
    let lagBytes = 0;
    let oldest = 0;
    const lags = [
      ...this.eligibleQueues().map((q) => this.opts.queueLag(q)),
      ...this.opts.bridge.topics.map((p) => this.opts.durableLag(`fedmq-bridge-${this.opts.bridge.to}`, p)),
    ];
    for (const l of lags) {
      lagMessages += l.messages;
      lagBytes += l.bytes;
      if (l.oldestMs > 0 && (oldest === 0 || l.oldestMs < oldest)) oldest = l.oldestMs;
    }
    return {
      bridge: this.name,
      to: this.opts.bridge.to,
      state: this.stateValue,
      lagMessages,
      lagBytes,
      lagSeconds: oldest === 0 ? 0 : Math.max(0, now - oldest) / 1000,
      pendingMessages,
      pendingBytes,
      ...this.stats,
      throughput: recent / 5,
      demand: [...this.demand].sort(),
      stateSince: this.stateSince,
      lastError: this.lastError,
    };
  }

  // ------------------------------------------------------------ the link

  private async loop(): Promise<void> {
    let backoff = BACKOFF_INITIAL_MS;
    let redirects = 0;
    while (this.running) {
      this.setState('connecting');
      try {
        await this.connectOnce();
        backoff = BACKOFF_INITIAL_MS;
        redirects = 0;
        // Connected: wait until the session ends.
        await new Promise<void>((resolve) => (this.wake = resolve));
      } catch (err) {
        const e = err as FedmqError;
        this.lastError = e.message;
        if (e.details?.['leaderAddress']) {
          this.preferred = String(e.details['leaderAddress']);
          // Follow a redirect at once, but not round and round while the remote site elects.
          if (++redirects <= 3) continue;
          redirects = 0;
        }
        if (!this.running) break;
        if (e.code === 'FENCED') this.setState('fenced');
        else this.setState('backing-off');
        this.log.warn({ err: e.message, code: e.code, retryInMs: backoff }, 'bridge link down; retrying');
      }
      this.disconnect(null);
      if (!this.running) break;
      if (this.stateValue === 'connected' || this.stateValue === 'stalled') this.setState('backing-off');
      await new Promise((r) => setTimeout(r, backoff * (0.5 + Math.random() / 2)));
      backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
    }
  }

  private nextAddress(): string {
    if (this.preferred) {
      const p = this.preferred;
      this.preferred = null;
      return p;
    }
    const nodes = this.opts.targetNodes;
    return nodes[this.nodeIndex++ % nodes.length]!;
  }

  private stub(addr: string): InstanceType<typeof FederationClient> {
    let s = this.stubs.get(addr);
    if (!s) {
      s = new FederationClient(addr, grpc.credentials.createInsecure(), {
        'grpc.max_receive_message_length': 8 << 20,
        'grpc.max_send_message_length': 8 << 20,
        'grpc.initial_reconnect_backoff_ms': BACKOFF_INITIAL_MS,
        'grpc.max_reconnect_backoff_ms': BACKOFF_MAX_MS,
        'grpc.keepalive_time_ms': 10_000,
        // Acks come back on this stream: a wide window in this direction too.
        'grpc-node.flow_control_window': 32 << 20,
        'grpc.keepalive_timeout_ms': 5_000,
      });
      this.stubs.set(addr, s);
    }
    return s;
  }

  private connectOnce(): Promise<void> {
    const addr = this.nextAddress();
    const term = this.opts.host.status().term;
    const fence = { siteEpoch: 0, leaderTerm: term, session: Date.now() * 1000 + (++sessionCounter % 1000) };
    return new Promise<void>((resolve, reject) => {
      const call = this.stub(addr).makeBidiStreamRequest(federationServiceDefinition['Bridge']!.path, (b: Buffer) => b, (b: Buffer) => b, new grpc.Metadata(), {}) as grpc.ClientDuplexStream<Buffer, Buffer>;
      let opened = false;
      const timer = setTimeout(() => fail(new FedmqError('TIMEOUT', `${addr} did not open the bridge session within 5 s`)), 5_000);
      const fail = (err: FedmqError): void => {
        clearTimeout(timer);
        if (!opened) {
          opened = true;
          call.cancel();
          reject(err);
          return;
        }
        this.lastError = err.message;
        this.disconnect(call);
        if (err.code === 'FENCED') this.setState('fenced');
        this.log.warn({ err: err.message, code: err.code }, 'bridge session ended');
        this.wake?.();
      };
      call.on('data', (buf: Buffer) => {
        let r: fedmq.v1.BridgeReply;
        try {
          r = pb.BridgeReply.decode(buf);
        } catch (err) {
          fail(new FedmqError('BAD_FRAME', `a malformed reply from ${addr}: ${(err as Error).message}`));
          return;
        }
        if (r.closing) {
          const details: Record<string, unknown> = r.closing.leaderAddress ? { leaderAddress: r.closing.leaderAddress } : {};
          fail(new FedmqError((r.closing.code || 'OUTCOME_UNKNOWN') as never, `${this.opts.bridge.to} (${addr}): ${r.closing.message}`, details));
          return;
        }
        if (r.welcome && !opened) {
          clearTimeout(timer);
          if (r.welcome.protocolVersion !== FEDERATION_PROTOCOL_VERSION) {
            fail(new FedmqError('PROTOCOL_VERSION', `${addr} speaks federation protocol ${r.welcome.protocolVersion}; this node speaks ${FEDERATION_PROTOCOL_VERSION}`));
            return;
          }
          opened = true;
          this.call = call;
          try {
            this.openLocal(r.welcome.demand ?? []);
          } catch (err) {
            reject(err as Error);
            return;
          }
          this.setState('connected');
          this.connectedAtMs = Date.now();
          this.watchProgress();
          this.log.info({ target: addr, demand: (r.welcome.demand ?? []).length, fence }, 'bridge connected');
          resolve();
        }
        if (r.demand.length > 0 || (r.welcome === null && r.ack === null && r.closing === null)) this.updateDemand(r.demand);
        if (r.ack) this.onAck(r.ack);
      });
      call.on('error', (err: Error) => fail(new FedmqError('LEADER_CHANGED', `the bridge stream to ${addr} failed: ${err.message}`)));
      call.on('end', () => fail(new FedmqError('LEADER_CHANGED', `${addr} ended the bridge stream`)));
      call.write(
        Buffer.from(
          pb.BridgeFrame.encode({
            hello: { protocolVersion: FEDERATION_PROTOCOL_VERSION, cluster: this.opts.cluster, originSite: this.opts.site, targetSite: this.opts.bridge.to, bridge: this.name, fence, hopLimit: this.opts.bridge.hopLimit },
          }).finish(),
        ),
      );
    });
  }

  /** The local side of a session: a broker session whose consumers feed the link. */
  private openLocal(demand: string[]): void {
    this.demand = new Set(demand);
    // The client id names the bridge's durable topic subscriptions at this site.
    this.session = this.opts.core.openSession(`fedmq-bridge-${this.opts.bridge.to}`, {
      deliver: (d) => this.onDelivery(d),
      close: (err) => {
        // The broker stopped serving (leadership lost): the link goes with it.
        this.lastError = err.message;
        this.disconnect(this.call);
        this.wake?.();
      },
    });
    this.syncConsumers();
    const s = this.session;
    const credit = this.opts.bridge.batchSize * this.opts.bridge.window;
    for (const pattern of this.opts.bridge.topics) {
      void this.opts.core
        .subscribeBridgeTopic(s, `bridge-topic-${pattern}`, pattern, credit, { messagesMax: this.opts.bridge.topicBacklogMax, dropOldest: this.opts.bridge.topicOverflow === 'drop-oldest' })
        .catch((err: unknown) => {
          this.lastError = (err as Error).message;
          this.log.warn({ err: (err as Error).message, topic: pattern }, 'bridge topic subscription failed; the link restarts');
          this.disconnect(this.call);
          this.wake?.();
        });
    }
  }

  private eligibleQueues(): string[] {
    // Static bridges take everything their patterns match; others only queues with demand.
    if (this.opts.bridge.static) return [...this.opts.bridge.queues];
    return [...this.demand].filter((q) => this.opts.bridge.queues.some((p) => matchesPattern(p, q)));
  }

  private updateDemand(demand: string[]): void {
    this.demand = new Set(demand);
    this.syncConsumers();
  }

  /** One bridge consumer per eligible queue or pattern, with credit for the whole window. */
  private syncConsumers(): void {
    const s = this.session;
    if (!s || s.closed) return;
    const want = new Set(this.eligibleQueues());
    const credit = this.opts.bridge.batchSize * this.opts.bridge.window;
    const target = this.opts.bridge.to;
    const hopLimit = this.opts.bridge.hopLimit;
    for (const q of want) {
      if (this.subscribed.has(q)) continue;
      this.opts.core.subscribeBridge(s, `bridge-${q}`, q, credit, (m) => {
        // Never to a site on its path, nor past the hop limit; non-persistent messages stay local.
        const path = m.path ?? [];
        return !!m.persistent && !path.includes(target) && path.length + 1 <= hopLimit && m.originSite !== target;
      });
      this.subscribed.add(q);
    }
    for (const q of [...this.subscribed]) {
      if (want.has(q)) continue;
      this.opts.core.unsubscribe(s, `bridge-${q}`);
      this.subscribed.delete(q);
    }
  }

  private onDelivery(d: fedmq.v1.IDelivery): void {
    const m = d.message ?? {};
    const path = m.path ?? [];
    if (path.includes(this.opts.bridge.to) || m.originSite === this.opts.bridge.to || path.length + 1 > this.opts.bridge.hopLimit) {
      // A topic copy this bridge must not carry (it came from the target, or crossed enough
      // sites): settled here, never sent. (Queue bridges never take such messages.)
      if (this.session) void this.opts.core.ack(this.session, { consumerId: d.consumerId ?? '', deliveryTags: [Number(d.deliveryTag)] }).catch(() => undefined);
      return;
    }
    const bytes = (d.message?.body?.length ?? 0) + 256;
    // The link had nothing on it: the wait for progress starts now, not at the last ack.
    if (this.buffer.length === 0 && this.inflight.size === 0) this.waitingSinceMs = Date.now();
    this.buffer.push({ d, bytes });
    const p: Pending = { consumerId: d.consumerId ?? '', tag: Number(d.deliveryTag ?? 0), bytes, sinceMs: Number(d.message?.timestampMs ?? Date.now()) };
    this.pendingByKey.set(`${p.consumerId}:${p.tag}`, p);
    if (this.buffer.length >= this.opts.bridge.batchSize) this.flush();
    else if (!this.lingerTimer) this.lingerTimer = setTimeout(() => this.flush(), this.opts.bridge.lingerMs);
  }

  private flush(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    const call = this.call;
    while (call && this.buffer.length > 0 && this.inflight.size < this.opts.bridge.window) {
      const items = this.buffer.splice(0, this.opts.bridge.batchSize);
      const seq = ++this.batchSeq;
      const messages: fedmq.v1.IBridgedMessage[] = items.map(({ d }) => {
        const m = d.message!;
        const origin = m.originSite || this.opts.site;
        return { message: m, originSite: origin, path: [...(m.path ?? []), this.opts.site] };
      });
      this.inflight.set(
        seq,
        items.map(({ d, bytes }) => this.pendingByKey.get(`${d.consumerId}:${Number(d.deliveryTag)}`) ?? { consumerId: d.consumerId ?? '', tag: Number(d.deliveryTag), bytes, sinceMs: Date.now() }),
      );
      this.stats.sent += items.length;
      call.write(Buffer.from(pb.BridgeFrame.encode({ batch: { batchSeq: seq, messages } }).finish()));
    }
  }

  private onAck(ack: fedmq.v1.IBatchAck): void {
    const seq = Number(ack.batchSeq ?? 0);
    const items = this.inflight.get(seq);
    if (!items || !this.session) return;
    this.inflight.delete(seq);
    const O = pb.BridgedOutcome;
    (ack.outcomes ?? []).forEach((o) => {
      if (o === O.BRIDGED_STORED) this.stats.committed++;
      else if (o === O.BRIDGED_DUPLICATE) this.stats.duplicates++;
      else if (o === O.BRIDGED_DEAD_LETTERED) this.stats.deadLettered++;
      else if (o === O.BRIDGED_LOOP) this.stats.loops++;
    });
    this.stats.lastAckAtMs = Date.now();
    if (this.stateValue === 'stalled') this.setState('connected');
    this.recentAcks.push({ atMs: Date.now(), n: items.length });
    // Committed (or placed, or known) at the target: removed here.
    const byConsumer = new Map<string, number[]>();
    for (const p of items) {
      this.pendingByKey.delete(`${p.consumerId}:${p.tag}`);
      const list = byConsumer.get(p.consumerId) ?? [];
      list.push(p.tag);
      byConsumer.set(p.consumerId, list);
    }
    for (const [consumerId, tags] of byConsumer) {
      void this.opts.core.ack(this.session, { consumerId, deliveryTags: tags }).catch((err: unknown) => {
        // The session was lost meanwhile: the target has them; a redelivery is de-duplicated there.
        this.log.debug({ err: (err as Error).message }, 'local ack after a bridge commit failed');
      });
    }
    this.flush();
  }

  private disconnect(call: grpc.ClientDuplexStream<Buffer, Buffer> | null): void {
    if (call && this.call !== call) return;
    const c = this.call;
    this.call = null;
    c?.cancel();
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    if (this.stallTimer) clearInterval(this.stallTimer);
    this.stallTimer = null;
    // What was taken and not committed at the target goes back to the queues, uncounted.
    if (this.session && !this.session.closed) this.opts.core.closeSession(this.session);
    this.session = null;
    this.subscribed.clear();
    this.buffer = [];
    this.inflight.clear();
    this.pendingByKey.clear();
  }

  /**
   * While connected: a link with messages on it (in flight or waiting to be batched) and no
   * acknowledgement for stalledAfterMs is 'stalled' (the target takes the stream but does not
   * commit: a stuck leader, a full store answering nothing); the next acknowledgement ends it.
   */
  private watchProgress(): void {
    if (this.stallTimer) clearInterval(this.stallTimer);
    const every = Math.max(50, Math.min(1_000, Math.floor(this.opts.bridge.stalledAfterMs / 4)));
    this.stallTimer = setInterval(() => {
      if (this.stateValue !== 'connected') return;
      const waiting = this.inflight.size > 0 || this.buffer.length > 0;
      const since = Math.max(this.stats.lastAckAtMs, this.connectedAtMs, this.waitingSinceMs);
      if (waiting && Date.now() - since > this.opts.bridge.stalledAfterMs) {
        this.lastError = `no acknowledgement from ${this.opts.bridge.to} for ${Date.now() - since} ms with ${this.pendingByKey.size} messages on the link`;
        this.setState('stalled');
      }
    }, every);
    this.stallTimer.unref();
  }

  private setState(s: LinkState): void {
    if (s === this.stateValue) return;
    this.log.info({ from: this.stateValue, to: s, err: s === 'connected' ? undefined : this.lastError || undefined }, 'bridge link state');
    this.stateValue = s;
    this.stateSince = Date.now();
    this.opts.onStateChange?.(s);
  }
}
