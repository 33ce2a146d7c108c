// The leader's side of the STOMP relay over real gRPC: a follower speaking another relay version
// or from another cluster is answered with an ERROR frame that says so; a relayed session runs
// like a direct one; a chunk that is not a StompChunk ends it without harm to the node.
import test from 'ava';
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../../proto/gen/fedmq.js';
import { FrameParser, STOMP_LIMITS_DEFAULT, encodeFrame, type StompFrame } from './frame.ts';
import { STOMP_RELAY_VERSION } from './relay.ts';
import { startTestNode, until } from '../test-node.ts';

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
