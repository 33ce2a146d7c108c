// Backpressure on the STOMP listener, over a real socket and a real node: a consumer is held to
// its prefetch; a client that stops reading what it is sent has its connection paused (no more
// frames read from it) once the unsent bytes pass the limit, and cut after the drain timeout, its
// unacknowledged messages returning; a client that starts reading again in time is resumed.
import test, { type ExecutionContext } from 'ava';
import { connect, type Socket } from 'node:net';
import { FrameParser, STOMP_LIMITS_DEFAULT, encodeFrame, type StompFrame } from './frame.ts';
import { connectTo, startTestNode, until } from '../test-node.ts';
import type { RunningNode } from '../node.ts';

const MESSAGES = 300;
const BODY = Buffer.alloc(100 << 10, 'b');

async function fill(t: ExecutionContext, node: RunningNode, queue: string): Promise<void> {
  const c = await connectTo(t, node);
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < MESSAGES; i++) sends.push(c.send({ queue }, BODY, { messageId: `m-${i}` }));
  await Promise.all(sends);
}

interface RawClient {
  socket: Socket;
  frames: StompFrame[];
  closed: Promise<void>;
  write(f: StompFrame): void;
}

function raw(t: ExecutionContext, node: RunningNode): Promise<RawClient> {
  const [host, port] = node.addresses.stomp!.split(':');
  const parser = new FrameParser({ ...STOMP_LIMITS_DEFAULT, bodyBytesMax: 1 << 20 });
  const frames: StompFrame[] = [];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), host!, () => {
      const closed = new Promise<void>((res) => socket.on('close', () => res()));
      resolve({ socket, frames, closed, write: (f) => socket.write(encodeFrame(f, '1.2')) });
    });
    socket.on('error', reject);
    socket.on('data', (b: Buffer) => {
      for (const f of parser.push(b)) if (f !== 'heartbeat') frames.push(f);
    });
    t.teardown(() => socket.destroy());
  });
}

const frame = (command: string, headers: Array<[string, string]>, body = Buffer.alloc(0)): StompFrame => ({ command, headers, body });

/**
 * A node holding MESSAGES large messages, and a client subscribed to them with a prefetch of all
 * of them that reads nothing: the node's writes back up past 64 KiB and it pauses the connection.
 * Then the client writes a persistent SEND, which a paused connection must not read.
 */
async function stalledClient(t: ExecutionContext, drainTimeoutMs: number, ack: 'auto' | 'client-individual'): Promise<{ node: RunningNode; c: RawClient }> {
  const node = await startTestNode(t, { stomp: true, stompConfig: { writeBufferBytesMax: 64 << 10, drainTimeoutMs } });
  await fill(t, node, 'big');
  const c = await raw(t, node);
  c.write(frame('CONNECT', [['accept-version', '1.2'], ['host', '/'], ['heart-beat', '0,0']]));
  await until('CONNECTED', () => c.frames.length === 1);
  c.socket.pause();
  c.write(frame('SUBSCRIBE', [['destination', '/queue/big'], ['id', 's'], ['ack', ack], ['activemq.prefetchSize', String(MESSAGES)]]));
  await until('the connection paused', () => node.stomp.stats.paused === 1);
  c.write(frame('SEND', [['destination', '/queue/late'], ['persistent', 'true'], ['receipt', 'late']], Buffer.from('late')));
  await new Promise((r) => setTimeout(r, 200));
  return { node, c };
}

test('a client that stops reading is paused past the write limit, then cut after the drain timeout; what it held returns', async (t) => {
  const { node } = await stalledClient(t, 1500, 'client-individual');
  t.deepEqual(node.stomp.stats, { served: 1, relayed: 0, paused: 1 }, 'paused, not cut at once');
  await until('cut after the drain timeout', () => node.stomp.stats.served === 0, 5_000);
  t.is(node.sm.destination(1, 'late'), undefined, 'the SEND sent while paused was never read');
  // Everything it held is back: a new consumer gets all of them, the delivered ones flagged.
  t.is(Number(node.sm.destination(1, 'big')?.depth), MESSAGES, 'nothing was lost');
  const sdk = await connectTo(t, node);
  const seen = new Set<string>();
  let redelivered = 0;
  await sdk.subscribe(
    { queue: 'big' },
    async (m) => {
      seen.add(m.id);
      if (m.redelivered) redelivered++;
    },
    { prefetch: 100 },
  );
  await until('every message consumed again', () => seen.size === MESSAGES, 10_000);
  t.true(redelivered > 0, 'the deliveries sent before the cut come back flagged redelivered');
  await until('all acknowledged', () => Number(node.sm.destination(1, 'big')?.depth) === 0);
});

test('a client that reads again before the drain timeout is resumed and gets everything', async (t) => {
  const { node, c } = await stalledClient(t, 10_000, 'auto');
  t.is(node.sm.destination(1, 'late'), undefined, 'not read while paused');
  c.socket.resume();
  await until('every message and the RECEIPT', () => c.frames.filter((f) => f.command === 'MESSAGE').length === MESSAGES && c.frames.some((f) => f.command === 'RECEIPT'), 10_000);
  t.is(node.stomp.stats.paused, 0, 'resumed');
  t.is(node.stomp.stats.served, 1, 'not cut');
  t.is(Number(node.sm.destination(1, 'late')?.depth), 1, 'the SEND was read once resumed');
  await until('auto acks applied', () => Number(node.sm.destination(1, 'big')?.depth) === 0);
});
