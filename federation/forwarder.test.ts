// The sending end of a bridge on a real node (gRPC, LMDB) against a target that takes the stream
// and then stops acknowledging: the link state turns 'stalled' (a backlog with no progress) after
// stalledAfterMs, visible in /bridges and as the fedmq_bridge_link_state metric, and returns to
// 'connected' with the next acknowledgement; nothing is removed at the origin before that.
import test from 'ava';
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../proto/gen/fedmq.js';
import { connectTo, startTestNode, until } from '../node/server/test-node.ts';
import { FEDERATION_PROTOCOL_VERSION, federationServiceDefinition } from './receiver.ts';

const pb = fedmq.v1;

/** A target site that welcomes a bridge and holds its batches until told to acknowledge them. */
async function silentTarget(t: import('ava').ExecutionContext): Promise<{ address: string; batches: number[]; ackAll(): void }> {
  const batches: number[] = [];
  let call: grpc.ServerDuplexStream<Buffer, Buffer> | null = null;
  const server = new grpc.Server();
  server.addService(federationServiceDefinition, {
    Bridge: (c: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      call = c;
      c.on('data', (b: Buffer) => {
        const f = pb.BridgeFrame.decode(b);
        if (f.hello) c.write(Buffer.from(pb.BridgeReply.encode({ welcome: { protocolVersion: FEDERATION_PROTOCOL_VERSION, nodeId: 9, demand: [] } }).finish()));
        if (f.batch) batches.push(Number(f.batch.batchSeq));
      });
      c.on('error', () => undefined);
    },
  });
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? rej(err) : res(p))));
  t.teardown(() => server.forceShutdown());
  return {
    address: `127.0.0.1:${port}`,
    batches,
    ackAll: () => {
      for (const seq of batches.splice(0)) call?.write(Buffer.from(pb.BridgeReply.encode({ ack: { batchSeq: seq, outcomes: [pb.BridgedOutcome.BRIDGED_STORED] } }).finish()));
    },
  };
}

interface BridgeView {
  state: string;
  pendingMessages: number;
  lastError: string;
}

/** Polls /bridges (bounded) until the first bridge satisfies `cond`; returns that view. */
async function bridgeWhen(admin: string, what: string, cond: (b: BridgeView) => boolean, timeoutMs = 5_000): Promise<BridgeView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await fetch(`http://${admin}/bridges`);
    const b = ((await r.json()) as { bridges: BridgeView[] }).bridges[0];
    if (b && cond(b)) return b;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(b)})`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

test('a link whose target stops acknowledging is reported stalled, and connected again once it acknowledges', async (t) => {
  const west = await silentTarget(t);
  const east = await startTestNode(t, {
    site: 'east',
    federation: { sites: [{ name: 'west', nodes: [west.address] }], bridges: [{ to: 'west', queues: ['orders'], static: true, stalledAfterMs: 300, batchSize: 10 }] },
  });
  await bridgeWhen(east.addresses.admin, 'connected', (b) => b.state === 'connected');
  const producer = await connectTo(t, east);
  await producer.send({ queue: 'orders' }, 'one', { messageId: 'o-1' });
  await until('the batch sent', () => west.batches.length === 1);
  const view = await bridgeWhen(east.addresses.admin, 'stalled', (b) => b.state === 'stalled');
  t.is(view.pendingMessages, 1);
  t.regex(view.lastError, /no acknowledgement from west for \d+ ms with 1 messages on the link/);
  t.is(Number(east.sm.destination(1, 'orders')?.depth), 1, 'kept at the origin while unacknowledged');
  const metrics = await (await fetch(`http://${east.addresses.admin}/metrics`)).text();
  t.regex(metrics, /fedmq_bridge_link_state\{[^}]*state="stalled"[^}]*\} 1/);
  west.ackAll();
  const again = await bridgeWhen(east.addresses.admin, 'connected again', (b) => b.state === 'connected');
  t.is(again.state, 'connected');
  await until('removed at the origin once acknowledged', () => Number(east.sm.destination(1, 'orders')?.depth) === 0);
  t.is(Number(east.sm.destination(1, 'orders')!.acked), 1);
});

test('a link that was idle is not reported stalled by the first message it carries', async (t) => {
  const west = await silentTarget(t);
  const east = await startTestNode(t, {
    site: 'east',
    federation: { sites: [{ name: 'west', nodes: [west.address] }], bridges: [{ to: 'west', queues: ['orders'], static: true, stalledAfterMs: 300, batchSize: 10 }] },
  });
  await bridgeWhen(east.addresses.admin, 'connected', (b) => b.state === 'connected');
  // Idle for longer than stalledAfterMs, then one message, acknowledged 150 ms after it left.
  await new Promise((res) => setTimeout(res, 600));
  const producer = await connectTo(t, east);
  await producer.send({ queue: 'orders' }, 'one', { messageId: 'o-1' });
  await until('the batch sent', () => west.batches.length === 1);
  const states = new Set<string>();
  const deadline = Date.now() + 150;
  while (Date.now() < deadline) {
    states.add((await bridgeWhen(east.addresses.admin, 'any state', () => true)).state);
    await new Promise((res) => setTimeout(res, 10));
  }
  west.ackAll();
  await until('removed at the origin once acknowledged', () => Number(east.sm.destination(1, 'orders')?.depth) === 0);
  t.deepEqual([...states], ['connected'], 'never stalled: the message waited 150 ms, not the idle time before it');
});
