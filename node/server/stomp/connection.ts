// One STOMP connection: frame parsing with limits, version and heart-beat negotiation, the
// broker session it drives, and the frames it sends back. Each client command is handled in a
// file of its own (handlers/*.ts). Any malformed frame, or one past a limit, is answered with an
// ERROR frame that says what was wrong, then the connection closes; the broker and the other
// connections are unaffected and nothing already acknowledged is lost.
import { FedmqError, isFedmqError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type { BrokerCore, Session } from '../../dispatch/broker-core.ts';
import { FrameParser, StompFrameError, encodeFrame, header, type StompFrame, type StompLimits, type StompVersion } from './frame.ts';
import type { StompTransport } from './transport.ts';

/** Frames taken without waiting for the previous one's commit (outside transactions). */
const PIPELINED: ReadonlySet<string> = new Set(['SEND', 'ACK', 'NACK']);
/** Pipelined frames in flight per connection, at most; past it the next waits. */
const PIPELINE_MAX = 4096;
/** After the client went away, its last frames are handled for at most this long. */
const PEER_GONE_DRAIN_MS = 30_000;
/** Frames parsed and waiting to be taken, at most, before the connection stops reading. */
const QUEUED_FRAMES_MAX = 8192;

export interface StompContext {
  core: BrokerCore;
  logger: Logger;
  limits: StompLimits;
  /** Where to send a client this node cannot serve (not the leader). */
  leaderHint(): string;
  /** How long CONNECT waits for a just-elected leader to finish recovering. */
  readyWaitMs: number;
  /** The server's heart-beat offer (ms): it can send every `send`, wants to receive every `receive`. */
  heartbeat: { send: number; receive: number };
  /**
   * Backpressure: once more than writeBufferBytesMax written bytes wait to leave, the connection
   * stops reading (no new SENDs, ACKs or SUBSCRIBEs, so nothing new to answer); it resumes when
   * they drain, and is cut if they have not within drainTimeoutMs.
   */
  writeBufferBytesMax: number;
  drainTimeoutMs: number;
}

/** A STOMP subscription: its broker consumer and ack mode. */
export interface StompSubscription {
  id: string;
  consumerId: string;
  destination: string;
  ack: 'auto' | 'client' | 'client-individual';
}

export class StompConnection {
  readonly ctx: StompContext;
  readonly transport: StompTransport;
  readonly log: Logger;
  private readonly parser: FrameParser;
  private versionValue: StompVersion = '1.2';
  connected = false;
  session: Session | null = null;
  readonly subscriptions = new Map<string, StompSubscription>();
  /** Broker consumer id → STOMP subscription id. */
  readonly byConsumer = new Map<string, string>();
  /** 1.0/1.1 clients ack by message id: message id → the deliveries it stands for (ack-target.ts). */
  readonly legacyAcks = new Map<string, Array<{ subId: string; ackId: string }>>();
  /** ... and ack id → message id, to forget them once acknowledged. */
  readonly legacyByAck = new Map<string, string>();
  /** STOMP transaction name → the ack ids its ACKs named (forgotten when it is over). */
  readonly txAckIds = new Map<string, string[]>();
  /** STOMP transaction name → broker transaction id. */
  readonly transactions = new Map<string, string>();
  private closed = false;
  /** The client is gone; what it sent is still being handled. */
  private peerGone = false;
  /** Transactions that acknowledged a delivery after the client went: they abort instead of committing. */
  private readonly doomed = new Set<string>();
  private lastReceivedAt = Date.now();
  private heartbeatTimers: NodeJS.Timeout[] = [];
  private drainTimer: NodeJS.Timeout | null = null;
  private readonly closedListeners: Array<() => void> = [];
  private chain: Promise<void> = Promise.resolve();
  /** Pipelined frames handed to the broker and not yet done. */
  private readonly inflight = new Set<Promise<void>>();
  /** Done when the last pipelined frame is done and answered. */
  private pipelineTail: Promise<unknown> = Promise.resolve();
  /** A pipelined frame → what its RECEIPT waits for (the frame before it). */
  private readonly receiptAfter = new WeakMap<StompFrame, Promise<unknown>>();
  /** Frames parsed and not yet taken. */
  private queued = 0;
  private readingPaused = false;
  private readingPausedForQueue = false;
  private readonly handlers: Record<string, (c: StompConnection, f: StompFrame) => Promise<void>>;

  constructor(transport: StompTransport, ctx: StompContext, handlers: Record<string, (c: StompConnection, f: StompFrame) => Promise<void>>) {
    this.transport = transport;
    this.ctx = ctx;
    this.handlers = handlers;
    this.log = ctx.logger.child({ component: 'stomp', peer: transport.peer });
    this.parser = new FrameParser(ctx.limits);
    transport.start({
      data: (chunk) => this.onData(chunk),
      close: () => this.peerClosed(),
      drain: () => this.drained(),
    });
  }

  /**
   * The client went away (or the transport failed). Its subscriptions end at once (nothing more
   * is delivered to nobody; what they held comes back, flagged redelivered). The frames it sent
   * before are still handled (a SEND without a receipt followed by a close is stored, as
   * ActiveMQ does; a transaction it committed commits), except those about deliveries, which are
   * moot now (a transaction with such an ACK aborts). A transaction it left open rolls back when
   * the session ends. Nothing more is written. Bounded: the session ends after
   * PEER_GONE_DRAIN_MS whatever.
   */
  private peerClosed(): void {
    if (this.closed || this.peerGone) return;
    this.peerGone = true;
    if (this.session) {
      for (const sub of this.subscriptions.values()) {
        try {
          this.ctx.core.unsubscribe(this.session, sub.consumerId);
        } catch {
          // the session is ending anyway
        }
      }
    }
    this.subscriptions.clear();
    this.byConsumer.clear();
    const t = setTimeout(() => this.close(null), PEER_GONE_DRAIN_MS);
    t.unref();
    this.chain = this.chain.then(async () => {
      if (this.inflight.size > 0) await Promise.all(this.inflight);
      clearTimeout(t);
      this.close(null);
    });
  }

  /** True while reading is paused because the client does not read what it is sent. */
  get paused(): boolean {
    return this.drainTimer !== null;
  }

  /** The negotiated version: it decides header escaping both ways. */
  get version(): StompVersion {
    return this.versionValue;
  }

  set version(v: StompVersion) {
    this.versionValue = v;
    this.parser.version = v;
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.lastReceivedAt = Date.now();
    let items: ReadonlyArray<StompFrame | 'heartbeat'>;
    let error: string | null = null;
    try {
      items = this.parser.push(chunk);
    } catch (err) {
      // The frames completed before the malformed bytes are handled first, then the ERROR.
      items = err instanceof StompFrameError ? err.frames : [];
      error = err instanceof StompFrameError ? err.reason : (err as Error).message;
    }
    for (const item of items) {
      if (item === 'heartbeat') continue;
      const frame = item;
      // Frames are taken in order; a failure ends the connection. SEND, ACK and NACK outside a
      // transaction are pipelined: each is handed to the broker in order (which keeps it: the
      // broker batches them in arrival order) and the next frame is taken without waiting for its
      // commit, up to PIPELINE_MAX at once; any other frame waits until they are all done, so a
      // SUBSCRIBE, COMMIT or DISCONNECT sees everything before it.
      this.queued++;
      if (this.connected && PIPELINED.has(frame.command) && header(frame, 'transaction') === undefined) {
        this.chain = this.chain.then(async () => {
          if (this.inflight.size >= PIPELINE_MAX) await Promise.race(this.inflight);
          this.taken();
          // Its RECEIPT goes out only after the frame before it is done and answered: receipts
          // come in frame order, so a receipt on the last frame of a batch covers the batch.
          this.receiptAfter.set(frame, this.pipelineTail);
          const dispatched = this.dispatch(frame);
          const done: Promise<void> = Promise.all([dispatched, this.pipelineTail]).then(() => {
            this.inflight.delete(done);
          });
          this.pipelineTail = done;
          this.inflight.add(done);
        });
      } else {
        this.chain = this.chain.then(async () => {
          if (this.inflight.size > 0) await Promise.all(this.inflight);
          this.taken();
          await this.dispatch(frame);
        });
      }
    }
    if (this.queued > QUEUED_FRAMES_MAX) this.updateReading();
    if (error !== null) {
      const reason = error;
      // The frames before the malformed bytes are answered first, then the ERROR.
      this.chain = this.chain.then(async () => {
        if (this.inflight.size > 0) await Promise.all(this.inflight);
        this.fail(reason, null);
      });
    }
  }

  /** A queued frame was taken: reading resumes once the queue is short again. */
  private taken(): void {
    this.queued--;
    if (this.readingPausedForQueue && this.queued <= QUEUED_FRAMES_MAX / 2) this.updateReading();
  }

  /** Reading is paused while the client does not read (backpressure) or too many of its frames wait. */
  private updateReading(): void {
    if (this.closed) return;
    const forQueue = this.queued > QUEUED_FRAMES_MAX || (this.readingPausedForQueue && this.queued > QUEUED_FRAMES_MAX / 2);
    const pause = forQueue || this.drainTimer !== null;
    this.readingPausedForQueue = forQueue;
    if (pause !== this.readingPaused) {
      this.readingPaused = pause;
      if (pause) this.transport.pauseReading();
      else {
        this.lastReceivedAt = Date.now();
        this.transport.resumeReading();
      }
    }
  }

  private async dispatch(frame: StompFrame): Promise<void> {
    if (this.closed) return;
    const cmd = frame.command;
    if (this.peerGone) {
      // The client is gone and its subscriptions with it (peerClosed): frames about deliveries
      // are moot, and a transaction that acknowledged one cannot commit whole, so it aborts.
      if (cmd === 'SUBSCRIBE' || cmd === 'UNSUBSCRIBE') return;
      if (cmd === 'ACK' || cmd === 'NACK') {
        const tx = header(frame, 'transaction');
        if (tx !== undefined) this.doomed.add(tx);
        return;
      }
      if (cmd === 'COMMIT' && this.doomed.has(header(frame, 'transaction') ?? '')) {
        await this.dispatch({ ...frame, command: 'ABORT' });
        return;
      }
    }
    if (!this.connected && cmd !== 'CONNECT' && cmd !== 'STOMP') {
      this.fail(`${cmd} before CONNECT: the first frame must be CONNECT or STOMP`, frame);
      return;
    }
    const handler = this.handlers[cmd];
    if (!handler) {
      this.fail(`${cmd} is not a frame a client sends`, frame);
      return;
    }
    try {
      await handler(this, frame);
    } catch (err) {
      const message = isFedmqError(err) ? `${err.code}: ${err.message}` : (err as Error).message;
      this.fail(message, frame);
    }
  }

  /** Sends a frame (encoded for the negotiated version); watches for a socket that backs up. */
  send(frame: StompFrame): void {
    if (this.closed || this.peerGone) return;
    let bytes: Buffer;
    try {
      bytes = encodeFrame(frame, this.version);
    } catch (err) {
      // A frame this version cannot carry (a header with a line break in STOMP 1.0, say).
      if (frame.command === 'ERROR') {
        this.transport.write(encodeFrame({ command: 'ERROR', headers: [['message', 'error']], body: frame.body }, this.version));
        return;
      }
      this.fail(`a ${frame.command} frame cannot be sent in STOMP ${this.version}: ${(err as Error).message}`, null);
      return;
    }
    this.transport.write(bytes);
    if (this.drainTimer === null && this.transport.bufferedBytes > this.ctx.writeBufferBytesMax) this.pause();
  }

  /** The client does not read: stop reading from it until what we sent drains, or cut it. */
  private pause(): void {
    this.log.info({ buffered: this.transport.bufferedBytes, limit: this.ctx.writeBufferBytesMax }, 'STOMP client does not read what it is sent: reading paused until it drains');
    this.drainTimer = setTimeout(() => {
      this.drainTimer = null;
      if (this.closed) return;
      this.log.warn({ buffered: this.transport.bufferedBytes, drainTimeoutMs: this.ctx.drainTimeoutMs }, 'STOMP client did not drain its socket in time: connection cut, its unacknowledged messages return');
      this.transport.destroy();
      this.close(null);
    }, this.ctx.drainTimeoutMs);
    this.drainTimer.unref();
    this.updateReading();
  }

  private drained(): void {
    if (this.drainTimer === null || this.closed || this.transport.bufferedBytes > this.ctx.writeBufferBytesMax / 2) return;
    clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.lastReceivedAt = Date.now();
    this.updateReading();
    this.log.info('STOMP client drained: reading resumed');
  }

  /** A RECEIPT for a frame that asked for one. */
  receipt(frame: StompFrame, header: (f: StompFrame, n: string) => string | undefined): void {
    const r = header(frame, 'receipt');
    if (r === undefined) return;
    const send = (): void => this.send({ command: 'RECEIPT', headers: [['receipt-id', r]], body: Buffer.alloc(0) });
    const after = this.receiptAfter.get(frame);
    if (after) void after.then(send);
    else send();
  }

  /** An ERROR frame saying what was wrong, then the connection closes. */
  fail(message: string, frame: StompFrame | null): void {
    if (this.closed) return;
    // No content-type header: stompit (a widely used client) throws an uncaught error on an ERROR
    // frame that has content-type text/plain; the body is the same text as the message header.
    const headers: Array<[string, string]> = [['message', message.split('\n')[0]!.slice(0, 1000)]];
    const receipt = frame?.headers.find(([k]) => k === 'receipt')?.[1];
    if (receipt !== undefined) headers.push(['receipt-id', receipt]);
    this.send({ command: 'ERROR', headers, body: Buffer.from(message, 'utf8') });
    this.log.info({ err: message }, 'STOMP connection refused or ended with ERROR');
    // Let the ERROR leave before the close.
    this.transport.end();
    this.close(null);
  }

  /** Starts heart-beating once CONNECTED is sent: `sendEvery` and `expectEvery` in ms (0: none). */
  startHeartbeats(sendEvery: number, expectEvery: number): void {
    if (this.closed) return;
    if (sendEvery > 0) {
      const t = setInterval(() => {
        if (!this.closed && this.drainTimer === null) this.transport.write('\n');
      }, sendEvery);
      t.unref();
      this.heartbeatTimers.push(t);
    }
    if (expectEvery > 0) {
      // The spec's grace: a peer is dead after twice the interval without anything from it.
      const t = setInterval(() => {
        // While reading is paused the client's heart-beats wait unread: the drain timeout rules.
        if (!this.readingPaused && Date.now() - this.lastReceivedAt > 2 * expectEvery) {
          this.log.info({ silentMs: Date.now() - this.lastReceivedAt }, 'STOMP client stopped heart-beating: connection closed');
          this.close(null);
        }
      }, expectEvery);
      t.unref();
      this.heartbeatTimers.push(t);
    }
  }

  /** Ends the connection; its session ends (unacknowledged messages return, transactions roll back). */
  close(err: FedmqError | null): void {
    if (this.closed) return;
    if (err) this.fail(err.message, null);
    this.closed = true;
    for (const t of this.heartbeatTimers) clearInterval(t);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    if (this.session) this.ctx.core.closeSession(this.session);
    this.session = null;
    this.transport.end();
    for (const fn of this.closedListeners.splice(0)) fn();
  }

  onClosed(fn: () => void): void {
    if (this.closed) fn();
    else this.closedListeners.push(fn);
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

/** A STOMP destination ("/queue/a.b", "/topic/x") as a broker destination. */
export function parseStompDestination(d: string | undefined): { kind: 1 | 2; name: string } {
  if (!d) throw new FedmqError('DESTINATION_INVALID', 'the destination header is missing');
  if (d.startsWith('/queue/')) return { kind: 1, name: d.slice(7) };
  if (d.startsWith('/topic/')) return { kind: 2, name: d.slice(7) };
  if (d.startsWith('/temp-queue/')) return { kind: 1, name: d.slice(12) };
  throw new FedmqError('DESTINATION_INVALID', `destination ${JSON.stringify(d)}: use /queue/NAME or /topic/NAME`);
}

export function stompDestination(d: { kind?: number | null; name?: string | null } | null | undefined): string {
  return `${d?.kind === 2 ? '/topic/' : '/queue/'}${d?.name ?? ''}`;
}
