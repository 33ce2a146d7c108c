// What the transport keeps per peer: its address and client channel, the one stream to it, its
// queue, the redial state and its counters.
import * as grpc from '@grpc/grpc-js';
import type { AcceptCall, DialCall } from './codec.ts';
import { raftGrpcClientOptions } from './limits.ts';
import type { RaftTransportLimits } from './limits.ts';
import { ByteQueue } from './queue.ts';

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

/** One Stream call to or from a peer. */
export interface Conn {
  readonly kind: 'dial' | 'accept';
  readonly call: DialCall | AcceptCall;
  /** Hellos exchanged: batches may flow. */
  open: boolean;
  done: boolean;
  waitingDrain: boolean;
  /** Written to the call but not yet handed to HTTP/2 (write callback pending). */
  bytesInFlight: number;
}

export class Peer {
  readonly nodeId: number;
  addr: string | null;
  private client: grpc.Client | null = null;
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

  /** The client channel to this peer, opened on first use: the stream we dial and the snapshots we send share it. */
  channel(limits: RaftTransportLimits): grpc.Client {
    if (this.client) return this.client;
    if (this.addr === null) throw new Error(`raft transport: no address for node ${this.nodeId}`);
    this.client = new grpc.Client(this.addr, grpc.credentials.createInsecure(), raftGrpcClientOptions(limits));
    return this.client;
  }

  closeChannel(): void {
    this.client?.close();
    this.client = null;
  }
}
