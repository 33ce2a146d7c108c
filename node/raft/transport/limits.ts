// The Raft transport's limits: every bound with its default and the reason for it, the check that
// they line up, and the grpc-js channel options that carry them.
//
// Size limits line up, asserted at construction:
//   entryBytesMax (the core's, 4 MiB) + MESSAGE_OVERHEAD_BYTES  = the largest message send() accepts
//     <= frameBytesMax (one RaftBatch frame, framing included)
//     <= grpcMessageBytesMax (grpc-js max send/receive message length, raised on both ends)
//   snapshotChunkBytesMax (<= 1 MiB) + SNAPSHOT_CHUNK_OVERHEAD_BYTES <= grpcMessageBytesMax
// The node must create its grpc.Server with raftGrpcServerOptions(limits): grpc-js checks the
// receive limit per server, and its default (4 MiB) is below the largest Raft message.
import type * as grpc from '@grpc/grpc-js';
import { FedmqError } from '../../errors.ts';
import { RAFT_DEFAULTS } from '../core/index.ts';
import { frameBytesFor } from './codec.ts';

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
  /** How often to redial a peer that refused us as no longer a member. */
  removedRedialMs: number;
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
  // A removed node that never learnt it was removed redials this rarely: it may be added back.
  removedRedialMs: 10_000,
  // A stalled peer drops thousands of messages a second; one line per 10 s says so.
  dropWarnIntervalMs: 10_000,
};

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

/** The options of the client channel the dialing side opens to one peer. */
export function raftGrpcClientOptions(limits: RaftTransportLimits): grpc.ChannelOptions {
  return {
    ...raftGrpcServerOptions(limits),
    // grpc's own reconnect backoff (default 1 s to 120 s) would outlast ours: align them.
    'grpc.initial_reconnect_backoff_ms': limits.reconnectBackoffInitialMs,
    'grpc.max_reconnect_backoff_ms': limits.reconnectBackoffMaxMs,
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
