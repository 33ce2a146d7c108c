// The Raft peer transport over gRPC (service fedmq.v1.RaftTransport in proto/fedmq/v1/raft.proto):
// the peers, the one stream to each, and the queue and flush that feed it. The wire format is in
// codec.ts, the limits in limits.ts, the InstallSnapshot call in snapshot-sender.ts and
// snapshot-receiver.ts.
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
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../../proto/gen/fedmq.js';
import { FedmqError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { MessageType } from '../core/index.ts';
import type { Message } from '../core/index.ts';
import type { NodeIdentity, RaftTransport, TransportHandler } from '../transport-types.ts';
import {
  RAFT_STREAM_PATH,
  asIs,
  encodeFrame,
  helloAnswerProblem,
  messageLabel,
  rawBytes,
  raftTransportService,
  readBatch,
  readStreamHello,
  streamHello,
  takeBatchFrame,
  toServiceError,
} from './codec.ts';
import type { AcceptCall, DialCall, SnapshotCall } from './codec.ts';
import { MESSAGE_OVERHEAD_BYTES, raftGrpcServerOptions, resolveTransportLimits } from './limits.ts';
import type { RaftTransportLimits } from './limits.ts';
import { Peer } from './peer.ts';
import type { Conn, PeerTransportStats } from './peer.ts';
import { SnapshotReceiver } from './snapshot-receiver.ts';
import { SnapshotSender } from './snapshot-sender.ts';

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

export class GrpcRaftTransport implements RaftTransport {
  private readonly identity: NodeIdentity;
  private readonly handler: TransportHandler;
  private readonly log: Logger;
  private readonly limits: RaftTransportLimits;
  private readonly messageBytesMax: number;
  private readonly peers = new Map<number, Peer>();
  /** Ids setPeers removed: their hellos are refused until they are added back. */
  private readonly removedIds = new Set<number>();
  /** Inbound calls not yet attached to a peer (waiting for the hello). */
  private readonly pendingCalls = new Set<AcceptCall>();
  private readonly snapshotSender: SnapshotSender;
  private readonly snapshotReceiver: SnapshotReceiver;
  private closed = false;
  /** When each (peer, refusal) was last logged, to rate-limit repeats. */
  private readonly refusalLoggedAt = new Map<string, number>();
  private readonly counters = {
    droppedNoPeerMsgs: 0,
    droppedOversizeMsgs: 0,
    /** Inbound Stream calls refused; the snapshot receiver counts its own. */
    streamCallsRefused: 0,
  };
  private lastMisrouteWarnAtMs = 0;

  constructor(opts: GrpcRaftTransportOptions) {
    const id = opts.identity;
    if (!Number.isSafeInteger(id.nodeId) || id.nodeId <= 0) throw new Error(`raft transport: nodeId must be a positive integer, got ${id.nodeId}`);
    this.identity = { ...id };
    this.handler = opts.handler;
    this.log = opts.logger.child({ component: 'raft-transport' });
    this.limits = resolveTransportLimits(opts.limits);
    this.messageBytesMax = this.limits.entryBytesMax + MESSAGE_OVERHEAD_BYTES;
    const isClosed = (): boolean => this.closed;
    this.snapshotSender = new SnapshotSender({ identity: this.identity, limits: this.limits, handler: this.handler, logger: this.log, isClosed });
    this.snapshotReceiver = new SnapshotReceiver({
      identity: this.identity,
      stagingDir: opts.stagingDir,
      handler: this.handler,
      logger: this.log,
      removedIds: this.removedIds,
      isClosed,
    });
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
        this.snapshotReceiver.accept(call, callback),
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
        this.snapshotSender.send(p, m);
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
      const transfer = this.snapshotSender.inFlight(p);
      if (transfer) waits.push(transfer);
      this.dropPeer(p);
    }
    this.peers.clear();
    for (const call of this.pendingCalls) endAccepted(call, new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`));
    this.pendingCalls.clear();
    waits.push(...this.snapshotReceiver.cancelAll());
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
    const rx = this.snapshotReceiver.counters;
    return {
      peers,
      droppedNoPeerMsgs: this.counters.droppedNoPeerMsgs,
      droppedOversizeMsgs: this.counters.droppedOversizeMsgs,
      callsRefused: this.counters.streamCallsRefused + rx.callsRefused,
      snapshotsReceived: rx.snapshotsReceived,
      snapshotChunksReceived: rx.snapshotChunksReceived,
      snapshotChunkBytesMaxReceived: rx.snapshotChunkBytesMaxReceived,
    };
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
      const { frame, msgs } = takeBatchFrame(p.queue, this.limits.frameBytesMax);
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

  // ------------------------------------------------------------ dialing (we have the lower id)

  /** Closes the channel to `p`, and with it a snapshot being sent there. */
  private closeClient(p: Peer): void {
    this.snapshotSender.cancel(p);
    p.closeChannel();
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
    const call: DialCall = p.channel(this.limits).makeBidiStreamRequest(RAFT_STREAM_PATH, rawBytes, asIs);
    const c: Conn = { kind: 'dial', call, open: false, done: false, waitingDrain: false, bytesInFlight: 0 };
    p.conn = c;
    p.stats.streamsDialed++;
    call.on('data', (buf: Buffer) => this.onDialData(p, c, buf));
    call.on('drain', () => this.onDrain(p, c));
    const fedmqCode = (md: grpc.Metadata | undefined): string | undefined => md?.get('fedmq-error-code')[0]?.toString();
    call.on('error', (err: grpc.ServiceError) => this.lost(p, c, { code: err.code, details: err.details, fedmqCode: fedmqCode(err.metadata) }));
    call.on('status', (s: grpc.StatusObject) => this.lost(p, c, { code: s.code, details: s.details, fedmqCode: fedmqCode(s.metadata) }));
    call.write(encodeFrame({ hello: streamHello(this.identity, p.nodeId) }));
  }

  private onDialData(p: Peer, c: Conn, buf: Buffer): void {
    if (c.done) return;
    if (c.open) {
      this.onBatchFrame(p, c, buf);
      return;
    }
    const problem = helloAnswerProblem(buf, this.identity, p.nodeId);
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
      call.write(encodeFrame({ hello: streamHello(this.identity, from) }));
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
    const hello = readStreamHello(buf, this.identity, call);
    return hello instanceof FedmqError ? hello : this.dialerProblem(hello.fromNode) ?? hello;
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
      msgs = readBatch(buf, { fromNode: p.nodeId, toNode: this.identity.nodeId });
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

  /** A stream to `p` ended or failed: report it (once per loss) and, when we dial, redial. */
  private lost(p: Peer, c: Conn, why: { code: number; details: string; fedmqCode?: string | undefined }): void {
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
      let delay = p.backoffMs * (0.5 + Math.random() * 0.5);
      p.backoffMs = Math.min(p.backoffMs * 2, this.limits.reconnectBackoffMaxMs);
      // A peer that says we were removed will say so again: ask rarely (we may be added back).
      if (why.fedmqCode === 'NOT_A_MEMBER') delay = Math.max(delay, this.limits.removedRedialMs);
      this.scheduleDial(p, delay);
    } else if (p.addr === null && !this.snapshotSender.inFlight(p)) {
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
    this.counters.streamCallsRefused++;
    // The same refusal repeats at every redial of the same peer: one line per interval says so.
    const key = `${p?.nodeId ?? call.getPeer()}:${err.code}`;
    const now = Date.now();
    const last = this.refusalLoggedAt.get(key);
    if (last === undefined || now - last >= this.limits.dropWarnIntervalMs) {
      this.refusalLoggedAt.set(key, now);
      this.log.warn({ peer: p?.nodeId, remote: call.getPeer(), code: err.code, reason: err.message }, 'refused a raft stream');
    }
    endAccepted(call, err);
  }
}

/** Ends an accepted stream: with `err` as its status, or OK. Safe on a call that already ended. */
function endAccepted(call: AcceptCall, err: FedmqError | null): void {
  if (err) call.emit('error', toServiceError(err));
  else call.end();
}
