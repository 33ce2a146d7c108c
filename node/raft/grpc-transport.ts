// The Raft peer transport over gRPC (service fedmq.v1.RaftTransport in proto/fedmq/v1/raft.proto).
//
// Topology. ONE bidirectional `Stream` per peer pair: the node with the lower id dials, the
// higher accepts, and both write on it. The first frame each way is a StreamHello; the acceptor
// checks it (protocol version, cluster, site, addressed node id) and answers with its own, and
// only then do batches flow. Snapshots travel on an `InstallSnapshot` call of their own, opened
// by whichever node sends the snapshot, so a large image never delays a heartbeat.
//
// Sending. send() never blocks: each message is encoded once and queued for its peer. A flush
// (a microtask after send, or a 'drain') takes whatever is pending and writes it as RaftBatch
// frames of at most frameBytesMax, so many small sends coalesce into few frames. A stream takes
// no more while write() has returned false (until 'drain') or while a frame's worth of bytes is
// written but not yet handed to HTTP/2, so memory beyond the queue stays bounded.
//
// Drops. A peer's queue is bounded by queueMsgsMax and queueBytesMax. Past either bound the
// OLDEST queued messages are dropped (Raft tolerates loss; the newest messages carry the current
// term and state, the oldest are the likeliest to be stale), counted, and logged at a warn
// rate-limited to one line per peer per dropWarnIntervalMs. What remains keeps its order.
// The queue survives a reconnect (bounded); stale messages are harmless to Raft.
//
// Failure. A stream that errors or ends, a dial that fails, or a peer refusing our hello, calls
// handler.onPeerUnreachable(peer) once per loss (not again until a stream has opened since) and,
// on the dialing side, schedules a redial with capped, jittered exponential backoff. Refusals
// (another protocol version, cluster or site) are logged once per distinct error, not per retry.
//
// Size limits line up, asserted at construction:
//   entryBytesMax (the core's, 4 MiB) + MESSAGE_OVERHEAD_BYTES  = the largest message send() accepts
//     <= frameBytesMax (one RaftBatch frame, framing included)
//     <= grpcMessageBytesMax (grpc-js max send/receive message length, raised on both ends)
//   snapshotChunkBytesMax (<= 1 MiB) + SNAPSHOT_CHUNK_OVERHEAD_BYTES <= grpcMessageBytesMax
// The node must create its grpc.Server with raftGrpcServerOptions(limits): grpc-js checks the
// receive limit per server, and its default (4 MiB) is below the largest Raft message.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { EMPTY_BYTES, MessageType, RAFT_DEFAULTS } from './core/index.ts';
import type { Entry, Message, SnapshotMeta } from './core/index.ts';
import { plainConfState, stageSnapshot } from './snapshot-files.ts';
import { RAFT_PROTOCOL_VERSION } from './transport-types.ts';
import type { NodeIdentity, RaftTransport, TransportHandler } from './transport-types.ts';

export const RAFT_STREAM_PATH = '/fedmq.v1.RaftTransport/Stream';
export const RAFT_INSTALL_SNAPSHOT_PATH = '/fedmq.v1.RaftTransport/InstallSnapshot';

/** Design limit for one InstallSnapshot chunk (DESIGN.md: chunks of at most 1 MiB). Never more. */
export const SNAPSHOT_CHUNK_BYTES_LIMIT = 1 << 20;
/** What a RaftMessage adds around its one largest entry: header fields and the entry's framing. */
export const MESSAGE_OVERHEAD_BYTES = 64 << 10;
/** What a SnapshotChunk adds around its data: hello, the MSG_SNAP with its membership, framing. */
export const SNAPSHOT_CHUNK_OVERHEAD_BYTES = 64 << 10;

export interface RaftTransportLimits {
  /** The core's entryBytesMax: the largest message send() accepts is this + MESSAGE_OVERHEAD_BYTES. */
  entryBytesMax: number;
  /** One RaftBatch frame, framing included, at most this many bytes. */
  frameBytesMax: number;
  /** grpc-js max send and receive message length on both ends of every call. */
  grpcMessageBytesMax: number;
  /** Messages queued for one peer, at most. */
  queueMsgsMax: number;
  /** Encoded bytes queued for one peer, at most. */
  queueBytesMax: number;
  /** One InstallSnapshot chunk's data, at most (<= SNAPSHOT_CHUNK_BYTES_LIMIT). */
  snapshotChunkBytesMax: number;
  /** A snapshot transfer with no progress for this long is cancelled and reported failed. */
  snapshotStallMsMax: number;
  /** First redial delay after a loss; doubles per failed attempt... */
  reconnectBackoffInitialMs: number;
  /** ...up to this. Each delay is jittered down by up to half. */
  reconnectBackoffMaxMs: number;
  /** At most one 'dropping' warn per peer per this interval. */
  dropWarnIntervalMs: number;
}

export const RAFT_TRANSPORT_DEFAULTS: RaftTransportLimits = {
  // 4 MiB, the core's default: a MsgApp is cut at the core's msgBytesMax (1 MiB) but never splits
  // an entry, so the largest message is one maximal entry plus its header.
  entryBytesMax: RAFT_DEFAULTS.entryBytesMax,
  // 8 MiB: room for the largest message and for coalescing many small ones, while a heartbeat
  // waits behind at most one such frame.
  frameBytesMax: 8 << 20,
  // grpc-js refuses messages over 4 MiB unless raised; frames are sized exactly, so equal is enough.
  grpcMessageBytesMax: 8 << 20,
  // Above the core's in-flight window (256 messages, 32 MiB per follower) plus room for
  // heartbeats and responses: drops happen only when a peer is stalled or gone.
  queueMsgsMax: 8192,
  queueBytesMax: 64 << 20,
  snapshotChunkBytesMax: SNAPSHOT_CHUNK_BYTES_LIMIT,
  // A peer paused (SIGSTOP) or partitioned mid-transfer must not hold the one slot forever.
  snapshotStallMsMax: 30_000,
  // 50 ms doubling to 500 ms: only the lower id dials, so a restarted peer is reachable by
  // the higher ids only once the lower ones redial it; a site must be a full mesh again well
  // within an election timeout, or a failover right after a restart stalls. A dead peer costs
  // a refused dial every 0.25-0.5 s, which is cheap inside a site.
  reconnectBackoffInitialMs: 50,
  reconnectBackoffMaxMs: 500,
  // A stalled peer drops thousands of messages a second; one line per 10 s says so.
  dropWarnIntervalMs: 10_000,
};

/** Message types that travel on the stream: every known type but MSG_UNSPECIFIED and MSG_SNAP. */
const STREAM_MESSAGE_TYPES: ReadonlySet<number> = new Set(
  Object.values(MessageType).filter((v): v is MessageType => typeof v === 'number' && v !== MessageType.MSG_UNSPECIFIED && v !== MessageType.MSG_SNAP),
);

// Keepalive pings, both ways: a peer that vanished without a reset (host down, partition) is
// found in about 15 s instead of the TCP retransmission timeout. CheckQuorum keeps Raft safe long
// before; this frees the stream and reports the loss.
const KEEPALIVE_TIME_MS = 10_000;
const KEEPALIVE_TIMEOUT_MS = 5_000;

/**
 * The channel options every grpc.Server carrying this transport must be created with: the
 * message size limit raised to the largest frame, and keepalive pings so that the accepting side
 * also notices a peer that vanished silently. They apply to every service on that server.
 */
export function raftGrpcServerOptions(limits: Partial<RaftTransportLimits> = {}): grpc.ChannelOptions {
  const max = limits.grpcMessageBytesMax ?? RAFT_TRANSPORT_DEFAULTS.grpcMessageBytesMax;
  return {
    'grpc.max_receive_message_length': max,
    'grpc.max_send_message_length': max,
    'grpc.keepalive_time_ms': KEEPALIVE_TIME_MS,
    'grpc.keepalive_timeout_ms': KEEPALIVE_TIMEOUT_MS,
  };
}

export function resolveTransportLimits(partial: Partial<RaftTransportLimits> = {}): RaftTransportLimits {
  const l: RaftTransportLimits = { ...RAFT_TRANSPORT_DEFAULTS, ...partial };
  const problems: string[] = [];
  for (const [name, v] of Object.entries(l)) {
    if (!Number.isSafeInteger(v) || v <= 0) problems.push(`${name} must be a positive integer, got ${String(v)}`);
  }
  const messageBytesMax = l.entryBytesMax + MESSAGE_OVERHEAD_BYTES;
  if (frameBytesFor(messageBytesMax) > l.frameBytesMax) {
    problems.push(`frameBytesMax (${l.frameBytesMax}) must hold one message of entryBytesMax (${l.entryBytesMax}) + overhead (${MESSAGE_OVERHEAD_BYTES}) = ${frameBytesFor(messageBytesMax)} bytes framed`);
  }
  if (l.frameBytesMax > l.grpcMessageBytesMax) {
    problems.push(`frameBytesMax (${l.frameBytesMax}) must not exceed grpcMessageBytesMax (${l.grpcMessageBytesMax})`);
  }
  if (l.queueBytesMax < l.frameBytesMax) {
    problems.push(`queueBytesMax (${l.queueBytesMax}) must be at least frameBytesMax (${l.frameBytesMax})`);
  }
  if (l.snapshotChunkBytesMax > SNAPSHOT_CHUNK_BYTES_LIMIT) {
    problems.push(`snapshotChunkBytesMax (${l.snapshotChunkBytesMax}) must not exceed ${SNAPSHOT_CHUNK_BYTES_LIMIT}`);
  }
  if (l.snapshotChunkBytesMax + SNAPSHOT_CHUNK_OVERHEAD_BYTES > l.grpcMessageBytesMax) {
    problems.push(`snapshotChunkBytesMax (${l.snapshotChunkBytesMax}) + overhead (${SNAPSHOT_CHUNK_OVERHEAD_BYTES}) must not exceed grpcMessageBytesMax (${l.grpcMessageBytesMax})`);
  }
  if (l.reconnectBackoffMaxMs < l.reconnectBackoffInitialMs) {
    problems.push(`reconnectBackoffMaxMs (${l.reconnectBackoffMaxMs}) must be at least reconnectBackoffInitialMs (${l.reconnectBackoffInitialMs})`);
  }
  if (problems.length > 0) throw new FedmqError('CONFIG_INVALID', `invalid raft transport limits: ${problems.join('; ')}`, { problems });
  return l;
}

// ---------------------------------------------------------------- service definition
//
// Requests are passed through as raw bytes and decoded by the handlers with the protobufjs
// codecs: a frame grpc-js failed to deserialize would end the call with INTERNAL, but a malformed
// frame is the peer's fault and must be answered INVALID_ARGUMENT with a message saying what broke.

const rawBytes = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const asIs = (b: Buffer): Buffer => b;
const encodeResult = (r: fedmq.v1.SnapshotResult.$Properties): Buffer => rawBytes(fedmq.v1.SnapshotResult.encode(r).finish());
const decodeResult = (b: Buffer): fedmq.v1.SnapshotResult => fedmq.v1.SnapshotResult.decode(b);

export const raftTransportService: grpc.ServiceDefinition = {
  Stream: {
    path: RAFT_STREAM_PATH,
    originalName: 'stream',
    requestStream: true,
    responseStream: true,
    requestSerialize: rawBytes,
    requestDeserialize: asIs,
    responseSerialize: rawBytes,
    responseDeserialize: asIs,
  },
  InstallSnapshot: {
    path: RAFT_INSTALL_SNAPSHOT_PATH,
    originalName: 'installSnapshot',
    requestStream: true,
    responseStream: false,
    requestSerialize: rawBytes,
    requestDeserialize: asIs,
    responseSerialize: encodeResult,
    responseDeserialize: decodeResult,
  },
};

// ---------------------------------------------------------------- public types

export interface GrpcRaftTransportOptions {
  identity: NodeIdentity;
  /** nodeId → 'host:port' of every other member (this node excluded). */
  peers: ReadonlyMap<number, string>;
  handler: TransportHandler;
  logger: Logger;
  /** Incoming snapshot images are written here while they arrive. */
  stagingDir: string;
  limits?: Partial<RaftTransportLimits>;
}

export interface PeerTransportStats {
  nodeId: number;
  /** null for a lower-id node that dialed in without being in our peer list. */
  addr: string | null;
  connected: boolean;
  /** Streams this node dialed to the peer (lower id only) / accepted from it (higher id only). */
  streamsDialed: number;
  streamsAccepted: number;
  queuedMsgs: number;
  queuedBytes: number;
  /** The most bytes ever queued for this peer at once (never above queueBytesMax). */
  queuedBytesPeak: number;
  droppedMsgs: number;
  droppedBytes: number;
  framesSent: number;
  msgsSent: number;
  framesReceived: number;
  msgsReceived: number;
  unreachableReports: number;
  snapshotsSent: number;
  snapshotsFailed: number;
  snapshotsCoalesced: number;
}

export interface TransportStats {
  peers: PeerTransportStats[];
  /** Messages for a node that is neither a peer nor connected to us. */
  droppedNoPeerMsgs: number;
  /** Messages larger than entryBytesMax + overhead (a configuration error). */
  droppedOversizeMsgs: number;
  /** Inbound Stream or InstallSnapshot calls refused (bad hello, malformed frame, shutting down). */
  callsRefused: number;
  snapshotsReceived: number;
  snapshotChunksReceived: number;
  snapshotChunkBytesMaxReceived: number;
}

// ---------------------------------------------------------------- internals

type DialCall = grpc.ClientDuplexStream<Uint8Array, Buffer>;
type AcceptCall = grpc.ServerDuplexStream<Buffer, Uint8Array>;
type SnapshotCall = grpc.ServerReadableStream<Buffer, Uint8Array>;

interface Conn {
  readonly kind: 'dial' | 'accept';
  readonly call: DialCall | AcceptCall;
  /** Hellos exchanged: batches may flow. */
  open: boolean;
  done: boolean;
  waitingDrain: boolean;
  /** Written to the call but not yet handed to HTTP/2 (write callback pending). */
  bytesInFlight: number;
}

interface SnapshotOut {
  call: grpc.ClientWritableStream<Uint8Array> | null;
  cancelled: boolean;
  done: Promise<void>;
}

/** A FIFO of encoded messages; shift is O(1) amortized. */
class ByteQueue {
  private items: (Uint8Array | undefined)[] = [];
  private head = 0;
  bytes = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(b: Uint8Array): void {
    this.items.push(b);
    this.bytes += b.length;
  }

  peek(i: number): Uint8Array {
    return this.items[this.head + i]!;
  }

  shift(): Uint8Array {
    const b = this.items[this.head]!;
    this.items[this.head] = undefined;
    this.head++;
    this.bytes -= b.length;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return b;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.bytes = 0;
  }
}

class Peer {
  readonly nodeId: number;
  addr: string | null;
  client: grpc.Client | null = null;
  conn: Conn | null = null;
  readonly queue = new ByteQueue();
  flushScheduled = false;
  redialTimer: NodeJS.Timeout | null = null;
  backoffMs: number;
  /** onPeerUnreachable was called and no stream has opened since. */
  lossReported = false;
  /** The last dial error logged, so a retry loop logs each distinct error once. */
  lastDialError: string | null = null;
  lastDropWarnAtMs = 0;
  dropsSinceWarn = 0;
  snapshotOut: SnapshotOut | null = null;
  readonly stats: Omit<PeerTransportStats, 'nodeId' | 'addr' | 'connected' | 'queuedMsgs' | 'queuedBytes'> = {
    streamsDialed: 0,
    streamsAccepted: 0,
    queuedBytesPeak: 0,
    droppedMsgs: 0,
    droppedBytes: 0,
    framesSent: 0,
    msgsSent: 0,
    framesReceived: 0,
    msgsReceived: 0,
    unreachableReports: 0,
    snapshotsSent: 0,
    snapshotsFailed: 0,
    snapshotsCoalesced: 0,
  };

  constructor(nodeId: number, addr: string | null, backoffMs: number) {
    this.nodeId = nodeId;
    this.addr = addr;
    this.backoffMs = backoffMs;
  }
}

export class GrpcRaftTransport implements RaftTransport {
  private readonly identity: NodeIdentity;
  private readonly handler: TransportHandler;
  private readonly log: Logger;
  private readonly stagingDir: string;
  private readonly limits: RaftTransportLimits;
  private readonly messageBytesMax: number;
  private readonly peers = new Map<number, Peer>();
  /** Ids setPeers removed: their hellos are refused until they are added back. */
  private readonly removedIds = new Set<number>();
  /** Inbound calls not yet attached to a peer (waiting for the hello). */
  private readonly pendingCalls = new Set<AcceptCall>();
  /** Every inbound snapshot call until it is answered (close() cancels and awaits them). */
  private readonly snapshotCalls = new Map<SnapshotCall, Promise<void>>();
  /** The inbound transfer of each sender; a newer one from the same sender cancels the older. */
  private readonly snapshotBySender = new Map<number, SnapshotCall>();
  private closed = false;
  private readonly counters = {
    droppedNoPeerMsgs: 0,
    droppedOversizeMsgs: 0,
    callsRefused: 0,
    snapshotsReceived: 0,
    snapshotChunksReceived: 0,
    snapshotChunkBytesMaxReceived: 0,
  };
  private lastMisrouteWarnAtMs = 0;

  constructor(opts: GrpcRaftTransportOptions) {
    const id = opts.identity;
    if (!Number.isSafeInteger(id.nodeId) || id.nodeId <= 0) throw new Error(`raft transport: nodeId must be a positive integer, got ${id.nodeId}`);
    this.identity = { ...id };
    this.handler = opts.handler;
    this.log = opts.logger.child({ component: 'raft-transport' });
    this.stagingDir = opts.stagingDir;
    this.limits = resolveTransportLimits(opts.limits);
    this.messageBytesMax = this.limits.entryBytesMax + MESSAGE_OVERHEAD_BYTES;
    this.log.info({ limits: this.limits }, 'raft transport limits');
    this.setPeers(opts.peers);
  }

  /** The options the node's grpc.Server must be created with (see raftGrpcServerOptions). */
  serverOptions(): grpc.ChannelOptions {
    return raftGrpcServerOptions(this.limits);
  }

  /** Registers the RaftTransport service on the node's server (created with serverOptions()). */
  addTo(server: grpc.Server): void {
    // grpc-js keeps server options private; check them when we can see them, since a server left
    // at the 4 MiB default would refuse the largest Raft messages at run time.
    const serverOptions = (server as unknown as { options?: grpc.ChannelOptions }).options;
    const receiveMax = serverOptions?.['grpc.max_receive_message_length'];
    if (serverOptions && (typeof receiveMax !== 'number' || (receiveMax !== -1 && receiveMax < this.limits.grpcMessageBytesMax))) {
      throw new Error(`raft transport: the grpc.Server must be created with transport.serverOptions() (grpc.max_receive_message_length >= ${this.limits.grpcMessageBytesMax}, got ${String(receiveMax)})`);
    }
    server.addService(raftTransportService, {
      Stream: (call: AcceptCall) => this.acceptStream(call),
      InstallSnapshot: (call: SnapshotCall, callback: grpc.sendUnaryData<fedmq.v1.SnapshotResult.$Properties>) =>
        this.acceptSnapshot(call, callback),
    });
  }

  // ------------------------------------------------------------ RaftTransport

  send(msgs: readonly Message[]): void {
    if (this.closed) return;
    for (const m of msgs) {
      if (m.to === this.identity.nodeId) throw new Error(`raft transport: a message to this node itself (${messageLabel(m)})`);
      const p = this.peers.get(m.to);
      if (!p) {
        this.counters.droppedNoPeerMsgs++;
        this.warnMisroute(m);
        continue;
      }
      if (m.type === MessageType.MSG_SNAP) {
        this.startSnapshot(p, m);
        continue;
      }
      const bytes = fedmq.v1.RaftMessage.encode(m).finish();
      if (bytes.length > this.messageBytesMax) {
        this.counters.droppedOversizeMsgs++;
        this.log.error({ peer: p.nodeId, bytes: bytes.length, messageBytesMax: this.messageBytesMax }, 'message larger than the transport allows, dropped');
        continue;
      }
      this.enqueue(p, bytes);
    }
  }

  setPeers(peers: ReadonlyMap<number, string>): void {
    if (this.closed) return;
    const added: number[] = [];
    const removed: number[] = [];
    for (const [nodeId, p] of this.peers) {
      if (p.addr === null || peers.has(nodeId)) continue;
      removed.push(nodeId);
      this.removedIds.add(nodeId);
      this.dropPeer(p);
    }
    for (const [nodeId, addr] of peers) {
      if (nodeId === this.identity.nodeId) throw new Error(`raft transport: the peer list includes this node (${nodeId})`);
      if (!Number.isSafeInteger(nodeId) || nodeId <= 0) throw new Error(`raft transport: peer ids must be positive integers, got ${nodeId}`);
      this.removedIds.delete(nodeId);
      const p = this.peers.get(nodeId);
      if (p && p.addr === addr) continue;
      if (p && p.addr !== null) {
        // Same node, new address: start over on the new one (a stream it dialed to us stays).
        if (p.conn?.kind === 'dial') this.dropConn(p);
        this.closeClient(p);
        p.addr = addr;
        this.scheduleDial(p, 0);
        continue;
      }
      added.push(nodeId);
      if (p) {
        p.addr = addr; // it had dialed in before we knew it
      } else {
        const np = new Peer(nodeId, addr, this.limits.reconnectBackoffInitialMs);
        this.peers.set(nodeId, np);
        this.scheduleDial(np, 0);
      }
    }
    if (added.length > 0 || removed.length > 0) this.log.info({ added, removed }, 'peers changed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const waits: Promise<void>[] = [];
    for (const p of this.peers.values()) {
      if (p.snapshotOut) waits.push(p.snapshotOut.done);
      this.dropPeer(p);
    }
    this.peers.clear();
    for (const call of this.pendingCalls) endAccepted(call, new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`));
    this.pendingCalls.clear();
    for (const [call, done] of this.snapshotCalls) {
      call.destroy();
      waits.push(done);
    }
    await Promise.allSettled(waits);
    this.log.info('raft transport closed');
  }

  stats(): TransportStats {
    const peers: PeerTransportStats[] = [];
    for (const p of this.peers.values()) {
      peers.push({
        nodeId: p.nodeId,
        addr: p.addr,
        connected: p.conn?.open ?? false,
        queuedMsgs: p.queue.length,
        queuedBytes: p.queue.bytes,
        ...p.stats,
      });
    }
    peers.sort((a, b) => a.nodeId - b.nodeId);
    return { peers, ...this.counters };
  }

  // ------------------------------------------------------------ queue and flush

  private enqueue(p: Peer, bytes: Uint8Array): void {
    const q = p.queue;
    let dropped = 0;
    while (q.length > 0 && (q.length + 1 > this.limits.queueMsgsMax || q.bytes + bytes.length > this.limits.queueBytesMax)) {
      const old = q.shift();
      p.stats.droppedBytes += old.length;
      dropped++;
    }
    q.push(bytes);
    if (q.bytes > p.stats.queuedBytesPeak) p.stats.queuedBytesPeak = q.bytes;
    if (dropped > 0) this.noteDrops(p, dropped);
    this.scheduleFlush(p);
  }

  private noteDrops(p: Peer, n: number): void {
    p.stats.droppedMsgs += n;
    p.dropsSinceWarn += n;
    const now = Date.now();
    if (now - p.lastDropWarnAtMs < this.limits.dropWarnIntervalMs) return;
    this.log.warn({ peer: p.nodeId, addr: p.addr, droppedMsgs: p.dropsSinceWarn, queuedMsgs: p.queue.length, queuedBytes: p.queue.bytes, connected: p.conn?.open ?? false }, 'peer queue full, dropping oldest messages');
    p.lastDropWarnAtMs = now;
    p.dropsSinceWarn = 0;
  }

  private warnMisroute(m: Message): void {
    const now = Date.now();
    if (now - this.lastMisrouteWarnAtMs < this.limits.dropWarnIntervalMs) return;
    this.lastMisrouteWarnAtMs = now;
    this.log.warn({ peer: m.to, type: m.type, droppedNoPeerMsgs: this.counters.droppedNoPeerMsgs }, 'message for a node that is not a peer, dropped');
  }

  private scheduleFlush(p: Peer): void {
    if (p.flushScheduled) return;
    p.flushScheduled = true;
    // A microtask: every send() of the current turn lands in the same frame.
    queueMicrotask(() => {
      p.flushScheduled = false;
      this.flush(p);
    });
  }

  private flush(p: Peer): void {
    const c = p.conn;
    if (this.closed || !c || !c.open || c.done) return;
    while (p.queue.length > 0 && !c.waitingDrain && c.bytesInFlight < this.limits.frameBytesMax) {
      const { frame, msgs } = this.takeFrame(p);
      p.stats.framesSent++;
      p.stats.msgsSent += msgs;
      c.bytesInFlight += frame.length;
      const ok = c.call.write(frame, () => {
        c.bytesInFlight -= frame.length;
        if (p.conn === c && c.bytesInFlight < this.limits.frameBytesMax) this.scheduleFlush(p);
      });
      if (!ok) c.waitingDrain = true;
    }
  }

  /** Cuts the next RaftFrame{batch} off the queue: as many messages as fit in frameBytesMax. */
  private takeFrame(p: Peer): { frame: Buffer; msgs: number } {
    const q = p.queue;
    let batchBytes = 0;
    let n = 0;
    while (n < q.length) {
      const len = q.peek(n).length;
      const next = batchBytes + 1 + varintBytes(len) + len;
      if (n > 0 && 1 + varintBytes(next) + next > this.limits.frameBytesMax) break;
      batchBytes = next;
      n++;
    }
    // RaftFrame field 2 (batch), RaftBatch field 1 (messages), both length-delimited.
    const frame = Buffer.allocUnsafe(1 + varintBytes(batchBytes) + batchBytes);
    let pos = 0;
    frame[pos++] = 0x12;
    pos = writeVarint(frame, pos, batchBytes);
    for (let i = 0; i < n; i++) {
      const m = q.shift();
      frame[pos++] = 0x0a;
      pos = writeVarint(frame, pos, m.length);
      frame.set(m, pos);
      pos += m.length;
    }
    if (pos !== frame.length) throw new Error(`raft transport: frame length ${pos} != ${frame.length}`);
    if (frame.length > this.limits.frameBytesMax) throw new Error(`raft transport: frame of ${frame.length} bytes exceeds frameBytesMax`);
    return { frame, msgs: n };
  }

  // ------------------------------------------------------------ dialing (we have the lower id)

  private clientFor(p: Peer): grpc.Client {
    if (p.client) return p.client;
    if (p.addr === null) throw new Error(`raft transport: no address for node ${p.nodeId}`);
    p.client = new grpc.Client(p.addr, grpc.credentials.createInsecure(), {
      ...raftGrpcServerOptions(this.limits),
      // grpc's own reconnect backoff (default 1 s to 120 s) would outlast ours: align them.
      'grpc.initial_reconnect_backoff_ms': this.limits.reconnectBackoffInitialMs,
      'grpc.max_reconnect_backoff_ms': this.limits.reconnectBackoffMaxMs,
    });
    return p.client;
  }

  private closeClient(p: Peer): void {
    if (p.snapshotOut) p.snapshotOut.cancelled = true;
    p.snapshotOut?.call?.cancel();
    p.client?.close();
    p.client = null;
  }

  private scheduleDial(p: Peer, delayMs: number): void {
    if (this.closed || p.nodeId < this.identity.nodeId || p.addr === null || p.conn || p.redialTimer) return;
    p.redialTimer = setTimeout(() => {
      p.redialTimer = null;
      this.dial(p);
    }, delayMs);
  }

  private dial(p: Peer): void {
    if (this.closed || p.conn || this.peers.get(p.nodeId) !== p) return;
    const call: DialCall = this.clientFor(p).makeBidiStreamRequest(RAFT_STREAM_PATH, rawBytes, asIs);
    const c: Conn = { kind: 'dial', call, open: false, done: false, waitingDrain: false, bytesInFlight: 0 };
    p.conn = c;
    p.stats.streamsDialed++;
    call.on('data', (buf: Buffer) => this.onDialData(p, c, buf));
    call.on('drain', () => this.onDrain(p, c));
    call.on('error', (err: grpc.ServiceError) => this.lost(p, c, { code: err.code, details: err.details }));
    call.on('status', (s: grpc.StatusObject) => this.lost(p, c, { code: s.code, details: s.details }));
    call.write(encodeFrame({ hello: this.hello(p.nodeId) }));
  }

  private onDialData(p: Peer, c: Conn, buf: Buffer): void {
    if (c.done) return;
    if (c.open) {
      this.onBatchFrame(p, c, buf);
      return;
    }
    let problem: FedmqError | null;
    try {
      const frame = fedmq.v1.RaftFrame.decode(buf);
      problem = frame.body !== 'hello' || !frame.hello
        ? new FedmqError('BAD_FRAME', `node ${p.nodeId} answered with a ${frame.body ?? 'empty'} frame before its StreamHello`)
        : helloProblem(this.identity, frame.hello, p.nodeId);
    } catch (err) {
      problem = new FedmqError('BAD_FRAME', `malformed RaftFrame from node ${p.nodeId}: ${(err as Error).message}`);
    }
    if (problem) {
      this.lost(p, c, { code: problem.grpcStatus, details: problem.message });
      return;
    }
    this.opened(p, c);
  }

  // ------------------------------------------------------------ accepting (we have the higher id)

  private acceptStream(call: AcceptCall): void {
    if (this.closed) {
      this.refuse(call, null, new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`));
      return;
    }
    this.pendingCalls.add(call);
    let p: Peer | null = null;
    let c: Conn | null = null;
    let refused = false;
    call.on('data', (buf: Buffer) => {
      if (refused) return;
      if (p && c) {
        this.onBatchFrame(p, c, buf);
        return;
      }
      const hello = this.readHello(buf, call);
      if (hello instanceof FedmqError) {
        refused = true;
        this.pendingCalls.delete(call);
        this.refuse(call, null, hello);
        return;
      }
      this.pendingCalls.delete(call);
      const from = hello.fromNode;
      p = this.peers.get(from) ?? null;
      if (!p) {
        // A lower-id node we were not told about (a member whose address we learn later): accept.
        p = new Peer(from, null, this.limits.reconnectBackoffInitialMs);
        this.peers.set(from, p);
      }
      c = { kind: 'accept', call, open: false, done: false, waitingDrain: false, bytesInFlight: 0 };
      const old = p.conn;
      p.conn = c; // before ending the old one, so its end is not reported as a loss
      if (old) this.shutConn(old);
      p.stats.streamsAccepted++;
      call.write(encodeFrame({ hello: this.hello(from) }));
      this.opened(p, c);
    });
    call.on('drain', () => p && c && this.onDrain(p, c));
    const gone = (details: string) => () => {
      this.pendingCalls.delete(call);
      if (p && c) this.lost(p, c, { code: grpc.status.UNAVAILABLE, details });
    };
    call.on('end', gone('stream ended by the peer'));
    call.on('cancelled', gone('stream reset by the peer'));
    call.on('close', gone('stream closed'));
    call.on('error', gone('stream failed'));
  }

  /** Decodes and checks the first frame of an inbound stream. */
  private readHello(buf: Buffer, call: AcceptCall): { fromNode: number } | FedmqError {
    let frame: fedmq.v1.RaftFrame;
    try {
      frame = fedmq.v1.RaftFrame.decode(buf);
    } catch (err) {
      return new FedmqError('BAD_FRAME', `malformed RaftFrame from ${call.getPeer()}: ${(err as Error).message}`);
    }
    if (frame.body !== 'hello' || !frame.hello) {
      return new FedmqError('BAD_FRAME', `the first frame of a raft stream must be a StreamHello, got ${frame.body === 'batch' ? 'a batch' : 'an empty frame'} from ${call.getPeer()}`);
    }
    const h = frame.hello;
    const fromNode = h.fromNode ?? 0;
    return helloProblem(this.identity, h, null) ?? this.dialerProblem(fromNode) ?? { fromNode };
  }

  private dialerProblem(from: number): FedmqError | null {
    if (from > this.identity.nodeId) {
      return new FedmqError('BAD_FRAME', `node ${from} dialed node ${this.identity.nodeId}, but only the node with the lower id dials`);
    }
    if (this.removedIds.has(from)) {
      return new FedmqError('NOT_A_MEMBER', `node ${from} is no longer a member of site "${this.identity.siteId}" as node ${this.identity.nodeId} knows it`);
    }
    return null;
  }

  // ------------------------------------------------------------ both directions

  private hello(to: number): fedmq.v1.StreamHello.$Properties {
    return {
      protocolVersion: RAFT_PROTOCOL_VERSION,
      clusterId: this.identity.clusterId,
      siteId: this.identity.siteId,
      fromNode: this.identity.nodeId,
      toNode: to,
    };
  }

  private opened(p: Peer, c: Conn): void {
    c.open = true;
    p.lossReported = false;
    p.lastDialError = null;
    p.backoffMs = this.limits.reconnectBackoffInitialMs;
    this.log.info({ peer: p.nodeId, addr: p.addr ?? c.call.getPeer(), dir: c.kind }, 'peer connected');
    this.flush(p);
  }

  private onDrain(p: Peer, c: Conn): void {
    if (p.conn !== c) return;
    c.waitingDrain = false;
    this.flush(p);
  }

  private onBatchFrame(p: Peer, c: Conn, buf: Buffer): void {
    let msgs: Message[];
    try {
      msgs = this.readBatch(p, buf);
    } catch (err) {
      const e = err instanceof FedmqError ? err : new FedmqError('BAD_FRAME', `malformed RaftFrame from node ${p.nodeId}: ${(err as Error).message}`);
      if (c.kind === 'accept') this.refuse(c.call as AcceptCall, p, e);
      else this.log.error({ peer: p.nodeId, addr: p.addr, code: e.code, reason: e.message }, 'bad frame from peer');
      this.lost(p, c, { code: e.grpcStatus, details: e.message });
      return;
    }
    p.stats.framesReceived++;
    p.stats.msgsReceived += msgs.length;
    if (msgs.length > 0 && !this.closed) this.handler.onMessages(msgs);
  }

  private readBatch(p: Peer, buf: Buffer): Message[] {
    const frame = fedmq.v1.RaftFrame.decode(buf);
    if (frame.body !== 'batch' || !frame.batch) {
      throw new FedmqError('BAD_FRAME', `node ${p.nodeId} sent a ${frame.body ?? 'empty'} frame where a batch was expected`);
    }
    const msgs: Message[] = [];
    for (const raw of frame.batch.messages ?? []) {
      const m = toMessage(raw);
      if (m.to !== this.identity.nodeId || m.from !== p.nodeId) {
        throw new FedmqError('BAD_FRAME', `node ${p.nodeId} sent a message from ${m.from} to ${m.to} on its stream to node ${this.identity.nodeId}`);
      }
      if (!STREAM_MESSAGE_TYPES.has(m.type)) {
        throw new FedmqError('BAD_FRAME', `node ${p.nodeId} sent message type ${m.type}, which does not travel on the raft stream`);
      }
      msgs.push(m);
    }
    return msgs;
  }

  /** A stream to `p` ended or failed: report it (once per loss) and, when we dial, redial. */
  private lost(p: Peer, c: Conn, why: { code: number; details: string }): void {
    this.shutConn(c);
    if (p.conn !== c) return; // already replaced or dropped: not a loss
    p.conn = null;
    const dialing = c.kind === 'dial';
    // Refusals are logged once per distinct error; plain unavailability once per loss.
    const key = why.code === grpc.status.UNAVAILABLE || why.code === grpc.status.CANCELLED ? String(why.code) : `${why.code}:${why.details}`;
    if (dialing && key !== p.lastDialError && !this.closed) {
      p.lastDialError = key;
      const refused = why.code === grpc.status.FAILED_PRECONDITION || why.code === grpc.status.INVALID_ARGUMENT || why.code === grpc.status.UNIMPLEMENTED;
      const fields = { peer: p.nodeId, addr: p.addr, code: grpc.status[why.code] ?? why.code, reason: why.details };
      if (refused) this.log.error(fields, 'peer refused the raft stream');
      else if (c.open || !p.lossReported) this.log.warn(fields, 'peer unreachable');
    } else if (!dialing && !this.closed && !p.lossReported) {
      this.log.warn({ peer: p.nodeId, addr: p.addr ?? c.call.getPeer(), reason: why.details }, 'peer unreachable');
    }
    if (!p.lossReported && !this.closed) {
      p.lossReported = true;
      p.stats.unreachableReports++;
      this.handler.onPeerUnreachable(p.nodeId);
    }
    if (this.closed) return;
    if (dialing) {
      const delay = p.backoffMs * (0.5 + Math.random() * 0.5);
      p.backoffMs = Math.min(p.backoffMs * 2, this.limits.reconnectBackoffMaxMs);
      this.scheduleDial(p, delay);
    } else if (p.addr === null && !p.snapshotOut) {
      // A node that dialed in unannounced and went away: forget it until it dials again.
      p.queue.clear();
      this.peers.delete(p.nodeId);
    }
  }

  private shutConn(c: Conn): void {
    if (c.done) return;
    c.done = true;
    if (c.kind === 'dial') (c.call as DialCall).cancel();
    else endAccepted(c.call as AcceptCall, null);
  }

  private dropConn(p: Peer): void {
    const c = p.conn;
    p.conn = null;
    if (c) this.shutConn(c);
  }

  /** Closes everything about a peer (removed, or the transport closing). */
  private dropPeer(p: Peer): void {
    if (p.redialTimer) clearTimeout(p.redialTimer);
    p.redialTimer = null;
    this.dropConn(p);
    this.closeClient(p);
    p.queue.clear();
    this.peers.delete(p.nodeId);
  }

  private refuse(call: AcceptCall, p: Peer | null, err: FedmqError): void {
    this.counters.callsRefused++;
    this.log.warn({ peer: p?.nodeId, remote: call.getPeer(), code: err.code, reason: err.message }, 'refused a raft stream');
    endAccepted(call, err);
  }

  // ------------------------------------------------------------ snapshots, sending side

  /** At most one transfer per peer: a MSG_SNAP while one runs is coalesced into it (its outcome answers both). */
  private startSnapshot(p: Peer, m: Message): void {
    if (p.snapshotOut) {
      p.stats.snapshotsCoalesced++;
      this.log.debug({ peer: p.nodeId }, 'snapshot already in flight, coalesced');
      return;
    }
    const out: SnapshotOut = { call: null, cancelled: false, done: Promise.resolve() };
    p.snapshotOut = out;
    const startedAtMs = Date.now();
    out.done = this.sendSnapshot(p, m, out).then(
      (r) => r,
      (err: unknown) => ({ ok: false, bytes: 0, reason: (err as Error).message }),
    ).then((r) => {
      if (p.snapshotOut === out) p.snapshotOut = null;
      if (r.ok) {
        p.stats.snapshotsSent++;
        this.log.info({ peer: p.nodeId, addr: p.addr, bytes: r.bytes, ms: Date.now() - startedAtMs }, 'snapshot sent');
      } else {
        p.stats.snapshotsFailed++;
        this.log.warn({ peer: p.nodeId, addr: p.addr, reason: r.reason }, 'snapshot failed');
      }
      if (!this.closed) this.handler.onSnapshotSent(p.nodeId, r.ok);
    });
  }

  private async sendSnapshot(p: Peer, m: Message, out: SnapshotOut): Promise<{ ok: boolean; bytes: number; reason: string }> {
    await Promise.resolve(); // never call back into the handler from inside send()
    if (p.addr === null) return { ok: false, bytes: 0, reason: `no address for node ${p.nodeId}` };
    const reader = this.handler.openSnapshot();
    let stallTimer: NodeJS.Timeout | null = null;
    try {
      if (out.cancelled || this.closed) return { ok: false, bytes: 0, reason: 'cancelled' };
      let settled = false;
      let call!: grpc.ClientWritableStream<Uint8Array>;
      const result = new Promise<fedmq.v1.SnapshotResult>((resolve, reject) => {
        call = this.clientFor(p).makeClientStreamRequest<Uint8Array, fedmq.v1.SnapshotResult>(
          RAFT_INSTALL_SNAPSHOT_PATH, rawBytes, decodeResult, (err, res) => {
            settled = true;
            if (err) reject(new Error(`${grpc.status[err.code] ?? err.code}: ${err.details}`));
            else resolve(res!);
          });
      });
      result.catch(() => {}); // awaited below; this only keeps an early exit from leaving it unhandled
      out.call = call;
      call.on('error', () => {}); // the outcome arrives through the callback

      let progressAtMs = Date.now();
      let stalledMs = 0;
      const armStall = (): void => {
        stallTimer = setTimeout(() => {
          const idleMs = Date.now() - progressAtMs;
          if (idleMs < this.limits.snapshotStallMsMax) {
            armStall();
            return;
          }
          stalledMs = idleMs;
          call.cancel();
        }, this.limits.snapshotStallMsMax - (Date.now() - progressAtMs));
      };
      armStall();

      const meta = reader.meta;
      let offset = 0;
      let first = true;
      const writeChunk = async (data: Uint8Array, last: boolean): Promise<void> => {
        const chunk: fedmq.v1.SnapshotChunk.$Properties = { offset, data, last };
        if (first) {
          chunk.hello = this.hello(p.nodeId);
          chunk.message = { ...m, snapshot: { meta, data: EMPTY_BYTES } };
          first = false;
        }
        offset += data.length;
        progressAtMs = Date.now();
        if (!call.write(fedmq.v1.SnapshotChunk.encode(chunk).finish(), () => (progressAtMs = Date.now()))) {
          await drainOrSettle(call, result);
        }
      };
      // One chunk of lookahead, so the final chunk goes out with last = true.
      let pending: Uint8Array | null = null;
      const max = this.limits.snapshotChunkBytesMax;
      outer: for await (const piece of reader.chunks(max)) {
        for (let at = 0; at < piece.length; at += max) {
          if (out.cancelled || settled) break outer;
          if (pending) await writeChunk(pending, false);
          pending = piece.subarray(at, Math.min(at + max, piece.length)); // never more than max, whatever the reader yields
        }
      }
      if (!out.cancelled && !settled) {
        await writeChunk(pending ?? EMPTY_BYTES, true);
        call.end();
      } else if (!settled) {
        call.cancel();
      }
      const res = await result.catch((err: Error) => {
        throw stalledMs > 0 ? new Error(`no progress for ${stalledMs} ms, cancelled`) : err;
      });
      return { ok: res.accepted, bytes: offset, reason: res.accepted ? '' : `rejected: ${res.reason}` };
    } finally {
      if (stallTimer) clearTimeout(stallTimer);
      reader.close();
    }
  }

  // ------------------------------------------------------------ snapshots, receiving side

  private acceptSnapshot(call: SnapshotCall, callback: grpc.sendUnaryData<fedmq.v1.SnapshotResult.$Properties>): void {
    if (this.closed) {
      this.counters.callsRefused++;
      callback(toServiceError(new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`)));
      return;
    }
    let from = 0;
    const done = this.receiveSnapshot(call, (f) => (from = f)).then(
      () => callback(null, { accepted: true }),
      (err: unknown) => {
        const e = err instanceof FedmqError ? err : new FedmqError('BAD_FRAME', `snapshot transfer failed: ${(err as Error).message}`);
        this.counters.callsRefused++;
        this.log.warn({ peer: from || undefined, remote: call.getPeer(), code: e.code, reason: e.message }, 'snapshot refused');
        callback(toServiceError(e));
      },
    ).finally(() => {
      this.snapshotCalls.delete(call);
      if (this.snapshotBySender.get(from) === call) this.snapshotBySender.delete(from);
    });
    this.snapshotCalls.set(call, done);
  }

  private async receiveSnapshot(call: SnapshotCall, noteFrom: (from: number) => void): Promise<void> {
    const it = call[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const firstRaw = await it.next();
    if (firstRaw.done) throw new FedmqError('BAD_FRAME', 'InstallSnapshot ended before its first chunk');
    const first = decodeChunk(firstRaw.value, call);
    if (!first.hello) throw new FedmqError('BAD_FRAME', `the first snapshot chunk from ${call.getPeer()} carries no StreamHello`);
    const helloErr = helloProblem(this.identity, first.hello, null);
    if (helloErr) throw helloErr;
    const from = first.hello.fromNode ?? 0;
    if (this.removedIds.has(from)) throw new FedmqError('NOT_A_MEMBER', `node ${from} is no longer a member of site "${this.identity.siteId}" as node ${this.identity.nodeId} knows it`);
    if (!first.message) throw new FedmqError('BAD_FRAME', `the first snapshot chunk from node ${from} carries no MSG_SNAP`);
    const m = toMessage(first.message);
    if (m.type !== MessageType.MSG_SNAP || m.from !== from || m.to !== this.identity.nodeId || !m.snapshot) {
      throw new FedmqError('BAD_FRAME', `the first snapshot chunk from node ${from} must carry its MSG_SNAP (from ${from} to ${this.identity.nodeId}, with meta), got type ${m.type} from ${m.from} to ${m.to}`);
    }
    noteFrom(from);
    // A newer transfer from the same sender supersedes an older one (the sender runs one at a time).
    const older = this.snapshotBySender.get(from);
    this.snapshotBySender.set(from, call);
    if (older) older.destroy();
    const meta = m.snapshot.meta;
    m.snapshot = { meta, data: EMPTY_BYTES };
    const staged = await stageSnapshot(this.stagingDir, meta, this.chunkData(first, it, from));
    if (this.closed) {
      staged.dispose();
      throw new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`);
    }
    this.counters.snapshotsReceived++;
    this.log.info({ peer: from, index: meta.index, term: meta.term, bytes: staged.bytes }, 'snapshot received');
    this.handler.onSnapshotReceived(m, staged);
  }

  /** The image bytes of a transfer, chunk by chunk, with offsets, order, sizes and `last` checked. */
  private async *chunkData(first: fedmq.v1.SnapshotChunk, it: AsyncIterator<Buffer>, from: number): AsyncGenerator<Uint8Array> {
    let chunk = first;
    let expected = 0;
    for (;;) {
      if (chunk !== first && (chunk.hello || chunk.message)) {
        throw new FedmqError('BAD_FRAME', `snapshot chunk at offset ${chunk.offset} from node ${from} repeats the hello or message`);
      }
      if (chunk.offset !== expected) {
        throw new FedmqError('BAD_FRAME', `snapshot chunk from node ${from} at offset ${chunk.offset}, expected ${expected}`);
      }
      if (chunk.data.length > SNAPSHOT_CHUNK_BYTES_LIMIT) {
        throw new FedmqError('BAD_FRAME', `snapshot chunk from node ${from} of ${chunk.data.length} bytes exceeds ${SNAPSHOT_CHUNK_BYTES_LIMIT}`);
      }
      this.counters.snapshotChunksReceived++;
      if (chunk.data.length > this.counters.snapshotChunkBytesMaxReceived) this.counters.snapshotChunkBytesMaxReceived = chunk.data.length;
      expected += chunk.data.length;
      if (chunk.data.length > 0) yield chunk.data;
      if (chunk.last) return;
      const next = await it.next();
      if (next.done) throw new FedmqError('BAD_FRAME', `snapshot from node ${from} ended at offset ${expected} without its last chunk`);
      chunk = decodeChunk(next.value, null);
    }
  }
}

// ---------------------------------------------------------------- helpers

function helloProblem(self: NodeIdentity, h: fedmq.v1.StreamHello.$Properties, expectFrom: number | null): FedmqError | null {
  const from = h.fromNode ?? 0;
  const version = h.protocolVersion ?? 0;
  if (version !== RAFT_PROTOCOL_VERSION) {
    return new FedmqError('PROTOCOL_VERSION',
      `raft protocol version mismatch: node ${from} speaks ${version}, node ${self.nodeId} speaks ${RAFT_PROTOCOL_VERSION}; run the same fedmq release on both`,
      { peer: from, peerVersion: version, version: RAFT_PROTOCOL_VERSION });
  }
  if ((h.clusterId ?? '') !== self.clusterId || (h.siteId ?? '') !== self.siteId) {
    return new FedmqError('CLUSTER_MISMATCH',
      `node ${from} is in cluster "${h.clusterId ?? ''}" site "${h.siteId ?? ''}", node ${self.nodeId} in cluster "${self.clusterId}" site "${self.siteId}"; check the members' addresses`,
      { peer: from });
  }
  if ((h.toNode ?? 0) !== self.nodeId) {
    return new FedmqError('CLUSTER_MISMATCH',
      `node ${from} meant to reach node ${h.toNode ?? 0} but reached node ${self.nodeId}; check the members' addresses`, { peer: from });
  }
  if (!Number.isSafeInteger(from) || from <= 0 || from === self.nodeId || (expectFrom !== null && from !== expectFrom)) {
    return new FedmqError('CLUSTER_MISMATCH',
      expectFrom !== null
        ? `node ${self.nodeId} dialed node ${expectFrom} but node ${from} answered; check the members' addresses`
        : `a peer claims node id ${from}, which node ${self.nodeId} cannot accept`, { peer: from });
  }
  return null;
}

function decodeChunk(buf: Buffer, call: SnapshotCall | null): fedmq.v1.SnapshotChunk {
  try {
    return fedmq.v1.SnapshotChunk.decode(buf);
  } catch (err) {
    throw new FedmqError('BAD_FRAME', `malformed SnapshotChunk${call ? ` from ${call.getPeer()}` : ''}: ${(err as Error).message}`);
  }
}

function encodeFrame(f: fedmq.v1.RaftFrame.$Properties): Uint8Array {
  return fedmq.v1.RaftFrame.encode(f).finish();
}

function toServiceError(e: FedmqError): grpc.ServerErrorResponse {
  const metadata = new grpc.Metadata();
  metadata.set('fedmq-error-code', e.code);
  return Object.assign(new Error(e.message), { code: e.grpcStatus, details: e.message, metadata });
}

/** Ends an accepted stream: with `err` as its status, or OK. Safe on a call that already ended. */
function endAccepted(call: AcceptCall, err: FedmqError | null): void {
  if (err) call.emit('error', toServiceError(err));
  else call.end();
}

async function drainOrSettle(call: grpc.ClientWritableStream<Uint8Array>, settled: Promise<unknown>): Promise<void> {
  let onDrain!: () => void;
  const drained = new Promise<void>((r) => {
    onDrain = r;
    call.once('drain', r);
  });
  try {
    await Promise.race([drained, settled.then(() => {}, () => {})]);
  } finally {
    call.removeListener('drain', onDrain);
  }
}

function varintBytes(n: number): number {
  let b = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    b++;
  }
  return b;
}

function writeVarint(buf: Buffer, pos: number, n: number): number {
  while (n >= 0x80) {
    buf[pos++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[pos++] = n;
  return pos;
}

/** Bytes of a RaftFrame holding one message of `messageBytes`. */
function frameBytesFor(messageBytes: number): number {
  const batch = 1 + varintBytes(messageBytes) + messageBytes;
  return 1 + varintBytes(batch) + batch;
}

function messageLabel(m: Message): string {
  return `type ${m.type} from ${m.from} to ${m.to}`;
}

function toEntry(e: fedmq.v1.Entry.$Properties): Entry {
  const cc = e.confChange;
  return {
    term: e.term ?? 0,
    index: e.index ?? 0,
    type: e.type ?? 0,
    data: e.data ?? EMPTY_BYTES,
    confChange: cc ? { type: cc.type ?? 0, nodeId: cc.nodeId ?? 0, address: cc.address ?? '' } : null,
  };
}

function toSnapshotMeta(m: fedmq.v1.SnapshotMeta.$Properties | null | undefined): SnapshotMeta {
  return { index: m?.index ?? 0, term: m?.term ?? 0, confState: plainConfState(m?.confState) };
}

/** A decoded RaftMessage as the core's plain Message (decoded objects keep defaults on their prototype). */
function toMessage(r: fedmq.v1.RaftMessage.$Properties): Message {
  return {
    type: r.type ?? 0,
    to: r.to ?? 0,
    from: r.from ?? 0,
    term: r.term ?? 0,
    logTerm: r.logTerm ?? 0,
    index: r.index ?? 0,
    entries: (r.entries ?? []).map(toEntry),
    commit: r.commit ?? 0,
    snapshot: r.snapshot ? { meta: toSnapshotMeta(r.snapshot.meta), data: r.snapshot.data ?? EMPTY_BYTES } : null,
    reject: r.reject ?? false,
    rejectHint: r.rejectHint ?? 0,
    hintTerm: r.hintTerm ?? 0,
    context: r.context ?? EMPTY_BYTES,
  };
}
