// The TypeScript client SDK. One FedmqClient holds one Session stream to the site's leader and
// batches everything it sends into frames. It finds the leader through any node (a follower
// answers with the leader's address), and when the session is lost it reconnects (the leader, or
// the next node) and retries what was not answered with the same message ids, so a failover
// neither loses nor duplicates an acknowledged send. Consumers are re-subscribed; what they held
// unacknowledged comes back from the broker, flagged redelivered.
import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { newMessageId } from './ids.ts';
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError, type ErrorCode } from '../errors.ts';
import { brokerServiceDefinition, CLIENT_PROTOCOL_VERSION } from '../server/broker-service.ts';
import { headerFromProto, headerToProto, type Headers } from '../broker/headers.ts';

const pb = fedmq.v1;
export const AckMode = pb.AckMode;
export type AckMode = fedmq.v1.AckMode;

export type DestinationRef = { queue: string } | { topic: string };

export interface ClientOptions {
  /** host:port of any nodes of the site. */
  servers: string[];
  clientId?: string;
  clientName?: string;
  /** A send is retried across reconnects for at most this long (must be below the site's dedupe window). */
  retryHorizonMs?: number;
  /** Reconnect backoff bounds. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** grpc-js max message length (a frame carries up to messageBytesMax plus framing). */
  grpcMessageBytesMax?: number;
}

export interface SendOptions {
  headers?: Headers;
  persistent?: boolean;
  priority?: number;
  ttlMs?: number;
  delayMs?: number;
  correlationId?: string;
  replyTo?: DestinationRef;
  type?: string;
  /** Past a flow-control limit, wait this long for room instead of failing. */
  flowControlWaitMs?: number;
  /** Keep it for idempotent retries of your own; one is made when absent. */
  messageId?: string;
}

export interface SendReceipt {
  messageId: string;
  /** The site had already committed this id: acknowledged again, stored once. */
  duplicate: boolean;
}

export interface ReceivedMessage {
  id: string;
  destination: DestinationRef;
  headers: Headers;
  body: Buffer;
  persistent: boolean;
  priority: number;
  timestampMs: number;
  expiresAtMs: number;
  correlationId: string;
  replyTo: DestinationRef | null;
  type: string;
  deliveryCount: number;
  redelivered: boolean;
  /** Acknowledge (CLIENT mode: this and every earlier delivery of the consumer). */
  ack(): Promise<void>;
  /** Return for redelivery (or the DLQ past maxDeliveries). */
  nack(): Promise<void>;
}

export interface SubscribeOptions {
  ackMode?: 'auto' | 'client' | 'individual';
  prefetch?: number;
  selector?: string;
  durableName?: string;
}

/** A FedmqError as the client sees it: the server's code and message. */
export class ClientError extends FedmqError {}

interface Pending {
  req: fedmq.v1.IClientRequest;
  resolve(r: fedmq.v1.IRequestResult): void;
  reject(e: Error): void;
  /** Retried after a reconnect (sends and commits are idempotent); others fail on a lost session. */
  retry: boolean;
  deadline: number;
}

interface ConsumerState {
  id: string;
  sub: fedmq.v1.ISubscribe;
  onMessage: (m: ReceivedMessage) => void | Promise<void>;
  autoAck: boolean;
  closed: boolean;
}

/** Requests per frame, at most, and the bytes a frame aims at. */
const FRAME_REQUESTS_MAX = 1000;
const FRAME_BYTES_TARGET = 2 << 20;

/** A request's size, near enough: its body and a generous allowance for everything else. */
function requestBytes(r: fedmq.v1.IClientRequest): number {
  const s = r.send;
  if (!s) return 256;
  let headers = 0;
  for (const [k, v] of Object.entries(s.headers ?? {})) headers += k.length + (typeof v.stringValue === 'string' ? v.stringValue.length * 3 : 16) + 8;
  return (s.body?.length ?? 0) + headers + 512;
}

const BrokerClient = grpc.makeGenericClientConstructor(brokerServiceDefinition, 'Broker');
type Stub = InstanceType<typeof BrokerClient>;

export function toDestination(d: DestinationRef): fedmq.v1.IDestination {
  return 'queue' in d ? { kind: pb.DestinationKind.QUEUE, name: d.queue } : { kind: pb.DestinationKind.TOPIC, name: d.topic };
}

export function fromDestination(d: fedmq.v1.IDestination | null | undefined): DestinationRef {
  return d?.kind === pb.DestinationKind.TOPIC ? { topic: d.name ?? '' } : { queue: d?.name ?? '' };
}

function clientError(info: fedmq.v1.IErrorInfo): ClientError {
  const details: Record<string, unknown> = {};
  if (info.leaderId) {
    details['leaderId'] = info.leaderId;
    details['leaderAddress'] = info.leaderAddress;
  }
  return new ClientError((info.code || 'OUTCOME_UNKNOWN') as ErrorCode, info.message || info.code || 'unknown error', details);
}

/** Codes after which the session is gone and the client should reconnect (possibly elsewhere). */
const RECONNECT_CODES = new Set(['NOT_LEADER', 'NO_LEADER', 'LEADER_CHANGED', 'SHUTTING_DOWN', 'TIMEOUT']);

export class FedmqClient {
  private readonly opts: Required<Omit<ClientOptions, 'clientId' | 'clientName'>> & { clientId: string; clientName: string };
  private readonly stubs = new Map<string, Stub>();
  private call: grpc.ClientDuplexStream<Buffer, Buffer> | null = null;
  private welcome: fedmq.v1.ISessionWelcome | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private outbox: fedmq.v1.IClientRequest[] = [];
  private flushScheduled = false;
  private readonly consumers = new Map<string, ConsumerState>();
  private serverIndex = 0;
  private preferred: string | null = null;
  private sessionEpoch = 0;
  private readonly connectListeners = new Set<(w: fedmq.v1.ISessionWelcome) => void>();

  private constructor(opts: ClientOptions) {
    if (opts.servers.length === 0) throw new FedmqError('BAD_REQUEST', 'at least one server address is needed');
    this.opts = {
      servers: opts.servers,
      clientId: opts.clientId ?? '',
      clientName: opts.clientName ?? 'fedmq-sdk',
      retryHorizonMs: opts.retryHorizonMs ?? 60_000,
      backoffInitialMs: opts.backoffInitialMs ?? 50,
      backoffMaxMs: opts.backoffMaxMs ?? 1_000,
      grpcMessageBytesMax: opts.grpcMessageBytesMax ?? 8 << 20,
    };
  }

  /** Connects to the site's leader through any of `servers`. */
  static async connect(opts: ClientOptions): Promise<FedmqClient> {
    const c = new FedmqClient(opts);
    try {
      await c.ensureSession();
    } catch (err) {
      c.close();
      throw err;
    }
    return c;
  }

  /** A client that opens its session on first use (operator calls need none). */
  static lazy(opts: ClientOptions): FedmqClient {
    return new FedmqClient(opts);
  }

  /** What the serving node said when the session opened. */
  get session(): fedmq.v1.ISessionWelcome | null {
    return this.welcome;
  }

  /** Called on every (re)connection. */
  onConnect(fn: (w: fedmq.v1.ISessionWelcome) => void): () => void {
    this.connectListeners.add(fn);
    return () => this.connectListeners.delete(fn);
  }

  // ------------------------------------------------------------ producing

  async send(dest: DestinationRef, body: Uint8Array | string, opts: SendOptions = {}): Promise<SendReceipt> {
    const messageId = opts.messageId ?? newMessageId();
    const r = await this.request({ send: this.sendRequest(dest, body, messageId, opts) }, true);
    return { messageId, duplicate: r.duplicate ?? false };
  }

  private sendRequest(dest: DestinationRef, body: Uint8Array | string, messageId: string, opts: SendOptions, transactionId = ''): fedmq.v1.ISendRequest {
    const headers: Record<string, fedmq.v1.IHeaderValue> = {};
    for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k] = headerToProto(v);
    return {
      messageId,
      destination: toDestination(dest),
      headers,
      body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
      persistent: opts.persistent ?? true,
      ...(opts.priority !== undefined ? { priority: opts.priority } : {}),
      ttlMs: opts.ttlMs ?? 0,
      delayMs: opts.delayMs ?? 0,
      correlationId: opts.correlationId ?? '',
      ...(opts.replyTo ? { replyTo: toDestination(opts.replyTo) } : {}),
      type: opts.type ?? '',
      flowControlWaitMs: opts.flowControlWaitMs ?? 0,
      transactionId,
    };
  }

  /** A temporary queue, consumed only by this client; deleted when the session ends. */
  async createTemporaryQueue(): Promise<string> {
    const r = await this.request({ createTemporaryQueue: {} }, false);
    return r.temporaryQueue ?? '';
  }

  // ------------------------------------------------------------ consuming

  /** Starts a consumer; `onMessage` runs per delivery (auto mode acks when it resolves). */
  async subscribe(dest: DestinationRef, onMessage: (m: ReceivedMessage) => void | Promise<void>, opts: SubscribeOptions = {}): Promise<Consumer> {
    const id = `c-${randomUUID()}`;
    const mode = opts.ackMode ?? 'auto';
    const sub: fedmq.v1.ISubscribe = {
      consumerId: id,
      destination: toDestination(dest),
      selector: opts.selector ?? '',
      // "auto" acknowledges after the handler resolves: the broker sees individual acks.
      ackMode: mode === 'client' ? pb.AckMode.ACK_CLIENT : pb.AckMode.ACK_INDIVIDUAL,
      prefetch: opts.prefetch ?? 100,
      durableName: opts.durableName ?? '',
    };
    const state: ConsumerState = { id, sub, onMessage, autoAck: mode === 'auto', closed: false };
    this.consumers.set(id, state);
    try {
      await this.request({ subscribe: sub }, false);
    } catch (err) {
      this.consumers.delete(id);
      throw err;
    }
    return new Consumer(this, state);
  }

  /** @internal */
  async closeConsumer(state: ConsumerState): Promise<void> {
    if (state.closed) return;
    state.closed = true;
    this.consumers.delete(state.id);
    await this.request({ unsubscribe: { consumerId: state.id } }, false).catch(() => undefined);
  }

  // ------------------------------------------------------------ transactions

  /** A transaction: its sends and acks commit together or not at all. */
  async begin(): Promise<Transaction> {
    const id = `tx-${newMessageId()}`;
    await this.request({ begin: { transactionId: id } }, false);
    return new Transaction(this, id, this.sessionEpoch);
  }

  /** @internal */
  txSend(txId: string, dest: DestinationRef, body: Uint8Array | string, opts: SendOptions): Promise<fedmq.v1.IRequestResult> {
    return this.request({ send: this.sendRequest(dest, body, opts.messageId ?? newMessageId(), opts, txId) }, false);
  }

  /** @internal */
  txCommit(txId: string): Promise<fedmq.v1.IRequestResult> {
    // Retried after a reconnect: the site answers with the first outcome (or TX_UNKNOWN: rolled back).
    return this.request({ commit: { transactionId: txId } }, true);
  }

  /** @internal */
  txRollback(txId: string): Promise<fedmq.v1.IRequestResult> {
    return this.request({ rollback: { transactionId: txId } }, false);
  }

  /** @internal */
  get epoch(): number {
    return this.sessionEpoch;
  }

  // ------------------------------------------------------------ operator calls (unary, any node or the leader)

  async listDestinations(): Promise<fedmq.v1.IDestinationInfo[]> {
    const r = await this.unary('ListDestinations', pb.ListDestinationsRequest.encode({}).finish(), pb.ListDestinationsResponse, false);
    return r.destinations;
  }

  async browse(dest: DestinationRef | { durable: string }, opts: { limit?: number; selector?: string } = {}): Promise<ReceivedMessage[]> {
    const d = 'durable' in dest ? { kind: pb.DestinationKind.TOPIC, name: dest.durable } : toDestination(dest);
    const r = await this.unary('Browse', pb.BrowseRequest.encode({ destination: d, limit: opts.limit ?? 100, selector: opts.selector ?? '' }).finish(), pb.BrowseResponse, false);
    return r.messages.map((m) => this.received(m, null));
  }

  async purge(dest: DestinationRef): Promise<number> {
    const r = await this.unary('Purge', pb.PurgeRequest.encode({ destination: toDestination(dest) }).finish(), pb.PurgeResponse, true);
    return r.removed;
  }

  async removeSubscription(clientId: string, name: string): Promise<void> {
    await this.unary('RemoveSubscription', pb.RemoveSubscriptionRequest.encode({ clientId, name }).finish(), pb.RemoveSubscriptionResponse, true);
  }

  /** The status of one node (the first of `servers`, or `address`). */
  async status(address?: string): Promise<fedmq.v1.StatusResponse> {
    return this.unaryAt(address ?? this.opts.servers[0]!, 'Status', pb.StatusRequest.encode({}).finish(), pb.StatusResponse);
  }

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new FedmqError('SHUTTING_DOWN', 'the client was closed'));
    this.pending.clear();
    this.call?.end();
    this.call = null;
    for (const s of this.stubs.values()) s.close();
    this.stubs.clear();
  }

  // ------------------------------------------------------------ internals

  private stub(addr: string): Stub {
    let s = this.stubs.get(addr);
    if (!s) {
      s = new BrokerClient(addr, grpc.credentials.createInsecure(), {
        'grpc.max_receive_message_length': this.opts.grpcMessageBytesMax,
        'grpc.max_send_message_length': this.opts.grpcMessageBytesMax,
        'grpc.initial_reconnect_backoff_ms': 50,
        'grpc.max_reconnect_backoff_ms': 1000,
        // Deliveries stream in: a receive window wider than HTTP/2's 64 KiB keeps a consumer far
        // from its broker fed.
        'grpc-node.flow_control_window': 16 << 20,
      });
      this.stubs.set(addr, s);
    }
    return s;
  }

  private nextAddress(): string {
    if (this.preferred) {
      const p = this.preferred;
      this.preferred = null;
      return p;
    }
    const a = this.opts.servers[this.serverIndex % this.opts.servers.length]!;
    this.serverIndex++;
    return a;
  }

  private ensureSession(): Promise<void> {
    if (this.call && this.welcome) return Promise.resolve();
    this.connecting ??= this.connectLoop().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connectLoop(): Promise<void> {
    const deadline = Date.now() + this.opts.retryHorizonMs;
    let backoff = this.opts.backoffInitialMs;
    let last: Error | null = null;
    let attempts = 0;
    while (!this.closed) {
      const addr = this.nextAddress();
      attempts++;
      try {
        await this.openSession(addr);
        return;
      } catch (err) {
        last = err as Error;
        const info = err as ClientError;
        if (info.code === 'PROTOCOL_VERSION' || info.code === 'BAD_REQUEST') throw err;
        if (info.details?.['leaderAddress']) {
          this.preferred = String(info.details['leaderAddress']);
          if (attempts % (this.opts.servers.length + 2) !== 0) continue; // follow a redirect at once
        }
      }
      if (Date.now() + backoff > deadline) break;
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(backoff * 2, this.opts.backoffMaxMs);
    }
    throw new FedmqError('NO_LEADER', `no node of ${this.opts.servers.join(',')} served a session within ${this.opts.retryHorizonMs} ms${last ? `: ${last.message}` : ''}`);
  }

  private openSession(addr: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const call = this.stub(addr).makeBidiStreamRequest(
        brokerServiceDefinition['Session']!.path,
        (b: Buffer) => b,
        (b: Buffer) => b,
        new grpc.Metadata(),
        { deadline: Infinity },
      ) as grpc.ClientDuplexStream<Buffer, Buffer>;
      let opened = false;
      const fail = (err: Error): void => {
        if (!opened) {
          opened = true;
          call.cancel();
          reject(err);
          return;
        }
        this.sessionLost(call, err);
      };
      const timer = setTimeout(() => fail(new FedmqError('TIMEOUT', `${addr} did not open a session within 5 s`)), 5_000);
      call.on('data', (buf: Buffer) => {
        let frame: fedmq.v1.ServerFrame;
        try {
          frame = pb.ServerFrame.decode(buf);
        } catch (err) {
          fail(new FedmqError('BAD_FRAME', `a malformed frame from ${addr}: ${(err as Error).message}`));
          return;
        }
        if (frame.welcome) {
          clearTimeout(timer);
          if (frame.welcome.protocolVersion !== CLIENT_PROTOCOL_VERSION) {
            fail(new FedmqError('PROTOCOL_VERSION', `${addr} speaks client protocol ${frame.welcome.protocolVersion}; this SDK speaks ${CLIENT_PROTOCOL_VERSION}`));
            return;
          }
          if (Number(frame.welcome.dedupeWindowMs) <= this.opts.retryHorizonMs) {
            fail(new FedmqError('BAD_REQUEST', `the site's dedupe window (${frame.welcome.dedupeWindowMs} ms) must be longer than this client's retryHorizonMs (${this.opts.retryHorizonMs} ms), or a retried send could be stored twice`));
            return;
          }
          opened = true;
          this.call = call;
          this.welcome = frame.welcome;
          this.sessionEpoch++;
          this.resumeAfterConnect();
          for (const fn of this.connectListeners) fn(frame.welcome);
          resolve();
        }
        for (const r of frame.results) this.onResult(r);
        for (const d of frame.deliveries) this.onDelivery(d);
        if (frame.closing) {
          clearTimeout(timer);
          fail(clientError(frame.closing));
        }
      });
      call.on('error', (err: Error) => {
        clearTimeout(timer);
        fail(new FedmqError('LEADER_CHANGED', `the session with ${addr} failed: ${err.message}`));
      });
      call.on('end', () => {
        clearTimeout(timer);
        fail(new FedmqError('LEADER_CHANGED', `${addr} ended the session`));
      });
      call.write(Buffer.from(pb.ClientFrame.encode({ hello: { protocolVersion: CLIENT_PROTOCOL_VERSION, clientId: this.opts.clientId, clientName: this.opts.clientName } }).finish()));
    });
  }

  private sessionLost(call: grpc.ClientDuplexStream<Buffer, Buffer>, err: Error): void {
    if (this.call !== call) return;
    this.call = null;
    this.welcome = null;
    call.cancel();
    const leader = (err as ClientError).details?.['leaderAddress'];
    if (leader) this.preferred = String(leader);
    // What cannot be retried fails now; sends and commits wait for the next session.
    const now = Date.now();
    for (const [id, p] of this.pending) {
      if (!p.retry || p.deadline < now) {
        this.pending.delete(id);
        p.reject(p.retry ? new FedmqError('OUTCOME_UNKNOWN', `not answered within the retry horizon (${this.opts.retryHorizonMs} ms): ${err.message}`) : new FedmqError('LEADER_CHANGED', `the session was lost before an answer (${err.message}); retry`));
      }
    }
    if (this.closed) return;
    void this.ensureSession().catch((e: unknown) => {
      for (const p of this.pending.values()) p.reject(e as Error);
      this.pending.clear();
    });
  }

  /** After a (re)connect: consumers are subscribed again, unanswered idempotent requests resent. */
  private resumeAfterConnect(): void {
    const resend: fedmq.v1.IClientRequest[] = [];
    for (const c of this.consumers.values()) {
      if (!c.closed) resend.push({ requestId: 0, subscribe: c.sub });
    }
    for (const p of this.pending.values()) resend.push(p.req);
    this.outbox = [...resend, ...this.outbox.filter((r) => !resend.includes(r))];
    this.scheduleFlush();
  }

  /** @internal */
  request(body: Omit<fedmq.v1.IClientRequest, 'requestId'>, retry: boolean): Promise<fedmq.v1.IRequestResult> {
    if (this.closed) return Promise.reject(new FedmqError('SHUTTING_DOWN', 'the client is closed'));
    const requestId = this.nextRequestId++;
    const req: fedmq.v1.IClientRequest = { ...body, requestId };
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { req, resolve, reject, retry, deadline: Date.now() + this.opts.retryHorizonMs });
      this.outbox.push(req);
      this.scheduleFlush();
      if (!this.call) void this.ensureSession().catch(() => undefined);
    });
  }

  /** @internal Fire-and-forget requests (acks in auto mode are still answered). */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      if (!this.call || this.outbox.length === 0) return;
      // Frames of at most FRAME_REQUESTS_MAX requests and about FRAME_BYTES_TARGET bytes (a
      // message larger than that travels alone): far below the 8 MiB a node receives.
      while (this.outbox.length > 0) {
        let n = 0;
        let bytes = 0;
        while (n < this.outbox.length && n < FRAME_REQUESTS_MAX) {
          const size = requestBytes(this.outbox[n]!);
          if (n > 0 && bytes + size > FRAME_BYTES_TARGET) break;
          bytes += size;
          n++;
        }
        const batch = this.outbox.splice(0, n);
        this.call.write(Buffer.from(pb.ClientFrame.encode({ requests: batch }).finish()));
      }
    });
  }

  private onResult(r: fedmq.v1.IRequestResult): void {
    const p = this.pending.get(Number(r.requestId));
    if (!p) return;
    if (r.error && RECONNECT_CODES.has(r.error.code ?? "") && p.retry) return; // the session is going: retried on the next
    this.pending.delete(Number(r.requestId));
    if (r.error) p.reject(clientError(r.error));
    else p.resolve(r);
  }

  private onDelivery(d: fedmq.v1.IDelivery): void {
    const c = this.consumers.get(d.consumerId ?? "");
    if (!c || c.closed) return;
    const m = this.received(d, c);
    Promise.resolve()
      .then(() => c.onMessage(m))
      .then(
        () => (c.autoAck ? m.ack().catch(() => undefined) : undefined),
        () => (c.autoAck ? m.nack().catch(() => undefined) : undefined),
      );
  }

  private received(d: fedmq.v1.IDelivery, c: ConsumerState | null): ReceivedMessage {
    const msg = d.message ?? {};
    const headers: Headers = {};
    for (const [k, v] of Object.entries(msg.headers ?? {})) headers[k] = headerFromProto(v);
    const epoch = this.sessionEpoch;
    const tag = Number(d.deliveryTag ?? 0);
    const settle = (what: 'ack' | 'nack'): Promise<void> => {
      if (!c) return Promise.reject(new FedmqError('BAD_REQUEST', 'a browsed message is not acknowledged'));
      if (epoch !== this.sessionEpoch) {
        return Promise.reject(new FedmqError('NOT_OUTSTANDING', 'the session this message came on was lost; the broker redelivers it'));
      }
      const body = what === 'ack' ? { ack: { consumerId: c.id, deliveryTags: [tag] } } : { nack: { consumerId: c.id, deliveryTags: [tag] } };
      return this.request(body, false).then(() => undefined);
    };
    return {
      id: msg.id ?? '',
      destination: fromDestination(msg.destination),
      headers,
      body: Buffer.from(msg.body ?? new Uint8Array(0)),
      persistent: msg.persistent ?? false,
      priority: msg.priority ?? 4,
      timestampMs: Number(msg.timestampMs ?? 0),
      expiresAtMs: Number(msg.expiresAtMs ?? 0),
      correlationId: msg.correlationId ?? '',
      replyTo: msg.replyTo?.name ? fromDestination(msg.replyTo) : null,
      type: msg.type ?? '',
      deliveryCount: d.deliveryCount ?? 0,
      redelivered: d.redelivered ?? false,
      ack: () => settle('ack'),
      nack: () => settle('nack'),
      // The tag, for transactions (see Transaction.ack).
      ...({ tag, consumerId: c?.id ?? '', epoch } as object),
    } as ReceivedMessage;
  }

  /** One unary call to one node: the raw reply, or the gRPC error as it came. */
  private callOnce(addr: string, method: string, req: Uint8Array, timeoutMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.stub(addr).makeUnaryRequest(
        brokerServiceDefinition[method]!.path,
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.from(req),
        new grpc.Metadata(),
        { deadline: Date.now() + timeoutMs },
        (err: grpc.ServiceError | null, res?: Buffer) => (err ? reject(err) : resolve(res!)),
      );
    });
  }

  private async unaryAt<T>(addr: string, method: string, req: Uint8Array, codec: { decode(b: Uint8Array): T }): Promise<T> {
    try {
      return codec.decode(await this.callOnce(addr, method, req, 5_000));
    } catch (err) {
      const e = err as grpc.ServiceError;
      throw new FedmqError('NO_LEADER', `${addr}: ${e.details || e.message}`);
    }
  }

  private async unary<T>(method: string, req: Uint8Array, codec: { decode(b: Uint8Array): T }, leaderOnly: boolean): Promise<T> {
    const deadline = Date.now() + 10_000;
    let addr = this.preferred ?? this.opts.servers[0]!;
    let last: Error | null = null;
    for (let attempt = 0; attempt < 10 && Date.now() < deadline; attempt++) {
      try {
        return codec.decode(await this.callOnce(addr, method, req, 10_000));
      } catch (err) {
        const e = err as grpc.ServiceError;
        const code = String(e.metadata?.get('fedmq-code')[0] ?? '');
        const leader = String(e.metadata?.get('fedmq-leader-address')[0] ?? '');
        last = code ? new ClientError(code as ErrorCode, e.details?.replace(/^[A-Z_]+: /, '') ?? e.message, leader ? { leaderAddress: leader } : {}) : new FedmqError('NO_LEADER', `${addr}: ${e.message}`);
        if (code && !RECONNECT_CODES.has(code)) throw last;
        if (leader && leaderOnly) addr = leader;
        else addr = this.opts.servers[(attempt + 1) % this.opts.servers.length]!;
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)));
      }
    }
    throw last ?? new FedmqError('NO_LEADER', `${method} failed`);
  }
}

export class Consumer {
  constructor(
    private readonly client: FedmqClient,
    private readonly state: ConsumerState,
  ) {}
  get id(): string {
    return this.state.id;
  }
  close(): Promise<void> {
    return this.client.closeConsumer(this.state);
  }
}

export class Transaction {
  private done = false;
  constructor(
    private readonly client: FedmqClient,
    readonly id: string,
    private readonly epoch: number,
  ) {}

  async send(dest: DestinationRef, body: Uint8Array | string, opts: SendOptions = {}): Promise<void> {
    this.check();
    await this.client.txSend(this.id, dest, body, opts);
  }

  /** Acknowledges a delivery as part of this transaction. */
  async ack(m: ReceivedMessage): Promise<void> {
    this.check();
    const x = m as unknown as { tag: number; consumerId: string; epoch: number };
    if (x.epoch !== this.client.epoch) throw new FedmqError('NOT_OUTSTANDING', 'the session this message came on was lost; the broker redelivers it');
    await this.client.request({ ack: { consumerId: x.consumerId, deliveryTags: [x.tag], transactionId: this.id } }, false);
  }

  /** Commits; throws ClientError TX_ROLLED_BACK (or TX_UNKNOWN after a lost session) if it did not. */
  async commit(): Promise<{ duplicate: boolean }> {
    this.check();
    this.done = true;
    const r = await this.client.txCommit(this.id);
    return { duplicate: r.duplicate ?? false };
  }

  async rollback(): Promise<void> {
    this.check();
    this.done = true;
    await this.client.txRollback(this.id);
  }

  private check(): void {
    if (this.done) throw new FedmqError('TX_UNKNOWN', `transaction ${this.id} is already finished`);
    void this.epoch;
  }
}
