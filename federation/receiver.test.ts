// The receiving end of a bridge on a real node (gRPC, LMDB): every session fault is refused with
// a clear error and nothing is stored: another protocol version, another cluster, a site it does
// not federate with (a forged origin), the wrong target, malformed frames, a stale fence; and a
// batch for a destination it cannot place goes to its DLQ without stalling the link.
import test from 'ava';
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../proto/gen/fedmq.js';
import { connectTo, startTestNode } from '../node/server/test-node.ts';
import { FEDERATION_PROTOCOL_VERSION, federationServiceDefinition } from './receiver.ts';

const pb = fedmq.v1;
const Client = grpc.makeGenericClientConstructor(federationServiceDefinition, 'Federation');

/** Opens a raw bridge stream, writes `frames`, and collects replies until the stream ends (bounded). */
async function exchange(address: string, frames: Buffer[], opts: { waitAcks?: number; timeoutMs?: number } = {}): Promise<fedmq.v1.BridgeReply[]> {
  const client = new Client(address, grpc.credentials.createInsecure());
  const call = client.makeBidiStreamRequest(federationServiceDefinition['Bridge']!.path, (b: Buffer) => b, (b: Buffer) => b, new grpc.Metadata(), {}) as grpc.ClientDuplexStream<Buffer, Buffer>;
  const replies: fedmq.v1.BridgeReply[] = [];
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(replies), opts.timeoutMs ?? 5_000);
      const done = (): void => {
        clearTimeout(timer);
        resolve(replies);
      };
      call.on('data', (b: Buffer) => {
        const r = pb.BridgeReply.decode(b);
        replies.push(r);
        if (r.closing || (opts.waitAcks !== undefined && replies.filter((x) => x.ack).length >= opts.waitAcks)) done();
      });
      call.on('end', done);
      call.on('error', done);
      for (const f of frames) call.write(f);
    });
  } finally {
    call.cancel();
    client.close();
  }
}

const hello = (h: Partial<fedmq.v1.IBridgeHello> = {}): Buffer =>
  Buffer.from(
    pb.BridgeFrame.encode({
      hello: { protocolVersion: FEDERATION_PROTOCOL_VERSION, cluster: 'test', originSite: 'east', targetSite: 'west', bridge: 'east->west', fence: { leaderTerm: 5, session: 10 }, hopLimit: 1, ...h },
    }).finish(),
  );
const batch = (seq: number, ids: string[], queue = 'orders'): Buffer =>
  Buffer.from(
    pb.BridgeFrame.encode({
      batch: { batchSeq: seq, messages: ids.map((id) => ({ message: { id, destination: { kind: 1, name: queue }, body: Buffer.from(id), persistent: true, priority: 4 }, originSite: 'east', path: ['east'] })) },
    }).finish(),
  );

const westNode = (t: import('ava').ExecutionContext, broker?: Record<string, unknown>) =>
  startTestNode(t, { site: 'west', federation: { sites: [{ name: 'east', nodes: ['127.0.0.1:1'] }] }, ...(broker ? { broker } : {}) });

test('a good session stores its batches in order and answers each after commit', async (t) => {
  const node = await westNode(t);
  const replies = await exchange(node.addresses.grpc, [hello(), batch(1, ['a', 'b']), batch(2, ['c', 'a'])], { waitAcks: 2 });
  t.truthy(replies[0]!.welcome);
  const acks = replies.filter((r) => r.ack).map((r) => [Number(r.ack!.batchSeq), r.ack!.outcomes]);
  t.deepEqual(acks, [
    [1, [pb.BridgedOutcome.BRIDGED_STORED, pb.BridgedOutcome.BRIDGED_STORED]],
    [2, [pb.BridgedOutcome.BRIDGED_STORED, pb.BridgedOutcome.BRIDGED_DUPLICATE]],
  ]);
  const client = await connectTo(t, node);
  t.deepEqual((await client.browse({ queue: 'orders' })).map((m) => m.id), ['a', 'b', 'c']);
});

for (const [what, frames, code, pattern] of [
  ['another protocol version', [hello({ protocolVersion: 99 })], 'PROTOCOL_VERSION', /protocol 1; east sent 99/],
  ['another cluster', [hello({ cluster: 'other' })], 'CLUSTER_MISMATCH', /cluster "other"/],
  ['a site it does not federate with (forged origin)', [hello({ originSite: 'mallory' })], 'UNKNOWN_SITE', /"mallory" is not one this site federates with/],
  ['the wrong target', [hello({ targetSite: 'north' })], 'UNKNOWN_SITE', /targets site "north"/],
  ['a malformed frame', [Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])], 'BAD_FRAME', /not a valid protobuf/],
  ['a batch before the hello', [batch(1, ['x'])], 'BAD_FRAME', /must carry a BridgeHello/],
  ['a second hello', [hello(), hello()], 'BAD_FRAME', /only be sent once/],
] as const) {
  test(`a session with ${what} is refused with ${code}, and nothing is stored`, async (t) => {
    const node = await westNode(t);
    const replies = await exchange(node.addresses.grpc, [...frames, batch(7, ['never'])]);
    const closing = replies.find((r) => r.closing)?.closing;
    t.is(closing?.code, code);
    t.regex(closing?.message ?? '', pattern);
    t.false(node.sm.knowsMessageId('never'));
    t.is(node.sm.destination(1, 'orders'), undefined);
  });
}

test('a session with a fence below one already applied for its origin is refused with FENCED', async (t) => {
  const node = await westNode(t);
  await exchange(node.addresses.grpc, [hello({ fence: { leaderTerm: 6, session: 1 } }), batch(1, ['new'])], { waitAcks: 1 });
  const replies = await exchange(node.addresses.grpc, [hello({ fence: { leaderTerm: 5, session: 99 } }), batch(1, ['stale'])]);
  const closing = replies.find((r) => r.closing)?.closing;
  t.is(closing?.code, 'FENCED');
  t.regex(closing?.message ?? '', /newer fence \(epoch 0, term 6, session 1\)/);
  const client = await connectTo(t, node);
  t.deepEqual((await client.browse({ queue: 'orders' })).map((m) => m.id), ['new']);
});

test('a batch for a destination it cannot place goes to its DLQ with a reason, and the link goes on', async (t) => {
  const node = await westNode(t, { autoCreate: false });
  const replies = await exchange(node.addresses.grpc, [hello(), batch(1, ['lost-1'], 'nowhere'), batch(2, ['lost-2'], 'nowhere')], { waitAcks: 2 });
  t.deepEqual(replies.filter((r) => r.ack).map((r) => r.ack!.outcomes), [[pb.BridgedOutcome.BRIDGED_DEAD_LETTERED], [pb.BridgedOutcome.BRIDGED_DEAD_LETTERED]]);
  const client = await connectTo(t, node);
  const dlq = await client.browse({ queue: 'DLQ' });
  t.deepEqual(dlq.map((m) => m.id), ['lost-1', 'lost-2']);
  t.regex(String(dlq[0]!.headers['dlqDeliveryFailureCause']), /bridged from east: queue:\/\/nowhere does not exist here/);
});

test('a bridged message a local consumer can take is handed over with its batch entry (no dispatch entry), origin and path kept', async (t) => {
  const node = await westNode(t);
  const consumer = await connectTo(t, node);
  const got: Array<{ id: string; redelivered: boolean }> = [];
  await consumer.subscribe({ queue: 'orders' }, (m) => void got.push({ id: m.id, redelivered: m.redelivered }), { prefetch: 10, ackMode: 'client' });
  // A bridge from west back to east, as the forwarder would make it: it must never take a
  // message that came from east (its accept looks at the origin and path the message carries).
  const backToEast: string[] = [];
  const s = node.core.openSession('fedmq-bridge-east', { deliver: (d) => void backToEast.push(d.message?.id ?? ''), close: () => undefined });
  t.teardown(() => node.core.closeSession(s));
  node.core.subscribeBridge(s, 'bridge-orders', 'orders', 100, (m) => !(m.path ?? []).includes('east') && m.originSite !== 'east');
  // The queue exists (dispatch-now needs it); then a batch of two.
  await exchange(node.addresses.grpc, [hello(), batch(1, ['first'])], { waitAcks: 1 });
  const until = async (cond: () => boolean): Promise<void> => {
    for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  };
  await until(() => got.length === 1);
  const before = node.host.status().appliedState;
  const replies = await exchange(node.addresses.grpc, [hello({ fence: { leaderTerm: 5, session: 11 } }), batch(1, ['a', 'b'])], { waitAcks: 1 });
  t.deepEqual(replies.find((r) => r.ack)!.ack!.outcomes, [pb.BridgedOutcome.BRIDGED_STORED, pb.BridgedOutcome.BRIDGED_STORED]);
  await until(() => got.length === 3);
  t.deepEqual(got.map((g) => g.id), ['first', 'a', 'b']);
  t.is(node.host.status().appliedState - before, 1, 'one entry: the bridged batch, carrying the hand-over');
  t.deepEqual(backToEast, [], 'nothing from east goes back to east');
  // With the local consumer full (prefetch 10 held), a message from east is still not the bridge's to take.
  await exchange(node.addresses.grpc, [hello({ fence: { leaderTerm: 5, session: 12 } }), batch(1, Array.from({ length: 10 }, (_, i) => `x${i}`))], { waitAcks: 1 });
  await until(() => got.length === 10);
  t.is(got.length, 10);
  t.deepEqual(backToEast, []);
  t.is(Number(node.sm.destination(1, 'orders')?.depth), 13, 'all stored, none lost');
});
