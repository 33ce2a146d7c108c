// A seeded fuzz of the STOMP listener on a real node (real sockets, real LMDB): hundreds of
// connections throw thousands of random and mutated frames at it, cut into random chunks, while a
// well-behaved client sends persistent messages with receipts. Afterwards the node is up and
// serving, no connection is left behind, every receipted message is stored exactly once and
// consumed exactly once, and the store's counters agree with what it holds.
import test from 'ava';
import { seededRandom } from '../../raft/core/prng.ts';
import { connect } from 'node:net';
import { encodeFrame, type StompFrame } from './frame.ts';
import { connectTo, startTestNode, until } from '../test-node.ts';
import type { RunningNode } from '../node.ts';

const SEED = Number(process.env['FEDMQ_FUZZ_SEED'] ?? 20261125);
const CONNECTIONS = 400;
const PARALLEL = 8;
/** One fuzz connection lives this long at most. */
const CONNECTION_MS = 400;


const f = (command: string, headers: Array<[string, string]>, body = ''): StompFrame => ({ command, headers, body: Buffer.from(body) });

function validFrames(rand: () => number, n: number): StompFrame[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const dest = (): string => pick(['/queue/fuzz.a', '/queue/fuzz.b', '/topic/fuzz.t', '/queue/fuzz.*', '/topic/fuzz.>', '/queue/', '/nowhere/x']);
  return [
    f('CONNECT', [['accept-version', pick(['1.0', '1.1', '1.2', '1.2,1.1', '2.0'])], ['host', '/'], ['heart-beat', pick(['0,0', '0,0', '100,100', 'x,y'])], ...(rand() < 0.3 ? ([['client-id', `fz${n}`]] as Array<[string, string]>) : [])]),
    f('SEND', [['destination', dest()], ['persistent', pick(['true', 'false'])], ['receipt', `r${n}`], ['priority', pick(['0', '4', '9', '12', 'x'])]], 'payload'),
    f('SEND', [['destination', dest()], ['transaction', pick(['tx1', 'tx2'])]], 'in a transaction'),
    f('SEND', [['destination', dest()], ['content-length', '3']], 'a\u0000b'),
    f('SUBSCRIBE', [['destination', dest()], ['id', pick(['s1', 's2'])], ['ack', pick(['auto', 'client', 'client-individual', 'sometimes'])], ['selector', pick(['', 'color = 1', 'x IN (', "a LIKE 'b%'"])], ['activemq.prefetchSize', pick(['1', '10', '0', '-3'])]]),
    f('SUBSCRIBE', [['destination', '/topic/fuzz.t'], ['id', 'd1'], ['durable', 'true'], ['activemq.subscriptionName', `sub${n % 3}`]]),
    f('UNSUBSCRIBE', [['id', pick(['s1', 's2', 'nope'])]]),
    f('ACK', [['id', pick(['stomp-s1:1', 'stomp-s1:2', 'junk', 'stomp-s2:99'])]]),
    f('NACK', [['id', pick(['stomp-s1:1', 'stomp-s2:1', ':'])]]),
    f('BEGIN', [['transaction', pick(['tx1', 'tx2'])]]),
    f('COMMIT', [['transaction', pick(['tx1', 'tx2', 'tx9'])]]),
    f('ABORT', [['transaction', pick(['tx1', 'tx2'])]]),
    f('DISCONNECT', [['receipt', `bye${n}`]]),
    f(pick(['MESSAGE', 'RECEIPT', 'CONNECTED', 'HELLO', 'send', '']), [['destination', '/queue/x']]),
  ];
}

function mutate(rand: () => number, bytes: Buffer): Buffer {
  const b = Buffer.from(bytes);
  const ops = 1 + Math.floor(rand() * 4);
  let out = b;
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(rand() * Math.max(1, out.length));
    switch (Math.floor(rand() * 8)) {
      case 0: // flip a byte
        if (out.length) out[at] = Math.floor(rand() * 256);
        break;
      case 1: // truncate
        out = out.subarray(0, at);
        break;
      case 2: // insert a special byte
        out = Buffer.concat([out.subarray(0, at), Buffer.from([[0, 10, 13, 58, 92, 0xc3, 0xff][Math.floor(rand() * 7)]!]), out.subarray(at)]);
        break;
      case 3: // duplicate a slice
        out = Buffer.concat([out.subarray(0, at), out.subarray(Math.floor(rand() * out.length)), out.subarray(at)]);
        break;
      case 4: // a huge or negative content-length
        out = Buffer.from(out.toString('latin1').replace(/\n/, `\ncontent-length:${['99999999999', '-1', '1e3', '5'][Math.floor(rand() * 4)]}\n`), 'latin1');
        break;
      case 5: // many headers
        out = Buffer.from(out.toString('latin1').replace(/\n/, '\n' + 'h:v\n'.repeat(Math.floor(rand() * 3000))), 'latin1');
        break;
      case 6: // a long header line
        out = Buffer.from(out.toString('latin1').replace(/\n/, `\nlong:${'x'.repeat(Math.floor(rand() * 200_000))}\n`), 'latin1');
        break;
      default: // random bytes
        out = Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256)))]);
    }
  }
  return out;
}

/** One fuzz connection: a CONNECT (mostly valid), then valid, mutated and random frames, cut into random chunks. */
function fuzzConnection(node: RunningNode, rand: () => number, n: number): Promise<number> {
  const [host, port] = node.addresses.stomp!.split(':');
  const frames = validFrames(rand, n);
  const parts: Buffer[] = [];
  const connectFrame = encodeFrame(f('CONNECT', [['accept-version', '1.2'], ['host', '/'], ['heart-beat', '0,0']]), '1.2');
  parts.push(rand() < 0.8 ? connectFrame : mutate(rand, connectFrame));
  const count = 2 + Math.floor(rand() * 14);
  for (let i = 0; i < count; i++) {
    const r = rand();
    const frame = frames[Math.floor(rand() * frames.length)]!;
    let bytes: Buffer;
    try {
      bytes = encodeFrame(frame, '1.2');
    } catch {
      bytes = Buffer.from(`${frame.command}\n\n\u0000`);
    }
    parts.push(r < 0.5 ? bytes : r < 0.9 ? mutate(rand, bytes) : Buffer.from(Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 256))));
  }
  const all = Buffer.concat(parts);
  const chunks: Buffer[] = [];
  for (let at = 0; at < all.length; ) {
    const len = 1 + Math.floor(rand() * (rand() < 0.5 ? 16 : 4096));
    chunks.push(all.subarray(at, at + len));
    at += len;
  }
  return new Promise((resolve) => {
    const socket = connect(Number(port), host!);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(count + 1);
    };
    const timer = setTimeout(finish, CONNECTION_MS);
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('data', () => undefined);
    socket.on('connect', () => {
      for (const c of chunks) if (!socket.destroyed) socket.write(c);
      // Some connections end politely, some vanish mid-frame.
      if (rand() < 0.5) socket.end();
    });
  });
}

test('thousands of random and mutated frames: the node stays up, nothing receipted is lost, the store stays consistent', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const rand = seededRandom(SEED);

  // A well-behaved client throughout: persistent sends with receipts over STOMP.
  const [host, port] = node.addresses.stomp!.split(':');
  const witness = connect(Number(port), host!);
  const receipts = new Set<string>();
  let witnessBuf = '';
  witness.on('data', (b: Buffer) => {
    witnessBuf += b.toString('latin1');
    for (let i = witnessBuf.indexOf('\u0000'); i >= 0; i = witnessBuf.indexOf('\u0000')) {
      const frame = witnessBuf.slice(0, i);
      witnessBuf = witnessBuf.slice(i + 1).replace(/^\n+/, '');
      const m = /^RECEIPT\n(?:.*\n)*?receipt-id:(w-\d+)\n/.exec(frame);
      if (m) receipts.add(m[1]!);
      else if (frame.startsWith('ERROR')) t.fail(`the witness got an ERROR: ${frame}`);
    }
  });
  t.teardown(() => witness.destroy());
  await new Promise<void>((r) => witness.on('connect', () => r()));
  witness.write(encodeFrame(f('CONNECT', [['accept-version', '1.2'], ['host', '/'], ['heart-beat', '0,0']]), '1.2'));
  let witnessSent = 0;
  const witnessTimer = setInterval(() => {
    const id = `w-${witnessSent++}`;
    witness.write(encodeFrame(f('SEND', [['destination', '/queue/witness'], ['persistent', 'true'], ['receipt', id], ['fedmq-msg-id', id]], id), '1.2'));
  }, 5);
  t.teardown(() => clearInterval(witnessTimer));

  let frames = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < CONNECTIONS) {
      const sent = await fuzzConnection(node, rand, next++);
      frames += sent;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  clearInterval(witnessTimer);
  t.log(`seed ${SEED}: ${CONNECTIONS} connections, ${frames} frames; the witness sent ${witnessSent}`);
  t.true(frames >= 3000, 'thousands of frames');

  await until('every witness send answered', () => receipts.size === witnessSent, 10_000);
  witness.end();
  // No connection left behind (the fuzz ones closed, by them or by the node).
  await until('every connection closed', () => node.stomp.stats.served === 0, 10_000);

  // The store: each destination's counters agree with the messages it holds; totals add up.
  let messages = 0;
  let bytes = 0;
  for (const d of node.sm.destinations()) {
    let count = 0;
    let size = 0;
    for (const { stored } of node.sm.messages(d.id)) {
      count++;
      size += Number(stored.size);
    }
    t.is(count, Number(d.depth), `depth of ${d.destination?.name ?? d.durableSubscription}`);
    t.is(size, Number(d.bytes), `bytes of ${d.destination?.name ?? d.durableSubscription}`);
    messages += count;
    bytes += size;
  }
  t.is(Number(node.sm.totals().messages), messages);
  t.is(Number(node.sm.totals().bytes), bytes);

  // The node serves on, and every receipted witness message is there exactly once.
  t.is(Number(node.sm.destination(1, 'witness')?.depth), witnessSent);
  const sdk = await connectTo(t, node);
  const seen = new Map<string, number>();
  await sdk.subscribe({ queue: 'witness' }, async (m) => {
    seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
  });
  await until('every witness message consumed', () => seen.size === witnessSent, 10_000);
  t.true([...seen.values()].every((n) => n === 1), 'each once');
  for (const id of receipts) t.true(seen.has(id), `${id} kept`);
});
