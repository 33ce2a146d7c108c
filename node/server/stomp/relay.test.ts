// The leader's side of the STOMP relay over real gRPC: a follower speaking another relay version
// or from another cluster is answered with an ERROR frame that says so; a relayed session runs
// like a direct one; a chunk that is not a StompChunk ends it without harm to the node.
import test, { type ExecutionContext } from 'ava';
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../../proto/gen/fedmq.js';
import { FrameParser, STOMP_LIMITS_DEFAULT, encodeFrame, type StompFrame } from './frame.ts';
import { createServer, connect as netConnect, type AddressInfo } from 'node:net';
import { STOMP_RELAY_VERSION, StompRelayClient } from './relay.ts';
import { createLogger } from '../../log.ts';
import { connectTo, startTestNode, until } from '../test-node.ts';

interface RelayCall {
  frames: StompFrame[];
  ended: Promise<void>;
  write(bytes: Buffer): void;
  raw(bytes: Buffer): void;
  cancel(): void;
}

function openRelay(address: string, md: Record<string, string>): RelayCall {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  for (const [k, v] of Object.entries(md)) metadata.set(k, v);
  const call = client.makeBidiStreamRequest('/fedmq.v1.StompRelay/Relay', (b: Buffer) => b, (b: Buffer) => b, metadata);
  const parser = new FrameParser(STOMP_LIMITS_DEFAULT);
  const frames: StompFrame[] = [];
  call.on('data', (raw: Buffer) => {
    for (const f of parser.push(Buffer.from(fedmq.v1.StompChunk.decode(raw).data))) if (f !== 'heartbeat') frames.push(f);
  });
  const ended = new Promise<void>((resolve) => {
    call.on('end', () => resolve());
    call.on('error', () => resolve());
  }).finally(() => client.close());
  return {
    frames,
    ended,
    write: (bytes) => call.write(Buffer.from(fedmq.v1.StompChunk.encode({ data: bytes }).finish())),
    raw: (bytes) => call.write(bytes),
    cancel: () => call.cancel(),
  };
}

const connectFrame = encodeFrame({ command: 'CONNECT', headers: [['accept-version', '1.2'], ['host', '/'], ['heart-beat', '0,0']], body: Buffer.alloc(0) }, '1.2');

/**
 * A follower's relay in this process, in front of `node` (the leader once `leader()` says so):
 * real sockets and real gRPC; the routing (who leads, leader changes) is the test's to drive.
 */
async function follower(t: ExecutionContext, leader: () => { id: number; address: string } | null): Promise<{ relay: StompRelayClient; port: number; leaderChanged(lead: number): void }> {
  const listeners = new Set<(lead: number) => void>();
  const relay = new StompRelayClient(
    {
      cluster: 'test',
      nodeId: 2,
      site: 'test',
      isLeader: () => false,
      leader,
      onLeaderChange: (fn) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      waitForLeaderMs: 1_000,
      grpcMessageBytesMax: 4 << 20,
      drainTimeoutMs: 5_000,
    },
    createLogger({ siteId: 'test', nodeId: 2, level: 'silent' }),
    () => t.fail('not the leader: nothing is served here'),
  );
  const server = createServer((socket) => relay.relay(socket));
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  t.teardown(() => {
    relay.close();
    server.close();
  });
  return { relay, port: (server.address() as AddressInfo).port, leaderChanged: (lead) => listeners.forEach((fn) => fn(lead)) };
}

test('a relay of another protocol version or another cluster is answered with an ERROR that says so', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const wrongVersion = openRelay(node.addresses.grpc, { 'fedmq-relay-version': '99', 'fedmq-cluster': 'test', 'fedmq-relay-from': '7', 'fedmq-peer': '127.0.0.1:1' });
  await wrongVersion.ended;
  t.is(wrongVersion.frames.length, 1);
  t.is(wrongVersion.frames[0]!.command, 'ERROR');
  t.regex(wrongVersion.frames[0]!.headers.find(([k]) => k === 'message')![1], new RegExp(`PROTOCOL_VERSION.*99.*speaks ${STOMP_RELAY_VERSION}`));

  const wrongCluster = openRelay(node.addresses.grpc, { 'fedmq-relay-version': String(STOMP_RELAY_VERSION), 'fedmq-cluster': 'elsewhere', 'fedmq-relay-from': '7' });
  await wrongCluster.ended;
  t.regex(wrongCluster.frames[0]!.headers.find(([k]) => k === 'message')![1], /CLUSTER_MISMATCH.*elsewhere/);
  t.is(node.stomp.stats.served, 0, 'no session was opened for either');
});

test('a relayed session is served like a direct one; a chunk that is not a StompChunk ends it and the node serves on', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const md = { 'fedmq-relay-version': String(STOMP_RELAY_VERSION), 'fedmq-cluster': 'test', 'fedmq-relay-from': '2', 'fedmq-peer': '127.0.0.1:5' };
  const r = openRelay(node.addresses.grpc, md);
  r.write(connectFrame);
  r.write(encodeFrame({ command: 'SEND', headers: [['destination', '/queue/relay'], ['persistent', 'true'], ['receipt', 'r1']], body: Buffer.from('one') }, '1.2'));
  await until('CONNECTED and the RECEIPT', () => r.frames.length === 2);
  t.deepEqual(r.frames.map((f) => f.command), ['CONNECTED', 'RECEIPT']);
  t.is(Number(node.sm.destination(1, 'relay')?.depth), 1, 'stored before the RECEIPT');
  t.is(node.stomp.stats.served, 1);

  // A subscription through the relay holds a delivery; garbage on the stream ends the session,
  // and the unacknowledged delivery returns to the queue.
  r.write(encodeFrame({ command: 'SUBSCRIBE', headers: [['destination', '/queue/relay'], ['id', 's'], ['ack', 'client-individual']], body: Buffer.alloc(0) }, '1.2'));
  await until('the MESSAGE', () => r.frames.length === 3);
  t.is(r.frames[2]!.command, 'MESSAGE');
  r.raw(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
  await r.ended;
  await until('the session closed', () => node.stomp.stats.served === 0);

  const again = openRelay(node.addresses.grpc, md);
  again.write(connectFrame);
  again.write(encodeFrame({ command: 'SUBSCRIBE', headers: [['destination', '/queue/relay'], ['id', 's'], ['ack', 'client-individual']], body: Buffer.alloc(0) }, '1.2'));
  await until('the message again', () => again.frames.length === 2);
  const m = again.frames[1]!;
  t.is(m.body.toString(), 'one');
  t.is(m.headers.find(([k]) => k === 'redelivered')?.[1], 'true', 'it was held by the ended session: flagged');
  again.cancel();
  await again.ended;
  await until('the cancelled relay closed its session', () => node.stomp.stats.served === 0);
});

test('a relayed consumer that reads is never held paused by large frames (drain is counted in bytes, not stream messages)', async (t) => {
  const node = await startTestNode(t, { stomp: true, stompConfig: { writeBufferBytesMax: 64 << 10, drainTimeoutMs: 1500 } });
  const sdk = await connectTo(t, node);
  const body = Buffer.alloc(100 << 10, 'x');
  await Promise.all(Array.from({ length: 20 }, (_, i) => sdk.send({ queue: 'large' }, body, { messageId: `l-${i}` })));
  const r = openRelay(node.addresses.grpc, { 'fedmq-relay-version': String(STOMP_RELAY_VERSION), 'fedmq-cluster': 'test', 'fedmq-relay-from': '2' });
  r.write(connectFrame);
  r.write(encodeFrame({ command: 'SUBSCRIBE', headers: [['destination', '/queue/large'], ['id', 's'], ['ack', 'auto'], ['activemq.prefetchSize', '20']], body: Buffer.alloc(0) }, '1.2'));
  await until('all 20 large messages', () => r.frames.filter((f) => f.command === 'MESSAGE').length === 20, 10_000);
  await until('resumed', () => node.stomp.stats.paused === 0, 1_000);
  await new Promise((res) => setTimeout(res, 1_700));
  t.is(node.stomp.stats.served, 1, 'not cut by the drain timeout');
  r.write(encodeFrame({ command: 'SEND', headers: [['destination', '/queue/after'], ['persistent', 'true'], ['receipt', 'after']], body: Buffer.from('x') }, '1.2'));
  await until('the RECEIPT', () => r.frames.some((f) => f.command === 'RECEIPT'));
  r.cancel();
  await r.ended;
});

test('a follower holds a client until a leader is known, then relays it for as long as it lasts', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  let leader: { id: number; address: string } | null = null;
  const f = await follower(t, () => leader);
  const frames: StompFrame[] = [];
  const parser = new FrameParser(STOMP_LIMITS_DEFAULT);
  const socket = netConnect(f.port, '127.0.0.1');
  t.teardown(() => socket.destroy());
  socket.on('data', (b: Buffer) => {
    for (const f of parser.push(b)) if (f !== 'heartbeat') frames.push(f);
  });
  socket.write(connectFrame);
  await new Promise((res) => setTimeout(res, 300));
  t.is(frames.length, 0, 'held while no leader is known');
  leader = { id: 1, address: node.addresses.grpc };
  f.leaderChanged(1);
  await until('CONNECTED through the relay', () => frames.length === 1);
  t.is(frames[0]!.command, 'CONNECTED');
  // Past the wait for a leader: the session goes on.
  await new Promise((res) => setTimeout(res, 1_200));
  socket.write(encodeFrame({ command: 'SEND', headers: [['destination', '/queue/held'], ['persistent', 'true'], ['receipt', 'r']], body: Buffer.from('x') }, '1.2'));
  await until('the RECEIPT', () => frames.length === 2);
  t.is(frames[1]!.command, 'RECEIPT');
  t.is(Number(node.sm.destination(1, 'held')?.depth), 1);
  // The leader changes: the client is told and the connection ends.
  const closed = new Promise<void>((res) => socket.on('close', () => res()));
  f.leaderChanged(3);
  await closed;
  t.is(frames[2]?.command, 'ERROR');
  t.regex(frames[2]!.headers.find(([k]) => k === 'message')![1], /LEADER_CHANGED/);
});

test('a client that reached a node before its site elected it leader is served there once it is', async (t) => {
  const node = await startTestNode(t, { stomp: true, noWait: true, raft: { electionTimeoutMs: 1_000 } });
  t.false(node.host.isLeader(), 'connected before the election');
  const [host, port] = node.addresses.stomp!.split(':');
  const socket = netConnect(Number(port), host!);
  t.teardown(() => socket.destroy());
  const frames: StompFrame[] = [];
  const parser = new FrameParser(STOMP_LIMITS_DEFAULT);
  socket.on('data', (b: Buffer) => {
    for (const f of parser.push(b)) if (f !== 'heartbeat') frames.push(f);
  });
  socket.write(connectFrame);
  socket.write(encodeFrame({ command: 'SEND', headers: [['destination', '/queue/early'], ['persistent', 'true'], ['receipt', 'r']], body: Buffer.from('x') }, '1.2'));
  await until('CONNECTED and the RECEIPT once elected', () => frames.length === 2, 10_000);
  t.deepEqual(frames.map((f) => f.command), ['CONNECTED', 'RECEIPT']);
  t.true(node.host.isLeader());
  t.is(Number(node.sm.destination(1, 'early')?.depth), 1);
  t.deepEqual(node.stomp.stats, { served: 1, relayed: 0, paused: 0 });
});

test('through a follower too, a client that sends and closes at once has its SENDs stored', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const { relay, port } = await follower(t, () => ({ id: 1, address: node.addresses.grpc }));
  const socket = netConnect(port, '127.0.0.1');
  t.teardown(() => socket.destroy());
  let text = '';
  socket.on('data', (b: Buffer) => (text += b.toString('latin1')));
  socket.write(connectFrame);
  await until('CONNECTED', () => text.includes('CONNECTED'));
  // A transaction first: its COMMIT waits for a quorum commit, so the close arrives while the
  // frames after it are still waiting their turn.
  let frames = 'BEGIN\ntransaction:t1\n\n\u0000';
  for (let i = 0; i < 10; i++) frames += `SEND\ndestination:/queue/relayed-fire\ntransaction:t1\npersistent:true\n\ntx${i}\u0000`;
  frames += 'COMMIT\ntransaction:t1\n\n\u0000';
  for (let i = 0; i < 10; i++) frames += `SEND\ndestination:/queue/relayed-fire\npersistent:true\n\nm${i}\u0000`;
  socket.end(frames + 'DISCONNECT\n\n\u0000');
  await until('all 20 stored', () => Number(node.sm.destination(1, 'relayed-fire')?.depth) === 20);
  await until('the relay and the session ended', () => relay.active === 0 && node.stomp.stats.served === 0);
  t.is(Number(node.sm.destination(1, 'relayed-fire')?.depth), 20);
});
