// The gRPC Raft transport against real gRPC servers on 127.0.0.1 (bound first, port 0, then
// handed to the transports), real sockets and, for the kill and clean-exit tests, child processes.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import * as grpc from '@grpc/grpc-js';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { fedmq } from '../../../proto/gen/fedmq.js';
import { silentLogger } from '../../log.ts';
import type { Logger } from '../../log.ts';
import { EMPTY_BYTES, EntryType, MessageType, message } from '../core/index.ts';
import type { Message, SnapshotMeta } from '../core/index.ts';
import {
  GrpcRaftTransport,
  RAFT_STREAM_PATH,
  SNAPSHOT_CHUNK_BYTES_LIMIT,
  raftGrpcServerOptions,
  resolveTransportLimits,
} from './index.ts';
import type { RaftTransportLimits } from './index.ts';
import type { SnapshotReader, StagedSnapshot } from '../state-machine.ts';
import type { TransportHandler } from '../transport-types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const CLUSTER = 'test-cluster';
const SITE = 'site-a';
const MiB = 1 << 20;
// A reset is seen within milliseconds on loopback (the tests log the figures). The bound is loose
// because a killed process's sockets close only once the kernel has torn it down, and this runs on
// 2 shared cores; it still tells reset-driven detection from the keepalive's (about 15 s).
const UNREACHABLE_BOUND_MS = 2_000;

// ---------------------------------------------------------------- helpers

/**
 * Polls `fn` every few ms until it holds, or fails after `timeoutMs`. Deadlines are generous (this
 * runs on 2 shared cores); a healthy run returns as soon as the condition holds.
 */
async function waitFor(fn: () => boolean, opts: { timeoutMs: number; what: string; intervalMs?: number; detail?: () => unknown }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (fn()) return;
    if (Date.now() > deadline) {
      const detail = opts.detail ? `; state: ${JSON.stringify(opts.detail())}` : '';
      throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 5));
  }
}

/** A TransportHandler that records everything, and serves a snapshot image when asked. */
class Recorder implements TransportHandler {
  readonly msgs: Message[] = [];
  readonly unreachable: { nodeId: number; atMs: number }[] = [];
  readonly snapshots: { m: Message; staged: StagedSnapshot; data: Buffer }[] = [];
  readonly sent: { to: number; ok: boolean }[] = [];
  image: { meta: SnapshotMeta; data: Uint8Array } | null = null;
  readersOpened = 0;
  readersClosed = 0;
  chunkBytesAsked: number[] = [];

  onMessages(msgs: Message[]): void {
    this.msgs.push(...msgs);
  }

  onPeerUnreachable(nodeId: number): void {
    this.unreachable.push({ nodeId, atMs: performance.now() });
  }

  onSnapshotReceived(m: Message, staged: StagedSnapshot): void {
    this.snapshots.push({ m, staged, data: readFileSync(staged.path) });
  }

  openSnapshot(): SnapshotReader {
    const image = this.image;
    if (!image) throw new Error('no snapshot image in this test');
    this.readersOpened++;
    let closed = false;
    return {
      meta: image.meta,
      chunks: (chunkBytesMax: number) => {
        this.chunkBytesAsked.push(chunkBytesMax);
        return (async function* () {
          for (let at = 0; at < image.data.length; at += chunkBytesMax) {
            await new Promise((r) => setImmediate(r)); // a real reader reads from LMDB between chunks
            yield image.data.subarray(at, Math.min(at + chunkBytesMax, image.data.length));
          }
        })();
      },
      close: () => {
        if (closed) return;
        closed = true;
        this.readersClosed++;
      },
    };
  }

  onSnapshotSent(to: number, ok: boolean): void {
    this.sent.push({ to, ok });
  }

  from(nodeId: number): Message[] {
    return this.msgs.filter((m) => m.from === nodeId);
  }

  unreachableCount(nodeId: number): number {
    return this.unreachable.filter((u) => u.nodeId === nodeId).length;
  }
}

interface TestNode {
  id: number;
  addr: string;
  port: number;
  server: grpc.Server;
  transport: GrpcRaftTransport;
  handler: Recorder;
  stagingDir: string;
}

/** A gRPC server bound on 127.0.0.1 (port 0: any free port), shut down with the test. */
async function bindServer(t: ExecutionContext, port: number, limits?: Partial<RaftTransportLimits>): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server(raftGrpcServerOptions(limits));
  t.teardown(() => server.forceShutdown());
  const bound = await new Promise<number>((res, rej) =>
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? rej(err) : res(p))),
  );
  return { server, port: bound };
}

/** An address nothing listens on (bound, then released). */
async function deadAddr(t: ExecutionContext): Promise<string> {
  const { server, port } = await bindServer(t, 0);
  server.forceShutdown();
  return `127.0.0.1:${port}`;
}

function tempDir(t: ExecutionContext, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface NodeOpts {
  clusterId?: string;
  limits?: Partial<RaftTransportLimits>;
  logger?: Logger;
}

/** Starts a transport for `id` on an already bound server; torn down with the test. */
function startTransport(t: ExecutionContext, id: number, server: grpc.Server, port: number, peers: Map<number, string>, opts: NodeOpts = {}): TestNode {
  const handler = new Recorder();
  const stagingDir = tempDir(t, `fedmq-staging-${id}-`);
  const transport = new GrpcRaftTransport({
    identity: { clusterId: opts.clusterId ?? CLUSTER, siteId: SITE, nodeId: id },
    peers,
    handler,
    logger: opts.logger ?? silentLogger(),
    stagingDir,
    limits: opts.limits,
  });
  transport.addTo(server);
  const node = { id, addr: `127.0.0.1:${port}`, port, server, transport, handler, stagingDir };
  t.teardown(() => node.transport.close()); // registered after the server's: runs first
  return node;
}

/** A site of `ids`: every server is bound before any transport learns the addresses. */
async function startSite(t: ExecutionContext, ids: number[], opts: NodeOpts = {}): Promise<Map<number, TestNode>> {
  const bound = new Map<number, { server: grpc.Server; port: number }>();
  for (const id of ids) bound.set(id, await bindServer(t, 0, opts.limits));
  const nodes = new Map<number, TestNode>();
  for (const id of ids) {
    const peers = new Map<number, string>();
    for (const [other, b] of bound) if (other !== id) peers.set(other, `127.0.0.1:${b.port}`);
    const b = bound.get(id)!;
    nodes.set(id, startTransport(t, id, b.server, b.port, peers, opts));
  }
  return nodes;
}

function connected(n: TestNode, peer: number): boolean {
  return n.transport.stats().peers.find((p) => p.nodeId === peer)?.connected ?? false;
}

function peerStats(n: TestNode, peer: number) {
  const s = n.transport.stats().peers.find((p) => p.nodeId === peer);
  if (!s) throw new Error(`node ${n.id} has no peer ${peer}`);
  return s;
}

async function waitConnected(nodes: Map<number, TestNode>): Promise<void> {
  await waitFor(() => [...nodes.values()].every((n) => [...nodes.keys()].every((o) => o === n.id || connected(n, o))), {
    timeoutMs: 10_000,
    what: 'every pair connected',
  });
}

function heartbeat(from: number, to: number, seq: number): Message {
  return message({ type: MessageType.MSG_HEARTBEAT, from, to, term: 1, commit: seq });
}

function app(from: number, to: number, seq: number, dataBytes: number): Message {
  return message({
    type: MessageType.MSG_APP,
    from,
    to,
    term: 1,
    index: seq,
    entries: [{ term: 1, index: seq + 1, type: EntryType.ENTRY_NORMAL, data: randomBytes(dataBytes), confChange: null }],
  });
}

/** A raw RaftTransport.Stream call that writes whatever bytes it is given. */
function rawStream(addr: string): { client: grpc.Client; call: grpc.ClientDuplexStream<Uint8Array, Buffer>; status: Promise<grpc.StatusObject>; frames: Buffer[] } {
  const client = new grpc.Client(addr, grpc.credentials.createInsecure());
  const call = client.makeBidiStreamRequest<Uint8Array, Buffer>(RAFT_STREAM_PATH, (b) => Buffer.from(b), (b) => b);
  const frames: Buffer[] = [];
  call.on('data', (b: Buffer) => frames.push(b));
  call.on('error', () => {});
  const status = new Promise<grpc.StatusObject>((res) => call.on('status', res));
  return { client, call, status, frames };
}

function helloFrame(h: Partial<fedmq.v1.StreamHello.$Properties>): Uint8Array {
  return fedmq.v1.RaftFrame.encode({
    hello: { protocolVersion: 1, clusterId: CLUSTER, siteId: SITE, fromNode: 1, toNode: 2, ...h },
  }).finish();
}

function captureLogger(): { logger: Logger; lines: () => { msg: string; [k: string]: unknown }[] } {
  const raw: string[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void raw.push(s) });
  return { logger, lines: () => raw.map((s) => JSON.parse(s) as { msg: string }) };
}

// ---------------------------------------------------------------- configuration

test('limits that do not line up are refused at construction', (t) => {
  t.notThrows(() => resolveTransportLimits());
  const tooSmallFrame = t.throws(() => resolveTransportLimits({ frameBytesMax: 4 * MiB }));
  t.regex(tooSmallFrame!.message, /frameBytesMax \(4194304\) must hold one message of entryBytesMax/);
  const frameOverGrpc = t.throws(() => resolveTransportLimits({ frameBytesMax: 16 * MiB }));
  t.regex(frameOverGrpc!.message, /must not exceed grpcMessageBytesMax/);
  const bigChunk = t.throws(() => resolveTransportLimits({ snapshotChunkBytesMax: 2 * MiB }));
  t.regex(bigChunk!.message, /snapshotChunkBytesMax \(2097152\) must not exceed 1048576/);
});

test('addTo refuses a server left at the default 4 MiB receive limit', async (t) => {
  const transport = new GrpcRaftTransport({
    identity: { clusterId: CLUSTER, siteId: SITE, nodeId: 1 },
    peers: new Map(),
    handler: new Recorder(),
    logger: silentLogger(),
    stagingDir: tempDir(t, 'fedmq-staging-'),
  });
  t.teardown(() => transport.close());
  const err = t.throws(() => transport.addTo(new grpc.Server()));
  t.regex(err!.message, /must be created with transport.serverOptions\(\)/);
  t.notThrows(() => transport.addTo(new grpc.Server(transport.serverOptions())));
});

// ---------------------------------------------------------------- streams

test('three nodes exchange messages both ways over one stream per pair, in order, coalesced into few frames', async (t) => {
  const nodes = await startSite(t, [1, 2, 3]);
  await waitConnected(nodes);
  const N = 2000;
  for (const n of nodes.values()) {
    for (const to of nodes.keys()) {
      if (to === n.id) continue;
      for (let seq = 1; seq <= N; seq++) n.transport.send([heartbeat(n.id, to, seq)]); // one send per message
    }
  }
  await waitFor(() => [...nodes.values()].every((n) => n.handler.msgs.length === 2 * N), { timeoutMs: 10_000, what: 'every message delivered' });
  for (const n of nodes.values()) {
    for (const from of nodes.keys()) {
      if (from === n.id) continue;
      const seqs = n.handler.from(from).map((m) => m.commit);
      t.deepEqual(seqs, Array.from({ length: N }, (_, i) => i + 1), `node ${n.id} got node ${from}'s messages in order`);
      t.true(n.handler.from(from).every((m) => m.to === n.id && m.type === MessageType.MSG_HEARTBEAT));
    }
  }
  // One stream per pair: the lower id dialed it once, the higher accepted it once, and both wrote on it.
  for (const [a, b] of [[1, 2], [1, 3], [2, 3]] as const) {
    const lo = peerStats(nodes.get(a)!, b);
    const hi = peerStats(nodes.get(b)!, a);
    t.is(lo.streamsDialed, 1);
    t.is(lo.streamsAccepted, 0);
    t.is(hi.streamsDialed, 0);
    t.is(hi.streamsAccepted, 1);
    t.is(lo.msgsSent, N);
    t.is(hi.msgsSent, N);
    t.true(lo.framesSent <= 5, `node ${a} → ${b}: ${N} sends in ${lo.framesSent} frames`);
    t.true(hi.framesSent <= 5, `node ${b} → ${a}: ${N} sends in ${hi.framesSent} frames`);
  }
  const s12 = peerStats(nodes.get(1)!, 2);
  t.log(`${N} single-message sends 1 → 2 went out in ${s12.framesSent} frame(s)`);
  for (const n of nodes.values()) t.is(n.handler.unreachable.length, 0);
});

test('a burst bigger than a frame is cut into frames of at most frameBytesMax, in order', async (t) => {
  // grpc's message limit equals the frame limit, so a single oversized frame would fail the stream.
  const limits = { entryBytesMax: 32 << 10, frameBytesMax: 128 << 10, grpcMessageBytesMax: 128 << 10, snapshotChunkBytesMax: 32 << 10, queueBytesMax: 8 * MiB };
  const nodes = await startSite(t, [1, 2], { limits });
  await waitConnected(nodes);
  const n1 = nodes.get(1)!;
  const n2 = nodes.get(2)!;
  const N = 100;
  const sent: Message[] = [];
  for (let seq = 1; seq <= N; seq++) sent.push(app(2, 1, seq, 30 << 10));
  n2.transport.send(sent); // one call, 3 MB: must be cut
  await waitFor(() => n1.handler.msgs.length === N, {
    timeoutMs: 10_000,
    what: 'the burst delivered',
    detail: () => ({ received: n1.handler.msgs.length, sender: peerStats(n2, 1) }),
  });
  t.deepEqual(n1.handler.msgs.map((m) => m.index), sent.map((m) => m.index));
  t.true(n1.handler.msgs.every((m, i) => Buffer.compare(m.entries[0]!.data, sent[i]!.entries[0]!.data) === 0));
  const frames = peerStats(n2, 1).framesSent;
  t.true(frames >= Math.ceil((N * (30 << 10)) / (128 << 10)), `${frames} frames`);
  t.true(frames < N, `${frames} frames for ${N} messages`);
  t.is(peerStats(n1, 2).framesReceived, frames);
  t.is(n1.handler.unreachable.length + n2.handler.unreachable.length, 0);
});

test.serial('a peer whose server dies is reported unreachable at once, and after it restarts on the same port messages flow again', async (t) => {
  const nodes = await startSite(t, [1, 2, 3]);
  await waitConnected(nodes);
  const n1 = nodes.get(1)!;
  const n2 = nodes.get(2)!;
  const n3 = nodes.get(3)!;
  const killedAt = performance.now();
  n3.server.forceShutdown(); // every socket of node 3's server reset, as when its process dies
  const shutDownAt = performance.now();
  await waitFor(() => n1.handler.unreachableCount(3) === 1 && n2.handler.unreachableCount(3) === 1, { timeoutMs: 10_000, what: 'nodes 1 and 2 to see node 3 unreachable' });
  const latencies = [n1, n2].map((n) => n.handler.unreachable.find((u) => u.nodeId === 3)!.atMs - killedAt);
  t.log(`onPeerUnreachable(3) after ${latencies.map((ms) => ms.toFixed(1)).join(' / ')} ms (forceShutdown() itself took ${(shutDownAt - killedAt).toFixed(1)} ms)`);
  for (const ms of latencies) t.true(ms < UNREACHABLE_BOUND_MS, `reported after ${ms} ms`);
  await n3.transport.close();

  // Redials fail for a while; the loss is still reported once.
  await waitFor(() => peerStats(n1, 3).streamsDialed >= 3, { timeoutMs: 10_000, what: 'node 1 to retry node 3' });
  t.is(n1.handler.unreachableCount(3), 1);
  t.false(connected(n1, 3));

  // Node 3 restarts on the same port; 1 and 2 reconnect by themselves.
  const { server } = await bindServer(t, n3.port);
  const peers = new Map([[1, n1.addr], [2, n2.addr]]);
  const r3 = startTransport(t, 3, server, n3.port, peers);
  await waitFor(() => connected(n1, 3) && connected(n2, 3) && connected(r3, 1) && connected(r3, 2), { timeoutMs: 10_000, what: 'reconnection to the restarted node 3' });
  n1.transport.send([heartbeat(1, 3, 1)]);
  n2.transport.send([heartbeat(2, 3, 1)]);
  r3.transport.send([heartbeat(3, 1, 7), heartbeat(3, 2, 7)]);
  await waitFor(() => r3.handler.msgs.length === 2 && n1.handler.from(3).length === 1 && n2.handler.from(3).length === 1, { timeoutMs: 10_000, what: 'messages after the restart' });
  t.is(n1.handler.from(3)[0]!.commit, 7);
  t.is(n1.handler.unreachableCount(3), 1);
  t.is(n1.handler.unreachableCount(2), 0);
});

test.serial('a node killed with SIGKILL is reported unreachable as soon as its sockets reset, on both the dialing and the accepting side', async (t) => {
  t.timeout(20_000);
  // This process runs node 2; a child runs nodes 1 and 3. Node 1 dials node 2 (node 2 accepts),
  // node 2 dials node 3. Killing the child resets both streams.
  const { server, port } = await bindServer(t, 0);
  const n2 = startTransport(t, 2, server, port, new Map());
  const child = spawnChild(t, { mode: 'kill', addr2: n2.addr });
  const addrs = await new Promise<{ addr1: string; addr3: string }>((res, rej) => {
    child.once('message', (m) => res(m as { addr1: string; addr3: string }));
    child.once('exit', (code) => rej(new Error(`child exited early (${code})`)));
  });
  n2.transport.setPeers(new Map([[1, addrs.addr1], [3, addrs.addr3]]));
  await waitFor(() => connected(n2, 1) && connected(n2, 3), { timeoutMs: 10_000, what: 'node 2 connected to the child nodes' });
  t.is(peerStats(n2, 1).streamsAccepted, 1);
  t.is(peerStats(n2, 3).streamsDialed, 1);

  let exitedAt = 0;
  child.once('exit', () => (exitedAt = performance.now()));
  const killedAt = performance.now();
  child.kill('SIGKILL');
  await waitFor(() => n2.handler.unreachableCount(1) === 1 && n2.handler.unreachableCount(3) === 1, { timeoutMs: 10_000, what: 'node 2 to see nodes 1 and 3 unreachable', intervalMs: 1 });
  const ms1 = n2.handler.unreachable.find((u) => u.nodeId === 1)!.atMs - killedAt;
  const ms3 = n2.handler.unreachable.find((u) => u.nodeId === 3)!.atMs - killedAt;
  await waitFor(() => exitedAt > 0, { timeoutMs: 10_000, what: 'the child reaped' });
  t.log(`after SIGKILL: onPeerUnreachable(1) (accepted stream) ${ms1.toFixed(1)} ms, onPeerUnreachable(3) (dialed stream) ${ms3.toFixed(1)} ms; the child's exit seen after ${(exitedAt - killedAt).toFixed(1)} ms`);
  t.true(ms1 < UNREACHABLE_BOUND_MS, `${ms1} ms`);
  t.true(ms3 < UNREACHABLE_BOUND_MS, `${ms3} ms`);
});

test('close() leaves nothing running: a process that used the transport exits by itself', async (t) => {
  t.timeout(20_000);
  const child = spawnChild(t, { mode: 'exit' });
  const report = await new Promise<{ delivered: boolean; snapshotOk: boolean; resources: string[] }>((res, rej) => {
    child.once('message', (m) => res(m as { delivered: boolean; snapshotOk: boolean; resources: string[] }));
    child.once('exit', (code) => rej(new Error(`child exited before reporting (${code})`)));
  });
  t.log(`active resources after close(): ${report.resources.join(", ")}`);
  t.true(report.delivered);
  t.true(report.snapshotOk);
  const exited = await new Promise<number | null>((res) => {
    const timer = setTimeout(() => res(null), 5_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      res(code);
    });
  });
  t.is(exited, 0, `the child did not exit within 5 s after close(); active resources then: ${report.resources.join(', ')}`);
});

// ---------------------------------------------------------------- refusals

test('a peer speaking protocol version 2 is refused with FAILED_PRECONDITION and a message naming both versions', async (t) => {
  const nodes = await startSite(t, [5]);
  const raw = rawStream(nodes.get(5)!.addr);
  t.teardown(() => raw.client.close());
  raw.call.write(helloFrame({ protocolVersion: 2, fromNode: 3, toNode: 5 }));
  const status = await raw.status;
  t.is(status.code, grpc.status.FAILED_PRECONDITION);
  t.is(status.details, 'raft protocol version mismatch: node 3 speaks 2, node 5 speaks 1; run the same fedmq release on both');
  t.deepEqual(status.metadata.get('fedmq-error-code'), ['PROTOCOL_VERSION']);
  t.is(raw.frames.length, 0, 'no hello back');
});

test('another cluster, another site or a hello addressed to another node is refused with FAILED_PRECONDITION', async (t) => {
  const nodes = await startSite(t, [5]);
  const cases: [Partial<fedmq.v1.StreamHello.$Properties>, RegExp][] = [
    [{ clusterId: 'other-cluster', fromNode: 3, toNode: 5 }, /node 3 is in cluster "other-cluster" site "site-a", node 5 in cluster "test-cluster" site "site-a"/],
    [{ siteId: 'site-b', fromNode: 3, toNode: 5 }, /node 3 is in cluster "test-cluster" site "site-b"/],
    [{ fromNode: 3, toNode: 4 }, /node 3 meant to reach node 4 but reached node 5/],
  ];
  for (const [hello, re] of cases) {
    const raw = rawStream(nodes.get(5)!.addr);
    t.teardown(() => raw.client.close());
    raw.call.write(helloFrame(hello));
    const status = await raw.status;
    t.is(status.code, grpc.status.FAILED_PRECONDITION);
    t.regex(status.details, re);
    t.deepEqual(status.metadata.get('fedmq-error-code'), ['CLUSTER_MISMATCH']);
  }
});

test.serial('a dialer refused for another cluster logs the error once, keeps retrying with backoff, and reports the peer unreachable once', async (t) => {
  const b1 = await bindServer(t, 0);
  const b2 = await bindServer(t, 0);
  const log1 = captureLogger();
  const n1 = startTransport(t, 1, b1.server, b1.port, new Map([[2, `127.0.0.1:${b2.port}`]]), { clusterId: 'cluster-x', logger: log1.logger });
  startTransport(t, 2, b2.server, b2.port, new Map([[1, `127.0.0.1:${b1.port}`]]), { clusterId: 'cluster-y' });
  await waitFor(() => peerStats(n1, 2).streamsDialed >= 4, { timeoutMs: 10_000, what: 'node 1 to retry', detail: () => peerStats(n1, 2) });
  const refusals = log1.lines().filter((l) => l.msg === 'peer refused the raft stream');
  t.is(refusals.length, 1, 'logged once, not per retry');
  t.is(refusals[0]!.code, 'FAILED_PRECONDITION');
  t.regex(String(refusals[0]!.reason), /node 1 is in cluster "cluster-x" site "site-a", node 2 in cluster "cluster-y"/);
  t.is(n1.handler.unreachableCount(2), 1);
  t.false(connected(n1, 2));
});

test('malformed frames close only their own stream with INVALID_ARGUMENT; the good stream keeps working', async (t) => {
  const nodes = await startSite(t, [1, 5]);
  await waitConnected(nodes);
  const n1 = nodes.get(1)!;
  const n5 = nodes.get(5)!;

  const garbage = rawStream(n5.addr);
  t.teardown(() => garbage.client.close());
  garbage.call.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]));
  const s1 = await garbage.status;
  t.is(s1.code, grpc.status.INVALID_ARGUMENT);
  t.regex(s1.details, /^malformed RaftFrame from 127\.0\.0\.1:\d+: /);

  const batchFirst = rawStream(n5.addr);
  t.teardown(() => batchFirst.client.close());
  batchFirst.call.write(fedmq.v1.RaftFrame.encode({ batch: { messages: [heartbeat(1, 5, 1)] } }).finish());
  const s2 = await batchFirst.status;
  t.is(s2.code, grpc.status.INVALID_ARGUMENT);
  t.regex(s2.details, /^the first frame of a raft stream must be a StreamHello, got a batch from /);

  // A valid hello (from an id node 5 has not heard of: accepted), then garbage.
  const late = rawStream(n5.addr);
  t.teardown(() => late.client.close());
  late.call.write(helloFrame({ fromNode: 3, toNode: 5 }));
  await waitFor(() => late.frames.length === 1, { timeoutMs: 10_000, what: 'node 5 answering the hello' });
  t.is(fedmq.v1.RaftFrame.decode(late.frames[0]!).hello?.fromNode, 5);
  late.call.write(Buffer.from([0x12, 0x05, 0x0a, 0xff]));
  const s3 = await late.status;
  t.is(s3.code, grpc.status.INVALID_ARGUMENT);
  t.regex(s3.details, /^malformed RaftFrame from node 3: /);

  // A node with a higher id may not dial.
  const upward = rawStream(n1.addr);
  t.teardown(() => upward.client.close());
  upward.call.write(helloFrame({ fromNode: 5, toNode: 1 }));
  const s4 = await upward.status;
  t.is(s4.code, grpc.status.INVALID_ARGUMENT);
  t.is(s4.details, 'node 5 dialed node 1, but only the node with the lower id dials');

  n1.transport.send([heartbeat(1, 5, 42)]);
  n5.transport.send([heartbeat(5, 1, 43)]);
  await waitFor(() => n5.handler.from(1).length === 1 && n1.handler.from(5).length === 1, { timeoutMs: 10_000, what: 'the good stream' });
  t.is(n5.handler.from(1)[0]!.commit, 42);
  t.is(n1.handler.from(5)[0]!.commit, 43);
  t.is(peerStats(n1, 5).streamsDialed, 1, 'the good stream was never replaced');
  t.is(n1.handler.unreachable.length, 0);
  t.is(n5.handler.unreachableCount(1), 0);
  t.true(n5.transport.stats().callsRefused >= 3);
});

// ---------------------------------------------------------------- membership

test('setPeers closes a removed peer, refuses it while removed (it then redials rarely), and reconnects when it is added back', async (t) => {
  const removedRedialMs = 400;
  const nodes = await startSite(t, [1, 2], { limits: { removedRedialMs } });
  await waitConnected(nodes);
  const n1 = nodes.get(1)!;
  const n2 = nodes.get(2)!;
  n2.transport.setPeers(new Map()); // node 2 no longer counts node 1 as a member
  await waitFor(() => n1.handler.unreachableCount(2) === 1, { timeoutMs: 10_000, what: 'node 1 to see the stream closed' });
  t.deepEqual(n2.transport.stats().peers, []);
  await waitFor(() => peerStats(n1, 2).streamsDialed >= 3, { timeoutMs: 10_000, what: 'node 1 to retry and be refused' });
  // Refused as NOT_A_MEMBER, node 1 redials at removedRedialMs, not at the 50-500 ms backoff.
  const dialedBefore = peerStats(n1, 2).streamsDialed;
  await new Promise((r) => setTimeout(r, removedRedialMs * 2.5));
  t.true(peerStats(n1, 2).streamsDialed - dialedBefore <= 3, `${peerStats(n1, 2).streamsDialed - dialedBefore} dials in ${removedRedialMs * 2.5} ms`);
  t.false(connected(n1, 2));
  n2.transport.setPeers(new Map([[1, n1.addr]]));
  await waitFor(() => connected(n1, 2) && connected(n2, 1), { timeoutMs: 10_000, what: 'reconnection after re-adding' });
  n2.transport.send([heartbeat(2, 1, 1)]);
  await waitFor(() => n1.handler.from(2).length === 1, { timeoutMs: 10_000, what: 'a message after re-adding' });
  t.true(connected(n1, 2));
  t.is(n1.handler.from(2).length, 1);
});

// ---------------------------------------------------------------- bounds

test('a queue for a peer that never connects stays within its bounds: the oldest messages are dropped and counted', async (t) => {
  const limits = { entryBytesMax: 128 << 10, frameBytesMax: 256 << 10, grpcMessageBytesMax: 256 << 10, snapshotChunkBytesMax: 64 << 10, queueBytesMax: 1 * MiB, queueMsgsMax: 64 };
  const { server, port } = await bindServer(t, 0, limits);
  const n1 = startTransport(t, 1, server, port, new Map([[2, await deadAddr(t)]]), { limits });
  const big = 64 << 10;
  const N = 200;
  for (let seq = 1; seq <= N; seq++) n1.transport.send([app(1, 2, seq, big)]);
  let s = peerStats(n1, 2);
  t.true(s.queuedBytes <= limits.queueBytesMax, `${s.queuedBytes} bytes queued`);
  t.true(s.queuedBytesPeak <= limits.queueBytesMax, `peak ${s.queuedBytesPeak}`);
  t.true(s.queuedMsgs >= Math.floor(limits.queueBytesMax / (big + 200)) - 1, `${s.queuedMsgs} queued`);
  t.is(s.queuedMsgs + s.droppedMsgs, N);
  t.true(s.droppedBytes > (N - s.queuedMsgs) * big);

  for (let seq = 1; seq <= 1000; seq++) n1.transport.send([heartbeat(1, 2, seq)]);
  s = peerStats(n1, 2);
  t.is(s.queuedMsgs, limits.queueMsgsMax);
  t.is(s.queuedMsgs + s.droppedMsgs, N + 1000);
  t.true(s.queuedBytesPeak <= limits.queueBytesMax);
  t.is(s.framesSent, 0);
});

test('a message larger than entryBytesMax + overhead is dropped and counted, not sent', async (t) => {
  const limits = { entryBytesMax: 16 << 10, frameBytesMax: 256 << 10, grpcMessageBytesMax: 256 << 10, snapshotChunkBytesMax: 64 << 10, queueBytesMax: 1 * MiB };
  const nodes = await startSite(t, [1, 2], { limits });
  await waitConnected(nodes);
  nodes.get(1)!.transport.send([app(1, 2, 1, 200 << 10), heartbeat(1, 2, 2)]);
  await waitFor(() => nodes.get(2)!.handler.msgs.length === 1, { timeoutMs: 10_000, what: 'the heartbeat' });
  t.is(nodes.get(2)!.handler.msgs[0]!.type, MessageType.MSG_HEARTBEAT);
  t.is(nodes.get(1)!.transport.stats().droppedOversizeMsgs, 1);
});

// ---------------------------------------------------------------- snapshots

test('a 3.5 MiB snapshot arrives intact in chunks of at most 1 MiB, with the image meta, on its own call', async (t) => {
  const nodes = await startSite(t, [1, 3]);
  await waitConnected(nodes);
  const n1 = nodes.get(1)!;
  const n3 = nodes.get(3)!; // the leader here has the higher id: snapshots do not follow the stream's direction
  const imageMeta: SnapshotMeta = {
    index: 12,
    term: 2,
    confState: { voters: [1, 3], learners: [], members: [{ nodeId: 1, address: n1.addr }, { nodeId: 3, address: n3.addr }] },
  };
  n3.handler.image = { meta: imageMeta, data: randomBytes(3.5 * MiB) };
  const coreMeta: SnapshotMeta = { ...imageMeta, index: 10 };
  const snap = message({ type: MessageType.MSG_SNAP, from: 3, to: 1, term: 2, snapshot: { meta: coreMeta, data: EMPTY_BYTES } });
  n3.transport.send([snap, heartbeat(3, 1, 1)]);
  n3.transport.send([snap]); // a second request while the first runs: coalesced into it
  for (let seq = 2; seq <= 20; seq++) n3.transport.send([heartbeat(3, 1, seq)]);
  await waitFor(() => n3.handler.sent.length === 1 && n1.handler.snapshots.length === 1, { timeoutMs: 10_000, what: 'the snapshot' });
  t.deepEqual(n3.handler.sent, [{ to: 1, ok: true }]);
  const got = n1.handler.snapshots[0]!;
  t.true(Buffer.compare(got.data, Buffer.from(n3.handler.image.data)) === 0, 'the staged file is byte-equal to the image');
  t.is(got.staged.bytes, 3.5 * MiB);
  t.deepEqual(got.staged.meta, imageMeta);
  t.true(got.staged.path.startsWith(n1.stagingDir));
  t.is(got.m.type, MessageType.MSG_SNAP);
  t.is(got.m.from, 3);
  t.is(got.m.to, 1);
  t.is(got.m.term, 2);
  t.deepEqual(got.m.snapshot!.meta, imageMeta, 'the meta of the image sent, not the core\'s');
  t.is(got.m.snapshot!.data.length, 0);
  const rx = n1.transport.stats();
  t.is(rx.snapshotsReceived, 1);
  t.is(rx.snapshotChunksReceived, 4);
  t.true(rx.snapshotChunkBytesMaxReceived <= SNAPSHOT_CHUNK_BYTES_LIMIT, `largest chunk ${rx.snapshotChunkBytesMaxReceived}`);
  t.deepEqual(n3.handler.chunkBytesAsked, [SNAPSHOT_CHUNK_BYTES_LIMIT]);
  t.is(n3.handler.readersOpened, 1);
  t.is(n3.handler.readersClosed, 1);
  t.is(peerStats(n3, 1).snapshotsCoalesced, 1);
  t.is(peerStats(n3, 1).snapshotsSent, 1);
  // Heartbeats went over the stream meanwhile, the MSG_SNAP never did.
  await waitFor(() => n1.handler.from(3).length === 20, { timeoutMs: 10_000, what: 'the heartbeats' });
  t.true(n1.handler.msgs.every((m) => m.type === MessageType.MSG_HEARTBEAT));
  got.staged.dispose();
  t.deepEqual(readdirSync(n1.stagingDir), []);
});

test('a snapshot to a dead peer is reported failed, and its reader is closed', async (t) => {
  const { server, port } = await bindServer(t, 0);
  const n1 = startTransport(t, 1, server, port, new Map([[2, await deadAddr(t)]]));
  n1.handler.image = { meta: { index: 5, term: 1, confState: { voters: [1, 2], learners: [], members: [] } }, data: randomBytes(100_000) };
  n1.transport.send([message({ type: MessageType.MSG_SNAP, from: 1, to: 2, term: 1, snapshot: { meta: n1.handler.image.meta, data: EMPTY_BYTES } })]);
  await waitFor(() => n1.handler.sent.length === 1, { timeoutMs: 10_000, what: 'the snapshot outcome' });
  t.deepEqual(n1.handler.sent, [{ to: 2, ok: false }]);
  t.is(n1.handler.readersClosed, n1.handler.readersOpened);
  t.is(peerStats(n1, 2).snapshotsFailed, 1);
});

test('a snapshot whose chunks skip an offset is refused with INVALID_ARGUMENT and nothing stays staged', async (t) => {
  const nodes = await startSite(t, [5]);
  const n5 = nodes.get(5)!;
  const client = new grpc.Client(n5.addr, grpc.credentials.createInsecure());
  t.teardown(() => client.close());
  const result = new Promise<grpc.ServiceError | null>((res) => {
    const call = client.makeClientStreamRequest<Uint8Array, Buffer>('/fedmq.v1.RaftTransport/InstallSnapshot', (b) => Buffer.from(b), (b) => b, (err) => res(err));
    const meta = { index: 3, term: 1, confState: { voters: [1, 5], learners: [], members: [] } };
    call.write(fedmq.v1.SnapshotChunk.encode({
      hello: { protocolVersion: 1, clusterId: CLUSTER, siteId: SITE, fromNode: 1, toNode: 5 },
      message: { type: MessageType.MSG_SNAP, from: 1, to: 5, term: 1, snapshot: { meta } },
      offset: 0,
      data: randomBytes(1000),
    }).finish());
    call.write(fedmq.v1.SnapshotChunk.encode({ offset: 2000, data: randomBytes(1000), last: true }).finish());
    call.end();
  });
  const err = await result;
  t.is(err?.code, grpc.status.INVALID_ARGUMENT);
  t.is(err?.details, 'snapshot chunk from node 1 at offset 2000, expected 1000');
  t.is(n5.handler.snapshots.length, 0);
  await waitFor(() => readdirSync(n5.stagingDir).length === 0, { timeoutMs: 10_000, what: 'the partial file removed' });
  t.deepEqual(readdirSync(n5.stagingDir), []);
});

// ---------------------------------------------------------------- child processes

/** The child's program: real transports in another process (see the two tests above). */
const CHILD_PROGRAM = `
import * as grpc from '@grpc/grpc-js';
import { GrpcRaftTransport, raftGrpcServerOptions } from ${JSON.stringify(join(here, 'index.ts'))};
import { silentLogger } from ${JSON.stringify(join(repoRoot, 'node', 'log.ts'))};

const cfg = JSON.parse(process.env.FEDMQ_TEST_CHILD);
const staging = cfg.stagingDir; // the parent's, removed by the parent's teardown
const received = [];
const snapshots = [];
const sent = [];
const handler = (image) => ({
  onMessages: (msgs) => received.push(...msgs),
  onPeerUnreachable: () => {},
  onSnapshotReceived: (m, staged) => { snapshots.push(staged.bytes); staged.dispose(); },
  openSnapshot: () => ({ meta: image.meta, chunks: async function* (n) { for (let i = 0; i < image.data.length; i += n) yield image.data.subarray(i, i + n); }, close: () => {} }),
  onSnapshotSent: (to, ok) => sent.push(ok),
});
const image = { meta: { index: 1, term: 1, confState: { voters: [1, 2], learners: [], members: [] } }, data: new Uint8Array(1500000).fill(7) };
const bind = async () => {
  const server = new grpc.Server(raftGrpcServerOptions());
  const port = await new Promise((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  return { server, addr: '127.0.0.1:' + port };
};
const waitFor = async (fn) => { const end = Date.now() + 8000; while (!fn()) { if (Date.now() > end) throw new Error('child timed out'); await new Promise((r) => setTimeout(r, 5)); } };
const make = (id, server, peers) => {
  const t = new GrpcRaftTransport({ identity: { clusterId: 'test-cluster', siteId: 'site-a', nodeId: id }, peers, handler: handler(image), logger: silentLogger(), stagingDir: staging });
  t.addTo(server);
  return t;
};

if (cfg.mode === 'kill') {
  process.on('disconnect', () => process.exit(0));
  const s1 = await bind();
  const s3 = await bind();
  make(1, s1.server, new Map([[2, cfg.addr2], [3, s3.addr]]));
  make(3, s3.server, new Map([[1, s1.addr], [2, cfg.addr2]]));
  process.send({ addr1: s1.addr, addr3: s3.addr });
} else {
  const s1 = await bind();
  const s2 = await bind();
  const t1 = make(1, s1.server, new Map([[2, s2.addr]]));
  const t2 = make(2, s2.server, new Map([[1, s1.addr]]));
  t1.send([{ type: 7, from: 1, to: 2, term: 1, logTerm: 0, index: 0, entries: [], commit: 1, snapshot: null, reject: false, rejectHint: 0, hintTerm: 0, context: new Uint8Array(0) }]);
  t2.send([{ type: 9, from: 2, to: 1, term: 1, logTerm: 0, index: 0, entries: [], commit: 0, snapshot: { meta: image.meta, data: new Uint8Array(0) }, reject: false, rejectHint: 0, hintTerm: 0, context: new Uint8Array(0) }]);
  await waitFor(() => received.length === 1 && sent.length === 1 && snapshots.length === 1);
  await t1.close();
  await t2.close();
  await new Promise((r) => s1.server.tryShutdown(r));
  await new Promise((r) => s2.server.tryShutdown(r));
  await new Promise((r) => setTimeout(r, 50));
  process.send({ delivered: received.length === 1, snapshotOk: sent[0] === true && snapshots[0] === image.data.length, resources: process.getActiveResourcesInfo() }, () => process.disconnect());
}
`;

function spawnChild(t: ExecutionContext, cfg: Record<string, unknown>): ChildProcess {
  const stagingDir = tempDir(t, 'fedmq-child-');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD_PROGRAM], {
    cwd: repoRoot,
    env: { ...process.env, FEDMQ_TEST_CHILD: JSON.stringify({ ...cfg, stagingDir }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}
