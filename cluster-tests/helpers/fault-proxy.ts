// A TCP fault proxy for multi-process tests: it listens on 127.0.0.1 and forwards each accepted
// connection to a target host:port, adding latency (with jitter that never reorders bytes), a
// bandwidth cap, flaky connections, cuts and partitions. The kernel here has no netem, so the
// link's faults live in user space between sites and between nodes.
//
//   const proxy = await FaultProxy.start({ target: '127.0.0.1:7100' });
//   hand proxy.address to the node instead of the target
//   proxy.setLatency(50, 10); proxy.partition(); proxy.heal(); await proxy.close();
//
// TCP cannot lose bytes without breaking the stream, so faults are delays and connection
// failures, never silent loss inside a connection. Randomness is seeded: the same seed and the
// same sequence of connections and chunks give the same jitter and the same drops.
import { seededRandom } from '../../node/raft/core/prng.ts';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface FaultProxyOptions {
  /** Where accepted connections are forwarded: 'host:port'. */
  target: string;
  /** Port to listen on (on 127.0.0.1); 0 or absent = any free port. */
  listenPort?: number;
  /** Seed of the PRNG that draws jitter and drops. */
  seed?: number;
  /**
   * Bytes one direction of one connection may hold (read, not yet handed to the kernel on the
   * other side) before the proxy stops reading that side. With latency this must cover the
   * bandwidth-delay product, or the latency caps throughput at queueBytesMax / latency.
   */
  queueBytesMax?: number;
}

export type PartitionMode = 'blackhole' | 'refuse';

export interface FaultProxyStats {
  /** Every connection the listener accepted, whatever happened to it next. */
  connectionsAccepted: number;
  /** Connections being forwarded now plus connections held by a black-hole partition. */
  connectionsOpen: number;
  /** Of connectionsOpen, those held silently by a black-hole partition. */
  connectionsHeld: number;
  /** Bytes forwarded client → target. */
  bytesUp: number;
  /** Bytes forwarded target → client. */
  bytesDown: number;
  /** Bytes read from one side and not yet handed to the kernel on the other, all connections. */
  bytesQueued: number;
  /** Connections reset on arrival: by the drop rate or by a partition in 'refuse' mode. */
  droppedConnections: number;
}

export const FAULT_PROXY_DEFAULTS = {
  seed: 0x5eed,
  queueBytesMax: 4 * 1024 * 1024, // 4 MiB per direction: 80 MB/s at 50 ms one-way latency
  burstMs: 20, // the token bucket holds 20 ms of bandwidth: smooth, but not one timer per byte
} as const;

/** The link's conditions, shared by every pipe and read live, so a change applies at once. */
interface LinkConditions {
  latencyMs: number;
  jitterMs: number;
  bytesPerSecond: number | null;
  random: () => number;
  queueBytesMax: number;
}


function burstBytes(bytesPerSecond: number): number {
  return Math.max(1, Math.floor((bytesPerSecond * FAULT_PROXY_DEFAULTS.burstMs) / 1000));
}

/** Resets a socket (RST to the peer) if it is connected; destroys it otherwise. */
function resetSocket(socket: Socket): void {
  if (socket.destroyed) return;
  // resetAndDestroy on a socket still connecting waits for 'connect'; a plain destroy does not.
  if (socket.connecting) socket.destroy();
  else socket.resetAndDestroy();
}

function ignoreError(): void {
  // An 'error' always comes with a 'close', which is where the connection is torn down.
}

interface QueuedChunk {
  /** null = the source ended (FIN): end the sink once everything before it is written. */
  chunk: Buffer | null;
  releaseAtMs: number;
}

/**
 * One direction of one connection: a queue of chunks with non-decreasing release times (so
 * jitter never reorders), drained into the sink through a token bucket, honouring write()'s
 * return and 'drain', and pausing the source while the queue is full or the sink is.
 */
class Pipe {
  private readonly queue: QueuedChunk[] = [];
  private head = 0;
  private queuedBytes = 0;
  private lastReleaseAtMs = 0;
  private timer: NodeJS.Timeout | null = null;
  private awaitingDrain = false;
  private sourcePaused = false;
  private tokens = Number.POSITIVE_INFINITY; // capped to the burst at the first refill
  private tokensAtMs = performance.now();
  private closed = false;
  /** The source sent FIN. */
  sourceEnded = false;
  /** The FIN was passed on: sink.end() was called. */
  sinkEnded = false;

  constructor(
    private readonly link: LinkConditions,
    private readonly source: Socket,
    private readonly sink: Socket,
    private readonly onForwarded: (bytes: number) => void,
  ) {}

  /** Bytes held by this direction: queued here plus buffered in the sink's writable. */
  get bytesQueued(): number {
    return this.closed ? 0 : this.queuedBytes + this.sink.writableLength;
  }

  push(chunk: Buffer): void {
    if (this.closed || chunk.length === 0) return;
    this.enqueue(chunk, this.delayMs(true));
    this.queuedBytes += chunk.length;
    this.updateSourceFlow();
    if (this.timer === null && !this.awaitingDrain) this.pump();
  }

  pushEnd(): void {
    if (this.closed || this.sourceEnded) return;
    this.sourceEnded = true;
    this.enqueue(null, this.delayMs(false));
    if (this.timer === null && !this.awaitingDrain) this.pump();
  }

  onDrain(): void {
    if (this.closed) return;
    this.awaitingDrain = false;
    this.pump();
  }

  /** The bandwidth changed: recompute when the head may go. */
  reconsider(): void {
    if (this.closed || this.awaitingDrain) return;
    this.pump();
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    this.queue.length = 0;
    this.head = 0;
    this.queuedBytes = 0;
  }

  private delayMs(withJitter: boolean): number {
    const { latencyMs, jitterMs } = this.link;
    let delayMs = latencyMs;
    if (withJitter && jitterMs > 0) delayMs += (this.link.random() * 2 - 1) * jitterMs;
    return Math.max(0, delayMs);
  }

  private enqueue(chunk: Buffer | null, delayMs: number): void {
    // Never before the chunk ahead of it: TCP delivers a direction in order.
    const releaseAtMs = Math.max(performance.now() + delayMs, this.lastReleaseAtMs);
    this.lastReleaseAtMs = releaseAtMs;
    this.queue.push({ chunk, releaseAtMs });
  }

  private pump(): void {
    this.clearTimer();
    while (!this.closed && !this.awaitingDrain && this.head < this.queue.length) {
      const item = this.queue[this.head]!;
      const nowMs = performance.now();
      if (item.releaseAtMs > nowMs) {
        this.schedule(item.releaseAtMs - nowMs);
        break;
      }
      if (item.chunk === null) {
        this.dequeue();
        this.sinkEnded = true;
        this.sink.end();
        continue;
      }
      let piece = item.chunk;
      const rate = this.link.bytesPerSecond;
      if (rate === null) {
        this.dequeue();
      } else {
        this.refill(nowMs, rate);
        const needBytes = Math.min(piece.length, burstBytes(rate));
        if (this.tokens < needBytes) {
          this.schedule(((needBytes - this.tokens) * 1000) / rate);
          break;
        }
        const bytes = Math.min(piece.length, Math.floor(this.tokens));
        this.tokens -= bytes;
        if (bytes < piece.length) {
          item.chunk = piece.subarray(bytes);
          piece = piece.subarray(0, bytes);
        } else {
          this.dequeue();
        }
      }
      this.queuedBytes -= piece.length;
      this.onForwarded(piece.length);
      if (!this.sink.write(piece)) this.awaitingDrain = true;
    }
    this.updateSourceFlow();
  }

  private refill(nowMs: number, rate: number): void {
    this.tokens = Math.min(burstBytes(rate), this.tokens + ((nowMs - this.tokensAtMs) * rate) / 1000);
    this.tokensAtMs = nowMs;
  }

  private dequeue(): void {
    this.head++;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Pause the source while the sink is full or the queue is; resume at half the queue. */
  private updateSourceFlow(): void {
    if (this.closed || this.sourceEnded) return;
    const max = this.link.queueBytesMax;
    if (!this.sourcePaused && (this.awaitingDrain || this.queuedBytes >= max)) {
      this.sourcePaused = true;
      this.source.pause();
    } else if (this.sourcePaused && !this.awaitingDrain && this.queuedBytes <= max / 2) {
      this.sourcePaused = false;
      this.source.resume();
    }
  }

  private schedule(delayMs: number): void {
    // Timers may fire up to a millisecond early: pump() checks the clock again and reschedules.
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.max(1, Math.ceil(delayMs)));
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

/** A client connection and its upstream connection to the target, joined by two pipes. */
class ProxiedConnection {
  private readonly up: Pipe;
  private readonly down: Pipe;
  private done = false;

  constructor(
    private readonly client: Socket,
    private readonly upstream: Socket,
    link: LinkConditions,
    counters: { bytesUp: number; bytesDown: number },
    private readonly onGone: (conn: ProxiedConnection) => void,
  ) {
    this.up = new Pipe(link, client, upstream, (n) => (counters.bytesUp += n));
    this.down = new Pipe(link, upstream, client, (n) => (counters.bytesDown += n));
    client.on('data', (chunk: Buffer) => this.up.push(chunk));
    client.on('end', () => this.up.pushEnd());
    client.on('drain', () => this.down.onDrain());
    upstream.on('data', (chunk: Buffer) => this.down.push(chunk));
    upstream.on('end', () => this.down.pushEnd());
    upstream.on('drain', () => this.up.onDrain());
    for (const socket of [client, upstream]) {
      socket.on('error', () => this.abort());
      socket.on('close', () => this.onSocketClose(socket));
    }
  }

  get bytesQueued(): number {
    return this.up.bytesQueued + this.down.bytesQueued;
  }

  reconsider(): void {
    this.up.reconsider();
    this.down.reconsider();
  }

  /** Both sides see a reset. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    this.up.close();
    this.down.close();
    resetSocket(this.client);
    resetSocket(this.upstream);
    this.onGone(this);
  }

  private onSocketClose(socket: Socket): void {
    if (this.done) return;
    const out = socket === this.client ? this.up : this.down;
    const into = socket === this.client ? this.down : this.up;
    // A clean close has both FINs passed; anything else (a reset, a destroy) resets the other.
    if (!(out.sourceEnded && into.sinkEnded)) {
      this.abort();
      return;
    }
    if (this.client.destroyed && this.upstream.destroyed) {
      this.done = true;
      this.up.close();
      this.down.close();
      this.onGone(this);
    }
  }
}

export class FaultProxy {
  /** '127.0.0.1:PORT', to hand to whoever should connect through the proxy. */
  readonly address: string;
  private readonly targetHost: string;
  private readonly targetPort: number;
  private readonly link: LinkConditions;
  private readonly connections = new Set<ProxiedConnection>();
  private readonly held = new Set<Socket>();
  private readonly counters = { bytesUp: 0, bytesDown: 0 };
  private connectionsAccepted = 0;
  private droppedConnections = 0;
  private dropRate = 0;
  private partitionMode: PartitionMode | null = null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly server: Server,
    target: { host: string; port: number },
    link: LinkConditions,
  ) {
    this.targetHost = target.host;
    this.targetPort = target.port;
    this.link = link;
    this.address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('connection', (socket: Socket) => this.onConnection(socket));
    server.on('error', ignoreError); // accept errors (EMFILE…) must not crash the test process
  }

  static async start(opts: FaultProxyOptions): Promise<FaultProxy> {
    const target = parseTarget(opts.target);
    const listenPort = opts.listenPort ?? 0;
    if (!Number.isInteger(listenPort) || listenPort < 0 || listenPort > 65535) throw new Error(`listenPort must be a port number, got ${listenPort}`);
    const queueBytesMax = opts.queueBytesMax ?? FAULT_PROXY_DEFAULTS.queueBytesMax;
    if (!(queueBytesMax >= 1)) throw new Error(`queueBytesMax must be at least 1, got ${queueBytesMax}`);
    const server = createServer({ allowHalfOpen: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const link: LinkConditions = {
      latencyMs: 0,
      jitterMs: 0,
      bytesPerSecond: null,
      random: seededRandom(opts.seed ?? FAULT_PROXY_DEFAULTS.seed),
      queueBytesMax,
    };
    return new FaultProxy(server, target, link);
  }

  /** One-way delay added to every chunk in each direction: the round trip grows by 2 × ms. */
  setLatency(ms: number, jitterMs = 0): void {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new Error(`latency must be a finite number of ms >= 0, got ${ms}`);
    if (!(Number.isFinite(jitterMs) && jitterMs >= 0)) throw new Error(`jitter must be a finite number of ms >= 0, got ${jitterMs}`);
    this.link.latencyMs = ms;
    this.link.jitterMs = jitterMs;
  }

  /** Caps each direction of each connection; null = unlimited. */
  setBandwidth(bytesPerSecond: number | null): void {
    if (bytesPerSecond !== null && !(Number.isFinite(bytesPerSecond) && bytesPerSecond > 0)) {
      throw new Error(`bandwidth must be a positive number of bytes/s or null, got ${bytesPerSecond}`);
    }
    this.link.bytesPerSecond = bytesPerSecond;
    for (const conn of this.connections) conn.reconsider();
  }

  /** Probability that a new connection is accepted and reset at once; open ones are unaffected. */
  setDropRate(p: number): void {
    if (!(p >= 0 && p <= 1)) throw new Error(`drop rate must be in [0, 1], got ${p}`);
    this.dropRate = p;
  }

  /** Resets every open connection, held ones included; new connections are unaffected. */
  cutAll(): void {
    for (const conn of [...this.connections]) conn.abort();
    this.releaseHeld();
  }

  /**
   * Resets every forwarded connection. Until heal(), new connections are held silently, never
   * connected to the target ('blackhole', the default: a client sees a connection that never
   * answers), or reset on arrival ('refuse').
   */
  partition(opts: { mode?: PartitionMode } = {}): void {
    this.partitionMode = opts.mode ?? 'blackhole';
    for (const conn of [...this.connections]) conn.abort();
  }

  /** Ends the partition: held connections are reset (their clients reconnect). */
  heal(): void {
    this.partitionMode = null;
    this.releaseHeld();
  }

  stats(): FaultProxyStats {
    let bytesQueued = 0;
    for (const conn of this.connections) bytesQueued += conn.bytesQueued;
    return {
      connectionsAccepted: this.connectionsAccepted,
      connectionsOpen: this.connections.size + this.held.size,
      connectionsHeld: this.held.size,
      bytesUp: this.counters.bytesUp,
      bytesDown: this.counters.bytesDown,
      bytesQueued,
      droppedConnections: this.droppedConnections,
    };
  }

  /** Stops listening and resets everything; idempotent. Resolves once the listener is closed. */
  close(): Promise<void> {
    if (this.closing === null) {
      this.closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.cutAll();
    }
    return this.closing;
  }

  private onConnection(client: Socket): void {
    this.connectionsAccepted++;
    client.on('error', ignoreError);
    if (this.closing !== null) {
      resetSocket(client);
      return;
    }
    client.setNoDelay(true);
    if (this.partitionMode === 'blackhole') {
      // Read and discard, so a client that gives up is noticed and forgotten.
      this.held.add(client);
      client.on('data', () => {});
      client.on('close', () => this.held.delete(client));
      return;
    }
    // The PRNG is drawn only while a drop rate is set, so a seed replays the same drops.
    if (this.partitionMode === 'refuse' || (this.dropRate > 0 && this.link.random() < this.dropRate)) {
      this.droppedConnections++;
      resetSocket(client);
      return;
    }
    const upstream = connect({ host: this.targetHost, port: this.targetPort, allowHalfOpen: true });
    upstream.setNoDelay(true);
    const conn = new ProxiedConnection(client, upstream, this.link, this.counters, (c) => this.connections.delete(c));
    this.connections.add(conn);
  }

  private releaseHeld(): void {
    for (const socket of [...this.held]) resetSocket(socket);
    this.held.clear();
  }
}

function parseTarget(target: string): { host: string; port: number } {
  const colon = target.lastIndexOf(':');
  const host = target.slice(0, colon);
  const port = Number(target.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`target must be 'host:port', got '${target}'`);
  return { host, port };
}
