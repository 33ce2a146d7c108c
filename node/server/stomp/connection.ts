// One STOMP connection: frame parsing with limits, version and heart-beat negotiation, the
// broker session it drives, and the frames it sends back. Each client command is handled in a
// file of its own (handlers/*.ts). Any malformed frame, or one past a limit, is answered with an
// ERROR frame that says what was wrong, then the connection closes; the broker and the other
// connections are unaffected and nothing already acknowledged is lost.
import type { Socket } from 'node:net';
import { FedmqError, isFedmqError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type { BrokerCore, Session } from '../../dispatch/broker-core.ts';
import { FrameParser, StompFrameError, encodeFrame, type StompFrame, type StompLimits, type StompVersion } from './frame.ts';

export interface StompContext {
  core: BrokerCore;
  logger: Logger;
  limits: StompLimits;
  /** Where to send a client this node cannot serve (not the leader). */
  leaderHint(): string;
  /** The server's heart-beat offer (ms): it can send every `send`, wants to receive every `receive`. */
  heartbeat: { send: number; receive: number };
  /** A socket whose writes back up past writeBufferBytesMax for drainTimeoutMs is cut. */
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
  readonly socket: Socket;
  readonly log: Logger;
  private readonly parser: FrameParser;
  private versionValue: StompVersion = '1.2';
  connected = false;
  session: Session | null = null;
  readonly subscriptions = new Map<string, StompSubscription>();
  /** Broker consumer id → STOMP subscription id. */
  readonly byConsumer = new Map<string, string>();
  /** STOMP transaction name → broker transaction id. */
  readonly transactions = new Map<string, string>();
  private closed = false;
  private lastReceivedAt = Date.now();
  private heartbeatTimers: NodeJS.Timeout[] = [];
  private backedUpSince = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly handlers: Record<string, (c: StompConnection, f: StompFrame) => Promise<void>>;

  constructor(socket: Socket, ctx: StompContext, handlers: Record<string, (c: StompConnection, f: StompFrame) => Promise<void>>) {
    this.socket = socket;
    this.ctx = ctx;
    this.handlers = handlers;
    this.log = ctx.logger.child({ component: 'stomp', peer: `${socket.remoteAddress}:${socket.remotePort}` });
    this.parser = new FrameParser(ctx.limits);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.close(null));
    socket.on('close', () => this.close(null));
    socket.on('drain', () => {
      this.backedUpSince = 0;
    });
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
      // Frames are handled in order; a failure ends the connection.
      this.chain = this.chain.then(() => this.dispatch(frame));
    }
    if (error !== null) {
      const reason = error;
      this.chain = this.chain.then(() => this.fail(reason, null));
    }
  }

  private async dispatch(frame: StompFrame): Promise<void> {
    if (this.closed) return;
    const cmd = frame.command;
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
    if (this.closed) return;
    let bytes: Buffer;
    try {
      bytes = encodeFrame(frame, this.version);
    } catch (err) {
      // A frame this version cannot carry (a header with a line break in STOMP 1.0, say).
      if (frame.command === 'ERROR') {
        this.socket.write(encodeFrame({ command: 'ERROR', headers: [['message', 'error']], body: frame.body }, this.version));
        return;
      }
      this.fail(`a ${frame.command} frame cannot be sent in STOMP ${this.version}: ${(err as Error).message}`, null);
      return;
    }
    this.socket.write(bytes);
    if (this.socket.writableLength > this.ctx.writeBufferBytesMax) {
      const now = Date.now();
      if (this.backedUpSince === 0) this.backedUpSince = now;
      else if (now - this.backedUpSince > this.ctx.drainTimeoutMs) {
        this.log.warn({ buffered: this.socket.writableLength }, 'STOMP client does not read: connection cut after the drain timeout');
        this.close(null);
      }
    }
  }

  /** A RECEIPT for a frame that asked for one. */
  receipt(frame: StompFrame, header: (f: StompFrame, n: string) => string | undefined): void {
    const r = header(frame, 'receipt');
    if (r !== undefined) this.send({ command: 'RECEIPT', headers: [['receipt-id', r]], body: Buffer.alloc(0) });
  }

  /** An ERROR frame saying what was wrong, then the connection closes. */
  fail(message: string, frame: StompFrame | null): void {
    if (this.closed) return;
    const headers: Array<[string, string]> = [['message', message.split('\n')[0]!.slice(0, 1000)], ['content-type', 'text/plain']];
    const receipt = frame?.headers.find(([k]) => k === 'receipt')?.[1];
    if (receipt !== undefined) headers.push(['receipt-id', receipt]);
    this.send({ command: 'ERROR', headers, body: Buffer.from(message, 'utf8') });
    this.log.info({ err: message }, 'STOMP connection refused or ended with ERROR');
    // Let the ERROR leave before the close.
    this.socket.end();
    this.close(null);
  }

  /** Starts heart-beating once CONNECTED is sent: `sendEvery` and `expectEvery` in ms (0: none). */
  startHeartbeats(sendEvery: number, expectEvery: number): void {
    if (sendEvery > 0) {
      const t = setInterval(() => {
        if (!this.closed) this.socket.write('\n');
      }, sendEvery);
      t.unref();
      this.heartbeatTimers.push(t);
    }
    if (expectEvery > 0) {
      // The spec's grace: a peer is dead after twice the interval without anything from it.
      const t = setInterval(() => {
        if (Date.now() - this.lastReceivedAt > 2 * expectEvery) {
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
    if (this.session) this.ctx.core.closeSession(this.session);
    this.session = null;
    if (!this.socket.destroyed) this.socket.destroySoon();
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
