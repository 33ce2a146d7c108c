// A STOMP server that stores nothing, to calibrate bench/stomp-load.ts (its own ceiling): CONNECT ->
// CONNECTED (version 1.2, heart-beat 0,0), SEND -> RECEIPT at once, any frame with a receipt header
// -> RECEIPT, SUBSCRIBE -> MESSAGEs of what is SENT to that destination afterwards, DISCONNECT ->
// RECEIPT then close. Nothing touches a disk and nothing is replicated.
//
// Delivery: a SEND goes straight to a subscriber of its destination (round-robin) that has credit
// and whose socket is not backed up. Credit is the subscription's prefetch (activemq.prefetchSize
// or prefetch-count; none: unlimited) for ack client / client-individual, unlimited for auto; an
// ACK gives credit back (client-individual: one; client: up to the acked message) and is otherwise
// ignored. NACK is ignored too. A message nobody can take now (no subscriber, no credit, or a
// socket with more than 4 MiB queued) waits in a bounded in-memory list per destination (default
// 512 MiB of bodies in all, past that it is dropped and counted): that is what lets consume mode
// pre-fill a queue here. Delivered messages are forgotten (an unacked message is not redelivered).
//
//   node --import tsx bench/stomp-null-server.ts [--port 61613] [--host 127.0.0.1] [--backlog-mb 512]
import { Command } from 'commander';
import { createServer, type Server, type Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import { headerKey, Out, RawFrame, StompReader } from './stomp-load.ts';

export interface NullServerOptions {
  /** 0: any free port. Default 61613. */
  port?: number;
  host?: string;
  /** Bodies kept for destinations without a subscriber able to take them; past it, dropped. Default 512 MiB. */
  backlogBytesMax?: number;
}

export interface NullServerStats {
  connections: number;
  sends: number;
  delivered: number;
  acks: number;
  /** Messages waiting (no subscriber could take them), and their body bytes. */
  backlog: number;
  backlogBytes: number;
  dropped: number;
}

export interface NullServer {
  host: string;
  port: number;
  /** "host:port" */
  address: string;
  stats(): NullServerStats;
  close(): Promise<void>;
}

const LF = 10;
const NUL = 0;
const SOCKET_BACKED_UP = 4 * 1024 * 1024;

const K_DESTINATION = headerKey('destination');
const K_RECEIPT = headerKey('receipt');
const K_ID = headerKey('id');
const K_ACK = headerKey('ack');
const K_MESSAGE_ID = headerKey('message-id');
const K_PREFETCH_AMQ = headerKey('activemq.prefetchSize');
const K_PREFETCH_RMQ = headerKey('prefetch-count');

const CONNECTED = Buffer.from('CONNECTED\nversion:1.2\nheart-beat:0,0\nserver:stomp-null-server/1\n\n\0', 'latin1');
const RECEIPT_HEAD = Buffer.from('RECEIPT\nreceipt-id:', 'latin1');
const MESSAGE_HEAD = Buffer.from('MESSAGE\nsubscription:', 'latin1');
const H_DESTINATION = Buffer.from('\ndestination:', 'latin1');
const H_MESSAGE_ID = Buffer.from('\nmessage-id:', 'latin1');
const H_ACK = Buffer.from('\nack:', 'latin1');
const H_CONTENT_LENGTH = Buffer.from('\ncontent-length:', 'latin1');

interface Sub {
  conn: SConn;
  /** Index in conn.subs: ack ids are `<index>.<seq>`. */
  index: number;
  /** Raw (escaped) bytes of the subscription id and the destination, echoed in MESSAGE frames. */
  idRaw: Buffer;
  destRaw: Buffer;
  dest: Dest;
  ackMode: 'auto' | 'client' | 'client-individual';
  credit: number;
  seq: number;
  ackedSeq: number;
}

interface Dest {
  name: string;
  destRaw: Buffer;
  subs: Sub[];
  rr: number;
  backlog: Buffer[];
  head: number;
}

interface SConn {
  sock: Socket;
  out: Out;
  subs: Array<Sub | null>;
  connected: boolean;
}

export async function startNullServer(options: NullServerOptions = {}): Promise<NullServer> {
  const host = options.host ?? '127.0.0.1';
  const backlogBytesMax = options.backlogBytesMax ?? 512 * 1024 * 1024;
  const dests = new Map<string, Dest>();
  const conns = new Set<SConn>();
  const st: NullServerStats = { connections: 0, sends: 0, delivered: 0, acks: 0, backlog: 0, backlogBytes: 0, dropped: 0 };

  const destOf = (f: RawFrame): Dest | null => {
    if (!f.find(K_DESTINATION)) return null;
    const name = f.buf.toString('latin1', f.vs, f.ve);
    let d = dests.get(name);
    if (!d) {
      d = { name, destRaw: Buffer.from(f.buf.subarray(f.vs, f.ve)), subs: [], rr: 0, backlog: [], head: 0 };
      dests.set(name, d);
    }
    return d;
  };

  const canTake = (s: Sub): boolean => s.credit > 0 && s.conn.out.buffered < SOCKET_BACKED_UP && !s.conn.sock.destroyed;

  /** A subscriber of d that can take a message now (round-robin), or null. */
  const pick = (d: Dest): Sub | null => {
    const n = d.subs.length;
    for (let k = 0; k < n; k++) {
      const s = d.subs[(d.rr + k) % n]!;
      if (canTake(s)) {
        d.rr = (d.rr + k + 1) % n;
        return s;
      }
    }
    return null;
  };

  const deliver = (s: Sub, body: Buffer, bs: number, be: number): void => {
    const o = s.conn.out;
    const seq = ++s.seq;
    const len = be - bs;
    o.reserve(MESSAGE_HEAD.length + s.idRaw.length + H_DESTINATION.length + s.destRaw.length + H_MESSAGE_ID.length + H_ACK.length + H_CONTENT_LENGTH.length + 3 * 24 + len + 3);
    o.bytes(MESSAGE_HEAD);
    o.bytes(s.idRaw);
    o.bytes(H_DESTINATION);
    o.bytes(s.destRaw);
    o.bytes(H_MESSAGE_ID);
    o.uint(s.index);
    o.byte(46);
    o.uint(seq);
    o.bytes(H_ACK);
    o.uint(s.index);
    o.byte(46);
    o.uint(seq);
    o.bytes(H_CONTENT_LENGTH);
    o.uint(len);
    o.byte(LF);
    o.byte(LF);
    o.range(body, bs, be);
    o.byte(NUL);
    o.done();
    if (s.ackMode !== 'auto') s.credit--;
    st.delivered++;
  };

  /** Hands waiting messages of d to subscribers that can take them. */
  const pump = (d: Dest): void => {
    while (d.head < d.backlog.length) {
      const s = pick(d);
      if (!s) break;
      const b = d.backlog[d.head]!;
      d.backlog[d.head++] = EMPTY;
      st.backlog--;
      st.backlogBytes -= b.length;
      deliver(s, b, 0, b.length);
    }
    if (d.head === d.backlog.length) {
      d.backlog = [];
      d.head = 0;
    } else if (d.head > 65536 && d.head * 2 > d.backlog.length) {
      d.backlog = d.backlog.slice(d.head);
      d.head = 0;
    }
  };

  const receipt = (c: SConn, f: RawFrame): void => {
    if (!f.find(K_RECEIPT)) return;
    const o = c.out;
    o.reserve(RECEIPT_HEAD.length + (f.ve - f.vs) + 3);
    o.bytes(RECEIPT_HEAD);
    o.range(f.buf, f.vs, f.ve);
    o.byte(LF);
    o.byte(LF);
    o.byte(NUL);
    o.done();
  };

  const error = (c: SConn, message: string): void => {
    const o = c.out;
    const m = Buffer.from(`ERROR\nmessage:${message.replace(/[\\\r\n:]/g, ' ')}\n\n\0`, 'utf8');
    o.reserve(m.length);
    o.bytes(m);
    o.flush();
    c.sock.end();
  };

  const onFrame = (c: SConn, f: RawFrame): void => {
    switch (f.command) {
      case 'SEND': {
        st.sends++;
        const d = destOf(f);
        if (!d) return error(c, 'SEND without a destination header');
        const waiting = d.head < d.backlog.length;
        const s = waiting ? null : pick(d);
        if (s) deliver(s, f.buf, f.bodyStart, f.bodyEnd);
        else if (st.backlogBytes + f.bodyLength <= backlogBytesMax) {
          d.backlog.push(Buffer.from(f.buf.subarray(f.bodyStart, f.bodyEnd))); // a copy: the chunk is the reader's
          st.backlog++;
          st.backlogBytes += f.bodyLength;
          if (waiting && d.subs.length > 0) pump(d);
        } else st.dropped++;
        receipt(c, f);
        return;
      }
      case 'ACK': {
        st.acks++;
        const id = f.find(K_ACK) || f.find(K_ID) || f.find(K_MESSAGE_ID);
        if (id) {
          // `<index>.<seq>`
          const b = f.buf;
          let i = f.vs;
          let index = 0;
          while (i < f.ve && b[i] !== 46) index = index * 10 + (b[i++]! - 48);
          let seq = 0;
          for (i++; i < f.ve; i++) seq = seq * 10 + (b[i]! - 48);
          const s = c.subs[index];
          if (s) {
            if (s.ackMode === 'client-individual') s.credit++;
            else if (s.ackMode === 'client' && seq > s.ackedSeq) {
              s.credit += seq - s.ackedSeq;
              s.ackedSeq = seq;
            }
            if (s.dest.head < s.dest.backlog.length) pump(s.dest);
          }
        }
        receipt(c, f);
        return;
      }
      case 'CONNECT':
      case 'STOMP':
        c.connected = true;
        c.out.reserve(CONNECTED.length);
        c.out.bytes(CONNECTED);
        c.out.done();
        return;
      case 'SUBSCRIBE': {
        const d = destOf(f);
        if (!d) return error(c, 'SUBSCRIBE without a destination header');
        const idRaw = f.find(K_ID) ? Buffer.from(f.buf.subarray(f.vs, f.ve)) : Buffer.from('0');
        const ackMode = (f.get(K_ACK) ?? 'auto') as Sub['ackMode'];
        if (ackMode !== 'auto' && ackMode !== 'client' && ackMode !== 'client-individual') return error(c, `bad ack mode ${ackMode}`);
        let prefetch = f.int(K_PREFETCH_AMQ);
        if (prefetch < 1) prefetch = f.int(K_PREFETCH_RMQ);
        const s: Sub = {
          conn: c,
          index: c.subs.length,
          idRaw,
          destRaw: d.destRaw,
          dest: d,
          ackMode,
          credit: ackMode === 'auto' || prefetch < 1 ? Infinity : prefetch,
          seq: 0,
          ackedSeq: 0,
        };
        c.subs.push(s);
        d.subs.push(s);
        receipt(c, f);
        pump(d);
        return;
      }
      case 'UNSUBSCRIBE': {
        const id = f.get(K_ID);
        for (let i = 0; i < c.subs.length; i++) {
          const s = c.subs[i];
          if (s && s.idRaw.toString('latin1') === id) {
            c.subs[i] = null;
            s.dest.subs = s.dest.subs.filter((x) => x !== s);
          }
        }
        receipt(c, f);
        return;
      }
      case 'DISCONNECT':
        receipt(c, f);
        c.out.flush();
        c.sock.end();
        return;
      case 'NACK':
      case 'BEGIN':
      case 'COMMIT':
      case 'ABORT':
        receipt(c, f);
        return;
      default:
        return error(c, `unexpected ${f.command} frame`);
    }
  };

  const drop = (c: SConn): void => {
    if (!conns.delete(c)) return;
    for (const s of c.subs) if (s) s.dest.subs = s.dest.subs.filter((x) => x !== s);
  };

  const server: Server = createServer((sock) => {
    sock.setNoDelay(true);
    const c: SConn = { sock, out: new Out(sock), subs: [], connected: false };
    conns.add(c);
    st.connections++;
    const reader = new StompReader((f) => onFrame(c, f));
    sock.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (e) {
        error(c, (e as Error).message);
      }
    });
    // A backed-up socket drained: its subscriptions can take waiting messages again.
    sock.on('drain', () => {
      for (const s of c.subs) if (s && s.dest.head < s.dest.backlog.length) pump(s.dest);
    });
    sock.on('error', () => drop(c));
    sock.on('close', () => drop(c));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 61613, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (options.port ?? 61613);
  return {
    host,
    port,
    address: `${host}:${port}`,
    stats: () => ({ ...st }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.sock.destroy();
        conns.clear();
        server.close(() => resolve());
      }),
  };
}

const EMPTY = Buffer.alloc(0);

function isMain(): boolean {
  const argv1 = process.argv[1];
  return argv1 !== undefined && import.meta.url === pathToFileURL(argv1).href;
}

if (isMain()) {
  const o = new Command()
    .description('A STOMP server that stores nothing (calibrates bench/stomp-load.ts)')
    .option('--port <n>', 'port (0: any)', (v) => Number(v), 61613)
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--backlog-mb <n>', 'bodies kept for destinations nobody can take from now (MiB)', (v) => Number(v), 512)
    .parse()
    .opts<{ port: number; host: string; backlogMb: number }>();
  const s = await startNullServer({ port: o.port, host: o.host, backlogBytesMax: o.backlogMb * 1024 * 1024 });
  console.log(`stomp-null-server listening on ${s.address}`);
  const stop = (): void => {
    console.log(`stomp-null-server: ${JSON.stringify(s.stats())}`);
    void s.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
