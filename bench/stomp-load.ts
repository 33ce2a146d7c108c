// A STOMP 1.2 load generator (issue 5): N connections, a window of W in-flight SENDs with receipts
// per connection, `persistent:true`, 1 KiB bodies. Three modes:
//
//   produce  N × W sends for `seconds` after a warm-up; msgs/s counts RECEIPTs; receipt latency.
//   consume  fills the queue with `count` messages (the produce path), then N consumers with
//            ack:client-individual and a prefetch ACK every MESSAGE (pipelined, no receipts);
//            msgs/s from the first MESSAGE to the last.
//   latency  a consumer subscribed first, then producers at a steady `rate` (a timer schedule,
//            never more than W outstanding per connection), each body carrying its send time;
//            end-to-end send -> MESSAGE p50/p99/max.
//
// Raw node:net sockets and a hand-rolled codec (StompReader / Out below, also used by the null
// server): frames are parsed in place (no per-frame header arrays, header values looked up on
// demand), and outgoing frames are written into a shared chunk and flushed once per tick.
// Calibrate with bench/stomp-null-server.ts, a server that stores nothing.
//
//   node --import tsx bench/stomp-load.ts --mode produce --servers 127.0.0.1:61613 --connections 8 --window 256 --seconds 5
//   node --import tsx bench/stomp-load.ts --mode consume --count 200000 ...
//   node --import tsx bench/stomp-load.ts --mode latency --rate 1000 ...
//   RabbitMQ: --login guest --passcode guest --host-header / --send-header x-queue-type:quorum
//             --send-header durable:true --send-header auto-delete:false (and the same --subscribe-header)
import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { connect as tcpConnect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Codec

const LF = 10;
const CR = 13;
const NUL = 0;

const COMMANDS = [
  'CONNECT', 'STOMP', 'SEND', 'SUBSCRIBE', 'UNSUBSCRIBE', 'ACK', 'NACK', 'BEGIN', 'COMMIT', 'ABORT', 'DISCONNECT',
  'CONNECTED', 'MESSAGE', 'RECEIPT', 'ERROR',
].map((c) => ({ name: c, bytes: Buffer.from(c, 'latin1') }));

function commandOf(buf: Buffer, s: number, e: number): string {
  const len = e - s;
  const first = buf[s];
  for (const c of COMMANDS) {
    const b = c.bytes;
    if (b.length !== len || b[0] !== first) continue;
    let k = 1;
    while (k < len && b[k] === buf[s + k]) k++;
    if (k === len) return c.name;
  }
  throw new Error(`STOMP: unknown command ${JSON.stringify(buf.toString('latin1', s, Math.min(e, s + 40)))}`);
}

/** A header name to look up with RawFrame.find(): the bytes of `name:`. */
export type HeaderKey = Buffer;
export const headerKey = (name: string): HeaderKey => Buffer.from(`${name}:`, 'utf8');

/** STOMP 1.1/1.2 header unescaping, for values shown to people (ERROR messages). */
export function unescapeHeader(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'c' ? ':' : c === 'r' ? '\r' : c));
}

/**
 * One parsed frame, a view into the reader's buffer: valid only during the onFrame callback (the
 * reader reuses the object; copy the body to keep it). Header values are found on demand and are
 * raw (still escaped), which is what a client echoes back (receipt-id, ack ids).
 */
export class RawFrame {
  buf: Buffer = Buffer.alloc(0);
  command = '';
  /** First header line; end of the headers (the blank line's first byte); the body. */
  headStart = 0;
  headEnd = 0;
  bodyStart = 0;
  bodyEnd = 0;
  /** The value range set by the last successful find(). */
  vs = 0;
  ve = 0;

  /** Finds the first header `key` (STOMP: the first occurrence wins); sets vs/ve. */
  find(key: HeaderKey): boolean {
    const buf = this.buf;
    const klen = key.length;
    const k0 = key[0];
    let p = this.headStart;
    const end = this.headEnd;
    while (p < end) {
      if (buf[p] === k0) {
        let k = 1;
        while (k < klen && buf[p + k] === key[k]) k++;
        if (k === klen) {
          let e = buf.indexOf(LF, p + klen);
          if (e > p + klen && buf[e - 1] === CR) e--;
          this.vs = p + klen;
          this.ve = e;
          return true;
        }
      }
      p = buf.indexOf(LF, p) + 1;
      if (p === 0) break;
    }
    return false;
  }

  /** The raw (escaped) value, or undefined. */
  get(key: HeaderKey): string | undefined {
    return this.find(key) ? this.buf.toString('utf8', this.vs, this.ve) : undefined;
  }

  /** A non-negative decimal header value, or -1 when absent or not a number. */
  int(key: HeaderKey): number {
    if (!this.find(key)) return -1;
    return parseDigits(this.buf, this.vs, this.ve);
  }

  get bodyLength(): number {
    return this.bodyEnd - this.bodyStart;
  }

  body(): Buffer {
    return this.buf.subarray(this.bodyStart, this.bodyEnd);
  }
}

function parseDigits(buf: Buffer, s: number, e: number): number {
  if (e <= s) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const CONTENT_LENGTH = Buffer.from('content-length:', 'latin1');

/**
 * A streaming STOMP frame reader (LF or CRLF line ends, content-length or NUL-terminated bodies,
 * heart-beat EOLs skipped). Each frame is handed to onFrame as a RawFrame view. Throws on a
 * malformed frame. Partial frames are kept as a list of chunks until the bytes they need are in.
 */
export class StompReader {
  readonly #frame = new RawFrame();
  readonly #onFrame: (f: RawFrame) => void;
  readonly #frameBytesMax: number;
  #rest: Buffer[] = [];
  #restLen = 0;
  /** Bytes the pending partial frame needs before it is worth parsing again (0: unknown). */
  #need = 0;

  constructor(onFrame: (f: RawFrame) => void, frameBytesMax = 64 * 1024 * 1024) {
    this.#onFrame = onFrame;
    this.#frameBytesMax = frameBytesMax;
  }

  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.#restLen > 0) {
      this.#rest.push(chunk);
      this.#restLen += chunk.length;
      if (this.#restLen < this.#need) return;
      buf = Buffer.concat(this.#rest, this.#restLen);
      this.#rest = [];
      this.#restLen = 0;
      this.#need = 0;
    }
    const n = buf.length;
    const f = this.#frame;
    let p = 0;
    while (p < n) {
      const c = buf[p];
      if (c === LF) {
        p++;
        continue;
      }
      if (c === CR) {
        if (p + 1 >= n) break;
        if (buf[p + 1] === LF) {
          p += 2;
          continue;
        }
      }
      const start = p;
      const cmdLf = buf.indexOf(LF, p);
      if (cmdLf < 0) break;
      let q = cmdLf + 1;
      let cl = -1;
      let headEnd = -1;
      let bodyStart = -1;
      while (q < n) {
        const b = buf[q];
        if (b === LF) {
          headEnd = q;
          bodyStart = q + 1;
          break;
        }
        if (b === CR) {
          if (q + 1 >= n) break;
          if (buf[q + 1] === LF) {
            headEnd = q;
            bodyStart = q + 2;
            break;
          }
        }
        const le = buf.indexOf(LF, q);
        if (le < 0) break;
        if (cl < 0 && b === 99 /* c */ && le - q > 15) {
          let k = 1;
          while (k < 15 && buf[q + k] === CONTENT_LENGTH[k]) k++;
          if (k === 15) {
            cl = parseDigits(buf, q + 15, buf[le - 1] === CR ? le - 1 : le);
            if (cl < 0) throw new Error(`STOMP: bad content-length ${JSON.stringify(buf.toString('latin1', q, le))}`);
          }
        }
        q = le + 1;
      }
      if (bodyStart < 0) {
        if (n - start > this.#frameBytesMax) throw new Error(`STOMP: frame headers exceed ${this.#frameBytesMax} bytes`);
        break;
      }
      let bodyEnd: number;
      if (cl >= 0) {
        if (bodyStart + cl >= n) {
          if (bodyStart + cl + 1 - start > this.#frameBytesMax) throw new Error(`STOMP: frame exceeds ${this.#frameBytesMax} bytes`);
          this.#need = bodyStart + cl + 1 - start;
          break;
        }
        if (buf[bodyStart + cl] !== NUL) throw new Error(`STOMP: no NUL after a ${cl}-byte body (content-length)`);
        bodyEnd = bodyStart + cl;
      } else {
        bodyEnd = buf.indexOf(NUL, bodyStart);
        if (bodyEnd < 0) {
          if (n - start > this.#frameBytesMax) throw new Error(`STOMP: frame exceeds ${this.#frameBytesMax} bytes`);
          break;
        }
      }
      f.buf = buf;
      f.command = commandOf(buf, start, buf[cmdLf - 1] === CR ? cmdLf - 1 : cmdLf);
      f.headStart = cmdLf + 1;
      f.headEnd = headEnd;
      f.bodyStart = bodyStart;
      f.bodyEnd = bodyEnd;
      p = bodyEnd + 1;
      this.#onFrame(f);
    }
    if (p < n) {
      const rest = buf.subarray(p);
      this.#rest.push(rest);
      this.#restLen = rest.length;
    } else {
      this.#need = 0;
    }
  }
}

const OUT_CHUNK = 256 * 1024;

/**
 * Outgoing bytes for one socket: frames are written into a chunk that only moves forward (so the
 * slices handed to the socket are never overwritten), and flushed once per tick (a microtask after
 * the code that wrote them), several slices through one cork/uncork (writev).
 */
export class Out {
  buf: Buffer = Buffer.allocUnsafe(OUT_CHUNK);
  pos = 0;
  #start = 0;
  #sealed: Buffer[] = [];
  #scheduled = false;
  readonly #sock: Socket;
  readonly #flush = (): void => this.flush();

  constructor(sock: Socket) {
    this.#sock = sock;
  }

  /** Room for n more bytes at this.pos (the caller then writes at most n bytes and calls done()). */
  reserve(n: number): void {
    if (this.buf.length - this.pos >= n) return;
    if (this.pos > this.#start) this.#sealed.push(this.buf.subarray(this.#start, this.pos));
    this.buf = Buffer.allocUnsafe(Math.max(OUT_CHUNK, n));
    this.pos = 0;
    this.#start = 0;
  }

  bytes(b: Buffer): void {
    b.copy(this.buf, this.pos);
    this.pos += b.length;
  }

  range(src: Buffer, s: number, e: number): void {
    src.copy(this.buf, this.pos, s, e);
    this.pos += e - s;
  }

  byte(c: number): void {
    this.buf[this.pos++] = c;
  }

  /** A non-negative integer in decimal (at most 16 digits). */
  uint(v: number): void {
    const buf = this.buf;
    if (v < 10) {
      buf[this.pos++] = 48 + v;
      return;
    }
    let digits = 0;
    for (let x = v; x >= 1; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let x = v; x >= 1; x = Math.floor(x / 10)) buf[--p] = 48 + (x % 10);
  }

  /** A frame (or frames) are complete: flush them at the end of this tick. */
  done(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(this.#flush);
  }

  flush(): void {
    this.#scheduled = false;
    const sock = this.#sock;
    if (sock.destroyed) return;
    const last = this.pos > this.#start ? this.buf.subarray(this.#start, this.pos) : null;
    this.#start = this.pos;
    if (this.#sealed.length === 0) {
      if (last) sock.write(last);
      return;
    }
    sock.cork();
    for (const b of this.#sealed) sock.write(b);
    if (last) sock.write(last);
    this.#sealed = [];
    sock.uncork();
  }

  get buffered(): number {
    return this.#sock.writableLength;
  }
}

/** Encodes a small frame's head: `COMMAND\nk:v\n...` (no blank line), header values escaped (1.2). */
export function frameHead(command: string, headers: ReadonlyArray<readonly [string, string]>, escape = true): Buffer {
  const esc = (s: string): string => (escape ? s.replace(/[\\\r\n:]/g, (c) => ({ '\\': '\\\\', '\r': '\\r', '\n': '\\n', ':': '\\c' })[c]!) : s);
  let s = `${command}\n`;
  for (const [k, v] of headers) s += `${esc(k)}:${esc(v)}\n`;
  return Buffer.from(s, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Latency histogram: microseconds, exact below 128 µs, then 64 sub-buckets per power of two (<1.6%).

export class Histogram {
  readonly #counts = new Float64Array(2048);
  count = 0;
  #sum = 0;
  #min = Infinity;
  #max = 0;

  static #index(us: number): number {
    if (us < 128) return us;
    const msb = 31 - Math.clz32(us);
    const shift = msb - 6;
    return 128 + (shift - 1) * 64 + ((us >>> shift) - 64);
  }

  /** The middle of bucket i, in µs. */
  static #value(i: number): number {
    if (i < 128) return i;
    const shift = Math.floor((i - 128) / 64) + 1;
    const sub = ((i - 128) % 64) + 64;
    return (sub << shift) + ((1 << shift) - 1) / 2;
  }

  /** Records a duration given in milliseconds. */
  record(ms: number): void {
    const us = Math.min(2 ** 31 - 1, Math.max(0, Math.round(ms * 1000)));
    this.#counts[Histogram.#index(us)]!++;
    this.count++;
    this.#sum += us;
    if (us < this.#min) this.#min = us;
    if (us > this.#max) this.#max = us;
  }

  reset(): void {
    this.#counts.fill(0);
    this.count = 0;
    this.#sum = 0;
    this.#min = Infinity;
    this.#max = 0;
  }

  /** Percentile in µs, clamped to [min, max] so that p50 <= p99 <= max always holds. */
  #pct(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < this.#counts.length; i++) {
      seen += this.#counts[i]!;
      if (seen >= rank) return Math.min(this.#max, Math.max(this.#min, Histogram.#value(i)));
    }
    return this.#max;
  }

  stats(): LatencyStats {
    const ms = (us: number): number => Math.round(us) / 1000;
    return {
      count: this.count,
      minMs: this.count ? ms(this.#min) : NaN,
      meanMs: this.count ? ms(this.#sum / this.count) : NaN,
      p50Ms: ms(this.#pct(50)),
      p99Ms: ms(this.#pct(99)),
      maxMs: this.count ? ms(this.#max) : NaN,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The load generator

export type LoadMode = 'produce' | 'consume' | 'latency';

export interface LoadOptions {
  /** host:port, or a list (an array or comma-separated); connections are spread round-robin. */
  servers: string | string[];
  mode: LoadMode;
  /** Connections (producers; in consume mode the same connections then consume). Default 1. */
  connections?: number;
  /** In-flight SENDs with receipts per connection. Default 16. */
  window?: number;
  /** Measured seconds (produce, latency). Default 5. */
  seconds?: number;
  /** Warm-up seconds before measuring (produce, latency). Default 1. */
  warmupSeconds?: number;
  /** Body size in bytes. Default 1024. */
  bodyBytes?: number;
  /** Default: a fresh /queue/bench-<random>. */
  destination?: string;
  /** latency: total messages/s over all producer connections. Default 1000. */
  rate?: number;
  /** consume: messages to pre-fill, then consume. Default 100000. */
  count?: number;
  /** consume, latency: prefetch sent as activemq.prefetchSize and prefetch-count. Default 1000. */
  prefetch?: number;
  /** Consumer ack mode. Default client-individual (consume), auto (latency). */
  ack?: 'auto' | 'client-individual';
  /** latency: consumer connections. Default 1. */
  consumers?: number;
  /** Extra SEND / SUBSCRIBE headers (e.g. RabbitMQ quorum queues: x-queue-type:quorum, durable:true, auto-delete:false). */
  sendHeaders?: Record<string, string> | Array<[string, string]>;
  subscribeHeaders?: Record<string, string> | Array<[string, string]>;
  login?: string;
  passcode?: string;
  /** CONNECT's host header (RabbitMQ: the vhost, "/"). Default: the server's host. */
  hostHeader?: string;
  /** Abort when no frame arrives for this long while anything is awaited. Default 10. */
  stallSeconds?: number;
  /** Progress lines (e.g. console.error); default none. */
  log?: (line: string) => void;
}

export interface LatencyStats {
  count: number;
  minMs: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadResult {
  mode: LoadMode;
  servers: string[];
  destination: string;
  connections: number;
  window: number;
  bodyBytes: number;
  /** The measured interval in seconds (consume: first MESSAGE to last). */
  seconds: number;
  /** Messages counted in the measured interval: produce RECEIPTs, consume MESSAGEs, latency MESSAGEs at the consumer. */
  messages: number;
  msgsPerSec: number;
  /** SENDs and RECEIPTs over the whole run (warm-up and fill included); equal when the run succeeds. */
  sent: number;
  receipts: number;
  /** SEND -> RECEIPT, for receipts counted in `messages` (produce), or all measured sends (latency). */
  receiptLatency?: LatencyStats;
  /** latency: SEND -> MESSAGE at the consumer (the send time travels in the body). */
  endToEnd?: LatencyStats;
  /** consume, latency: MESSAGEs received in all (latency: of this run's messages). */
  consumed?: number;
  /** consume: the pre-fill through the produce path. */
  fill?: { messages: number; seconds: number; msgsPerSec: number };
  /** latency: the rate asked for, and scheduler ticks where every window was full (the schedule slipped). */
  targetRate?: number;
  windowFullTicks?: number;
}

const K_RECEIPT_ID = headerKey('receipt-id');
const K_MESSAGE = headerKey('message');
const K_VERSION = headerKey('version');
const K_ACK = headerKey('ack');
const K_MESSAGE_ID = headerKey('message-id');
const K_SUBSCRIPTION = headerKey('subscription');

const DISCONNECT_RECEIPT = 0; // receipt ids of SENDs start at 1
const SUBSCRIBE_RECEIPT = -1 >>> 0; // 4294967295, never reached by SEND ids in a run

class StompError extends Error {
  override name = 'StompError';
}

interface Pending {
  at: number;
  measured: boolean;
}

/** One client connection. */
class Conn {
  readonly sock: Socket;
  readonly out: Out;
  readonly reader: StompReader;
  readonly server: string;
  readonly index: number;
  version = '1.2';
  connected = false;
  closed = false;
  /** DISCONNECT sent: the server may close the socket. */
  disconnecting = false;
  /** Receipt id -> send time (receipts may come back out of order). */
  readonly pending = new Map<number, Pending>();
  nextId = 1;
  awaitingReceipts = new Set<number>();
  onMessage: ((f: RawFrame, c: Conn) => void) | null = null;
  onReceipt: ((p: Pending, c: Conn) => void) | null = null;
  onReady: (() => void) | null = null;
  readonly #run: Run;

  constructor(run: Run, index: number, server: string) {
    this.#run = run;
    this.index = index;
    this.server = server;
    const [host, port] = splitHostPort(server);
    this.sock = tcpConnect({ host, port });
    this.sock.setNoDelay(true);
    this.out = new Out(this.sock);
    this.reader = new StompReader((f) => this.#onFrame(f));
    this.sock.on('data', (chunk: Buffer) => {
      run.lastFrameAt = performance.now();
      try {
        this.reader.push(chunk);
      } catch (e) {
        run.fail(new StompError(`${this.server} (connection ${this.index}): ${(e as Error).message}`));
      }
    });
    this.sock.on('error', (e) => run.fail(new StompError(`${this.server} (connection ${this.index}): ${e.message}`)));
    this.sock.on('close', () => {
      this.closed = true;
      if (!run.closing && !this.disconnecting) run.fail(new StompError(`${this.server} (connection ${this.index}) closed the connection`));
    });
  }

  #onFrame(f: RawFrame): void {
    switch (f.command) {
      case 'RECEIPT': {
        const id = f.int(K_RECEIPT_ID);
        const p = this.pending.get(id);
        if (p !== undefined) {
          this.pending.delete(id);
          this.onReceipt?.(p, this);
        } else if (this.awaitingReceipts.delete(id)) {
          this.#run.receiptWaiters.get(`${this.index}:${id}`)?.();
        }
        return;
      }
      case 'MESSAGE':
        this.onMessage?.(f, this);
        return;
      case 'CONNECTED':
        this.connected = true;
        this.version = f.get(K_VERSION) ?? '1.0';
        this.onReady?.();
        return;
      case 'ERROR': {
        const msg = unescapeHeader(f.get(K_MESSAGE) ?? '(no message header)');
        const body = f.bodyLength > 0 ? f.buf.toString('utf8', f.bodyStart, Math.min(f.bodyEnd, f.bodyStart + 2000)).trim() : '';
        this.#run.fail(new StompError(`STOMP ERROR from ${this.server} (connection ${this.index}): ${msg}${body && body !== msg ? ` -- ${body}` : ''}`));
        return;
      }
      default:
        this.#run.fail(new StompError(`${this.server} (connection ${this.index}): unexpected ${f.command} frame`));
    }
  }

  /** A small frame built from a head (no body); waits for a receipt if `receipt` is given. */
  control(head: Buffer, receipt?: number): Promise<void> | void {
    const o = this.out;
    o.reserve(head.length + 32);
    o.bytes(head);
    let wait: Promise<void> | undefined;
    if (receipt !== undefined) {
      o.bytes(RECEIPT_PREFIX);
      o.uint(receipt);
      o.byte(LF);
      this.awaitingReceipts.add(receipt);
      wait = new Promise<void>((resolve) => this.#run.receiptWaiters.set(`${this.index}:${receipt}`, resolve));
    }
    o.byte(LF);
    o.byte(NUL);
    o.done();
    return wait;
  }
}

const RECEIPT_PREFIX = Buffer.from('receipt:', 'latin1');

function splitHostPort(s: string): [string, number] {
  const i = s.lastIndexOf(':');
  const host = i < 0 ? s : s.slice(0, i).replace(/^\[|\]$/g, '');
  const port = i < 0 ? 61613 : Number(s.slice(i + 1));
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad server address ${JSON.stringify(s)} (want host:port)`);
  return [host, port];
}

function headerList(h: LoadOptions['sendHeaders']): Array<[string, string]> {
  if (!h) return [];
  return Array.isArray(h) ? h.map(([k, v]) => [k, v] as [string, string]) : Object.entries(h);
}

/** The state shared by a run: failure, the watchdog's clock, the connections. */
class Run {
  readonly conns: Conn[] = [];
  lastFrameAt = performance.now();
  closing = false;
  error: Error | null = null;
  #waitingFor: (() => string) | null = null;
  readonly receiptWaiters = new Map<string, () => void>();
  readonly failed: Promise<never>;
  #reject!: (e: Error) => void;

  constructor() {
    this.failed = new Promise<never>((_, reject) => {
      this.#reject = reject;
    });
    this.failed.catch(() => {});
  }

  /** What the run is waiting for, for the watchdog's message; null: nothing awaited. */
  get waitingFor(): (() => string) | null {
    return this.#waitingFor;
  }

  /** Setting it starts the stall clock afresh (time spent with nothing awaited is no stall). */
  set waitingFor(what: (() => string) | null) {
    if (what && !this.#waitingFor) this.lastFrameAt = performance.now();
    this.#waitingFor = what;
  }

  fail(e: Error): void {
    if (this.error || this.closing) return;
    this.error = e;
    this.closing = true;
    for (const c of this.conns) c.sock.destroy();
    this.#reject(e);
  }

  /** Resolves with p, or rejects as soon as the run fails. */
  guard<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.failed]);
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const servers = (Array.isArray(options.servers) ? options.servers : options.servers.split(',')).map((s) => s.trim()).filter(Boolean);
  if (servers.length === 0) throw new Error('no servers');
  servers.forEach(splitHostPort);
  const mode = options.mode;
  if (mode !== 'produce' && mode !== 'consume' && mode !== 'latency') throw new Error(`unknown mode ${JSON.stringify(mode)}`);
  const positive = (name: string, v: number, integer = true): number => {
    if (!(v > 0) || (integer && !Number.isInteger(v))) throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got ${v}`);
    return v;
  };
  const N = positive('connections', options.connections ?? 1);
  const W = positive('window', options.window ?? 16);
  const seconds = positive('seconds', options.seconds ?? 5, false);
  const warmup = options.warmupSeconds ?? 1;
  if (!(warmup >= 0)) throw new Error(`warmupSeconds must be >= 0, got ${warmup}`);
  const bodyBytes = options.bodyBytes ?? 1024;
  if (!Number.isInteger(bodyBytes) || bodyBytes < 0) throw new Error(`bodyBytes must be a non-negative integer, got ${bodyBytes}`);
  const TS_OFF = 9; // the body: `<nonce>:<15-digit µs timestamp>:` then filler
  const TS_LEN = 15;
  if (mode === 'latency' && bodyBytes < TS_OFF + TS_LEN + 1) throw new Error(`latency mode needs bodyBytes >= ${TS_OFF + TS_LEN + 1}`);
  const rate = positive('rate', options.rate ?? 1000, false);
  const count = positive('count', options.count ?? 100_000);
  const prefetch = positive('prefetch', options.prefetch ?? 1000);
  const consumers = positive('consumers', options.consumers ?? 1);
  const ack = options.ack ?? (mode === 'latency' ? 'auto' : 'client-individual');
  if (ack !== 'auto' && ack !== 'client-individual') throw new Error(`ack must be auto or client-individual, got ${String(ack)}`);
  const stallMs = positive('stallSeconds', options.stallSeconds ?? 10, false) * 1000;
  const destination = options.destination ?? `/queue/bench-${randomBytes(6).toString('hex')}`;
  const log = options.log ?? (() => {});
  const nonce = randomBytes(4).toString('hex'); // 8 chars, marks this run's latency bodies

  const run = new Run();
  const watchdog = setInterval(() => {
    if (run.closing || !run.waitingFor) return;
    const idle = performance.now() - run.lastFrameAt;
    if (idle > stallMs) {
      run.fail(new StompError(`watchdog: no frame from any server for ${(idle / 1000).toFixed(1)} s while waiting for ${run.waitingFor()} (stallSeconds ${stallMs / 1000})`));
    }
  }, Math.min(250, stallMs / 4));
  const idle = (): void => {
    run.waitingFor = null;
  };

  // The SEND frame: fixed head, then the receipt id, then the body.
  const sendHead = frameHead('SEND', [
    ['destination', destination],
    ['persistent', 'true'],
    ['content-type', 'application/octet-stream'],
    ['content-length', String(bodyBytes)],
    ...headerList(options.sendHeaders).filter(([k]) => k !== 'content-length' && k !== 'receipt'),
  ]);
  const sendPrefix = Buffer.concat([sendHead, RECEIPT_PREFIX]);
  // The body (latency mode reads the timestamp back; other modes send the same bytes).
  const body = Buffer.alloc(bodyBytes, 'x');
  if (bodyBytes >= TS_OFF + TS_LEN + 1) body.write(`${nonce}:${'0'.repeat(TS_LEN)}:`, 0, 'latin1');
  const nonceBytes = Buffer.from(`${nonce}:`, 'latin1');
  const sendMax = sendPrefix.length + 16 + 2 + bodyBytes + 1;

  let sent = 0;
  let receipts = 0;
  const receiptHist = new Histogram();

  /** Writes one SEND with the next receipt id; `stamp`: put the send time in the body. */
  const writeSend = (c: Conn, measured: boolean, stamp: boolean): void => {
    const o = c.out;
    o.reserve(sendMax);
    o.bytes(sendPrefix);
    const id = c.nextId++;
    o.uint(id);
    o.byte(LF);
    o.byte(LF);
    const at = performance.now();
    const bodyAt = o.pos;
    o.bytes(body);
    if (stamp) {
      // µs since the time origin, zero-padded, in place of the body's zeros.
      let v = Math.round(at * 1000);
      for (let k = TS_OFF + TS_LEN - 1; k >= TS_OFF; k--) {
        o.buf[bodyAt + k] = 48 + (v % 10);
        v = Math.floor(v / 10);
      }
    }
    o.byte(NUL);
    o.done();
    c.pending.set(id, { at, measured });
    sent++;
  };

  const connectAll = async (n: number, offset: number): Promise<Conn[]> => {
    const conns: Conn[] = [];
    const ready: Array<Promise<void>> = [];
    for (let i = 0; i < n; i++) {
      const idx = offset + i;
      const server = servers[idx % servers.length]!;
      const c = new Conn(run, idx, server);
      run.conns.push(c);
      conns.push(c);
      ready.push(new Promise<void>((resolve) => {
        c.onReady = resolve;
      }));
      const [host] = splitHostPort(server);
      const connectHeaders: Array<[string, string]> = [
        ['accept-version', '1.2'],
        ['host', options.hostHeader ?? host],
        ['heart-beat', '0,0'],
      ];
      if (options.login !== undefined) connectHeaders.push(['login', options.login]);
      if (options.passcode !== undefined) connectHeaders.push(['passcode', options.passcode]);
      c.control(frameHead('CONNECT', connectHeaders, false));
    }
    run.waitingFor = () => `CONNECTED from ${conns.filter((c) => !c.connected).map((c) => c.server).join(', ')}`;
    await run.guard(Promise.all(ready));
    idle();
    for (const c of conns) {
      if (c.version !== '1.2' && c.version !== '1.1') throw new StompError(`${c.server} negotiated STOMP ${c.version}; this generator needs 1.1 or 1.2`);
    }
    return conns;
  };

  const outstanding = (conns: Conn[]): number => conns.reduce((s, c) => s + c.pending.size, 0);

  /** Waits until every SEND on these connections has its RECEIPT. */
  const drainReceipts = async (conns: Conn[]): Promise<void> => {
    if (outstanding(conns) === 0) return;
    run.waitingFor = () => `${outstanding(conns)} RECEIPTs`;
    await run.guard(
      new Promise<void>((resolve) => {
        for (const c of conns) {
          const prev = c.onReceipt;
          c.onReceipt = (p, cc) => {
            prev?.(p, cc);
            if (outstanding(conns) === 0) resolve();
          };
        }
      }),
    );
    idle();
  };

  /** DISCONNECT with a receipt on every connection (so pipelined ACKs are processed), then close. */
  const closeAll = async (): Promise<void> => {
    run.waitingFor = () => 'DISCONNECT receipts';
    const waits = run.conns
      .filter((c) => !c.closed)
      .map((c) => {
        c.disconnecting = true;
        return c.control(DISCONNECT_HEAD, DISCONNECT_RECEIPT);
      });
    let timer: NodeJS.Timeout | undefined;
    await run.guard(Promise.race([Promise.all(waits), new Promise<void>((r) => (timer = setTimeout(r, 5000)))]));
    clearTimeout(timer);
    idle();
    run.closing = true;
    for (const c of run.conns) c.sock.destroy();
  };

  /** Subscribes the connections (with a receipt, so the subscription exists before anything is sent). */
  const subscribeAll = async (conns: Conn[]): Promise<void> => {
    const head = frameHead('SUBSCRIBE', [
      ['id', '0'],
      ['destination', destination],
      ['ack', ack],
      ['activemq.prefetchSize', String(prefetch)],
      ['prefetch-count', String(prefetch)],
      ...headerList(options.subscribeHeaders).filter(([k]) => k !== 'id' && k !== 'receipt'),
    ]);
    run.waitingFor = () => 'SUBSCRIBE receipts';
    await run.guard(Promise.all(conns.map((c) => c.control(head, SUBSCRIBE_RECEIPT))));
    idle();
  };

  /** Pipelined ACK of a MESSAGE (no receipt): 1.2 `id:<ack>`, 1.1 `subscription` + `message-id`. */
  const writeAck = (f: RawFrame, c: Conn): void => {
    const o = c.out;
    if (c.version === '1.2' && f.find(K_ACK)) {
      o.reserve(ACK12.length + (f.ve - f.vs) + 3);
      o.bytes(ACK12);
      o.range(f.buf, f.vs, f.ve);
    } else {
      if (!f.find(K_SUBSCRIPTION)) throw new StompError(`${c.server}: MESSAGE without a subscription header`);
      const ss = f.vs;
      const se = f.ve;
      if (!f.find(K_MESSAGE_ID)) throw new StompError(`${c.server}: MESSAGE without ack or message-id header`);
      o.reserve(ACK11_SUB.length + ACK11_MID.length + (se - ss) + (f.ve - f.vs) + 4);
      o.bytes(ACK11_SUB);
      o.range(f.buf, ss, se);
      o.bytes(ACK11_MID);
      o.range(f.buf, f.vs, f.ve);
    }
    o.byte(LF);
    o.byte(LF);
    o.byte(NUL);
    o.done();
  };

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  try {
    let result: LoadResult;
    const base = { mode, servers, destination, connections: N, window: W, bodyBytes };

    if (mode === 'produce') {
      const conns = await connectAll(N, 0);
      let measuring = false;
      let stopping = false;
      let messages = 0;
      for (const c of conns) {
        c.onReceipt = (p, cc) => {
          receipts++;
          if (measuring) {
            messages++;
            receiptHist.record(performance.now() - p.at);
          }
          if (!stopping) writeSend(cc, measuring, false);
        };
      }
      run.waitingFor = () => `RECEIPTs (${outstanding(conns)} outstanding)`;
      for (const c of conns) for (let i = 0; i < W; i++) writeSend(c, false, false);
      log(`produce: ${N} connection(s) x window ${W} to ${destination}; warm-up ${warmup} s`);
      await run.guard(sleep(warmup * 1000));
      measuring = true;
      const t0 = performance.now();
      await run.guard(sleep(seconds * 1000));
      measuring = false;
      const t1 = performance.now();
      stopping = true;
      await drainReceipts(conns);
      const elapsed = (t1 - t0) / 1000;
      result = { ...base, seconds: elapsed, messages, msgsPerSec: messages / elapsed, sent, receipts, receiptLatency: receiptHist.stats() };
    } else if (mode === 'consume') {
      const conns = await connectAll(N, 0);
      // Fill: `count` sends through the windows.
      let toSend = count;
      let fillDone!: () => void;
      const filled = new Promise<void>((r) => (fillDone = r));
      for (const c of conns) {
        c.onReceipt = (_p, cc) => {
          receipts++;
          if (toSend > 0) {
            toSend--;
            writeSend(cc, false, false);
          } else if (receipts === count) fillDone();
        };
      }
      log(`consume: filling ${destination} with ${count} messages (${N} connection(s) x window ${W})`);
      const f0 = performance.now();
      run.waitingFor = () => `fill RECEIPTs (${receipts} of ${count})`;
      for (const c of conns) {
        for (let i = 0; i < W && toSend > 0; i++) {
          toSend--;
          writeSend(c, false, false);
        }
      }
      await run.guard(filled);
      idle();
      const fillSeconds = (performance.now() - f0) / 1000;
      log(`consume: filled in ${fillSeconds.toFixed(2)} s (${Math.round(count / fillSeconds)} msg/s); consuming`);
      // Consume on the same connections.
      let consumed = 0;
      let first = 0;
      let last = 0;
      let doneConsuming!: () => void;
      const allConsumed = new Promise<void>((r) => (doneConsuming = r));
      const onMessage = (f: RawFrame, c: Conn): void => {
        const now = performance.now();
        if (consumed === 0) first = now;
        last = now;
        consumed++;
        if (ack === 'client-individual') writeAck(f, c);
        if (consumed === count) doneConsuming();
      };
      for (const c of conns) c.onMessage = onMessage;
      await subscribeAll(conns);
      run.waitingFor = () => `MESSAGEs (${consumed} of ${count} consumed)`;
      await run.guard(allConsumed);
      idle();
      const elapsed = (last - first) / 1000;
      result = {
        ...base,
        seconds: elapsed,
        messages: consumed,
        msgsPerSec: elapsed > 0 ? consumed / elapsed : NaN,
        sent,
        receipts,
        consumed,
        fill: { messages: count, seconds: fillSeconds, msgsPerSec: count / fillSeconds },
      };
    } else {
      // latency
      const cons = await connectAll(consumers, 0);
      const e2e = new Histogram();
      let consumed = 0; // this run's messages (nonce match)
      let sendStart = Infinity; // measuring window in the time origin of performance.now(), ms
      let sendEnd = Infinity;
      let measuredMsgs = 0;
      const onMessage = (f: RawFrame, c: Conn): void => {
        const now = performance.now();
        if (ack === 'client-individual') writeAck(f, c);
        const b = f.buf;
        const s = f.bodyStart;
        if (f.bodyLength < TS_OFF + TS_LEN) return;
        for (let k = 0; k < TS_OFF; k++) if (b[s + k] !== nonceBytes[k]) return; // not ours
        consumed++;
        let us = 0;
        for (let k = TS_OFF; k < TS_OFF + TS_LEN; k++) us = us * 10 + (b[s + k]! - 48);
        const at = us / 1000;
        if (at >= sendStart - 0.001 && at <= sendEnd + 0.001) {
          measuredMsgs++;
          e2e.record(now - at);
        }
      };
      for (const c of cons) c.onMessage = onMessage;
      await subscribeAll(cons);
      const prods = await connectAll(N, consumers);
      let measuring = false;
      for (const c of prods) {
        c.onReceipt = (p) => {
          receipts++;
          if (p.measured) receiptHist.record(performance.now() - p.at);
        };
      }
      log(`latency: ${N} producer connection(s) (window ${W}) at ${rate} msg/s, ${consumers} consumer(s) (ack ${ack}), ${destination}; warm-up ${warmup} s`);
      run.waitingFor = () => `RECEIPTs and MESSAGEs (${outstanding(prods)} receipts outstanding, ${sent - consumed} messages in flight)`;
      const t0 = performance.now();
      const tMeasure = t0 + warmup * 1000;
      const tEnd = tMeasure + seconds * 1000;
      let windowFullTicks = 0;
      let rr = 0;
      await run.guard(
        new Promise<void>((resolve) => {
          const tick = (): void => {
            if (run.closing) return resolve();
            const now = performance.now();
            // Nothing outstanding (a low rate): the quiet time since the last frame is no stall.
            if (sent === consumed && outstanding(prods) === 0) run.lastFrameAt = now;
            if (!measuring && now >= tMeasure) {
              measuring = true;
              sendStart = now;
            }
            const until = Math.min(now, tEnd);
            const due = Math.floor(((until - t0) / 1000) * rate);
            let need = due - sent;
            let blocked = 0;
            while (need > 0 && blocked < prods.length) {
              const c = prods[rr]!;
              rr = (rr + 1) % prods.length;
              if (c.pending.size >= W) {
                blocked++;
                continue;
              }
              blocked = 0;
              writeSend(c, measuring, true);
              need--;
            }
            if (need > 0) windowFullTicks++;
            if (now >= tEnd) {
              sendEnd = performance.now(); // after this tick's sends, the last measured ones
              measuring = false;
              return resolve();
            }
            setTimeout(tick, 1);
          };
          tick();
        }),
      );
      const elapsed = (sendEnd - sendStart) / 1000;
      // Everything sent must be receipted and delivered.
      await drainReceipts(prods);
      if (consumed < sent) {
        run.waitingFor = () => `MESSAGEs (${consumed} of ${sent} received by the consumer)`;
        await run.guard(
          new Promise<void>((resolve) => {
            for (const c of cons) {
              const prev = c.onMessage!;
              c.onMessage = (f, cc) => {
                prev(f, cc);
                if (consumed >= sent) resolve();
              };
            }
          }),
        );
        idle();
      }
      result = {
        ...base,
        seconds: elapsed,
        messages: measuredMsgs,
        msgsPerSec: measuredMsgs / elapsed,
        sent,
        receipts,
        receiptLatency: receiptHist.stats(),
        endToEnd: e2e.stats(),
        consumed,
        targetRate: rate,
        windowFullTicks,
      };
    }
    await closeAll();
    return result;
  } catch (e) {
    run.fail(e as Error);
    throw run.error ?? e;
  } finally {
    clearInterval(watchdog);
    run.closing = true;
    for (const c of run.conns) c.sock.destroy();
  }
}

const DISCONNECT_HEAD = Buffer.from('DISCONNECT\n', 'latin1');
const ACK12 = Buffer.from('ACK\nid:', 'latin1');
const ACK11_SUB = Buffer.from('ACK\nsubscription:', 'latin1');
const ACK11_MID = Buffer.from('\nmessage-id:', 'latin1');

/** One line for people. */
export function formatResult(r: LoadResult): string {
  const lat = (name: string, s?: LatencyStats): string => (s && s.count ? `, ${name} p50 ${s.p50Ms} ms p99 ${s.p99Ms} ms max ${s.maxMs} ms` : '');
  const head = `${r.mode} ${r.connections} conn x W${r.window}, ${r.bodyBytes} B`;
  if (r.mode === 'consume') {
    return `${head}: ${r.messages} consumed in ${r.seconds.toFixed(2)} s = ${Math.round(r.msgsPerSec)} msg/s (fill ${Math.round(r.fill!.msgsPerSec)} msg/s)`;
  }
  if (r.mode === 'latency') {
    return `${head}: ${r.messages} messages at ${Math.round(r.msgsPerSec)} msg/s (target ${r.targetRate})${lat('end-to-end', r.endToEnd)}${lat('receipt', r.receiptLatency)}${r.windowFullTicks ? `, windows full on ${r.windowFullTicks} ticks` : ''}`;
  }
  return `${head}: ${r.messages} receipts in ${r.seconds.toFixed(2)} s = ${Math.round(r.msgsPerSec)} msg/s${lat('receipt', r.receiptLatency)}`;
}

// ---------------------------------------------------------------------------------------------
// CLI

function isMain(): boolean {
  const argv1 = process.argv[1];
  return argv1 !== undefined && import.meta.url === pathToFileURL(argv1).href;
}

if (isMain()) {
  const collect = (v: string, acc: Array<[string, string]>): Array<[string, string]> => {
    const i = v.indexOf(':');
    if (i <= 0) throw new Error(`header ${JSON.stringify(v)}: want name:value`);
    return [...acc, [v.slice(0, i), v.slice(i + 1)]];
  };
  const num = (v: string): number => Number(v);
  const o = new Command()
    .description('STOMP load generator: produce | consume | latency (see the top of bench/stomp-load.ts)')
    .option('--servers <list>', 'host:port list, comma-separated; connections round-robin', '127.0.0.1:61613')
    .option('--mode <mode>', 'produce | consume | latency', 'produce')
    .option('--connections <n>', 'connections (producers; consume: also the consumers)', num, 1)
    .option('--window <n>', 'in-flight SENDs with receipts per connection', num, 16)
    .option('--seconds <n>', 'measured seconds (produce, latency)', num, 5)
    .option('--warmup <n>', 'warm-up seconds (produce, latency)', num, 1)
    .option('--body <bytes>', 'body bytes', num, 1024)
    .option('--destination <d>', 'destination (default a fresh /queue/bench-<random>)')
    .option('--rate <n>', 'latency: total msg/s', num, 1000)
    .option('--count <n>', 'consume: messages to fill, then consume', num, 100_000)
    .option('--prefetch <n>', 'consumer prefetch (activemq.prefetchSize and prefetch-count)', num, 1000)
    .option('--ack <mode>', 'consumer ack: auto | client-individual (default: consume client-individual, latency auto)')
    .option('--consumers <n>', 'latency: consumer connections', num, 1)
    .option('--send-header <k:v>', 'extra SEND header (repeatable)', collect, [])
    .option('--subscribe-header <k:v>', 'extra SUBSCRIBE header (repeatable)', collect, [])
    .option('--login <login>', 'CONNECT login')
    .option('--passcode <passcode>', 'CONNECT passcode')
    .option('--host-header <host>', "CONNECT host header (RabbitMQ: '/'); default the server's host")
    .option('--stall <seconds>', 'abort when no frame arrives for this long while waiting', num, 10)
    .option('--json', 'print the result as JSON')
    .parse()
    .opts<{
      servers: string; mode: LoadMode; connections: number; window: number; seconds: number; warmup: number; body: number;
      destination?: string; rate: number; count: number; prefetch: number; ack?: 'auto' | 'client-individual'; consumers: number;
      sendHeader: Array<[string, string]>; subscribeHeader: Array<[string, string]>; login?: string; passcode?: string;
      hostHeader?: string; stall: number; json?: boolean;
    }>();
  try {
    const r = await runLoad({
      servers: o.servers,
      mode: o.mode,
      connections: o.connections,
      window: o.window,
      seconds: o.seconds,
      warmupSeconds: o.warmup,
      bodyBytes: o.body,
      ...(o.destination !== undefined ? { destination: o.destination } : {}),
      rate: o.rate,
      count: o.count,
      prefetch: o.prefetch,
      ...(o.ack !== undefined ? { ack: o.ack } : {}),
      consumers: o.consumers,
      sendHeaders: o.sendHeader,
      subscribeHeaders: o.subscribeHeader,
      ...(o.login !== undefined ? { login: o.login } : {}),
      ...(o.passcode !== undefined ? { passcode: o.passcode } : {}),
      ...(o.hostHeader !== undefined ? { hostHeader: o.hostHeader } : {}),
      stallSeconds: o.stall,
      log: o.json ? () => {} : (l) => console.error(l),
    });
    console.log(o.json ? JSON.stringify(r) : formatResult(r));
    process.exit(0);
  } catch (e) {
    console.error(`stomp-load: ${(e as Error).message}`);
    process.exit(1);
  }
}
