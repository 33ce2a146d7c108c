// The wire side of the Raft transport (service fedmq.v1.RaftTransport in proto/fedmq/v1/raft.proto):
// the hand-built service definition, StreamHello building and checking, RaftFrame and SnapshotChunk
// encoding and decoding, protobuf ↔ core Message conversion, and FedmqError → gRPC status.
//
// Requests are passed through as raw bytes and decoded by the handlers with the protobufjs
// codecs: a frame grpc-js failed to deserialize would end the call with INTERNAL, but a malformed
// frame is the peer's fault and must be answered INVALID_ARGUMENT with a message saying what broke.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../../proto/gen/fedmq.js';
import { FedmqError } from '../../errors.ts';
import { EMPTY_BYTES, MessageType } from '../core/index.ts';
import type { Entry, Message, SnapshotMeta } from '../core/index.ts';
import { plainConfState } from '../snapshot-files.ts';
import { RAFT_PROTOCOL_VERSION } from '../transport-types.ts';
import type { NodeIdentity } from '../transport-types.ts';
import type { ByteQueue } from './queue.ts';
import { varintBytes, writeVarint } from '../varint.ts';

export const RAFT_STREAM_PATH = '/fedmq.v1.RaftTransport/Stream';
export const RAFT_INSTALL_SNAPSHOT_PATH = '/fedmq.v1.RaftTransport/InstallSnapshot';

// ---------------------------------------------------------------- service definition

export const rawBytes = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
export const asIs = (b: Buffer): Buffer => b;
const encodeResult = (r: fedmq.v1.SnapshotResult.$Properties): Buffer => rawBytes(fedmq.v1.SnapshotResult.encode(r).finish());
export const decodeResult = (b: Buffer): fedmq.v1.SnapshotResult => fedmq.v1.SnapshotResult.decode(b);

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

/** The Stream call as the dialing side holds it. */
export type DialCall = grpc.ClientDuplexStream<Uint8Array, Buffer>;
/** The Stream call as the accepting side holds it. */
export type AcceptCall = grpc.ServerDuplexStream<Buffer, Uint8Array>;
/** The InstallSnapshot call as the receiving side holds it. */
export type SnapshotCall = grpc.ServerReadableStream<Buffer, Uint8Array>;

export function toServiceError(e: FedmqError): grpc.ServerErrorResponse {
  const metadata = new grpc.Metadata();
  metadata.set('fedmq-error-code', e.code);
  return Object.assign(new Error(e.message), { code: e.grpcStatus, details: e.message, metadata });
}

// ---------------------------------------------------------------- hellos

export function streamHello(self: NodeIdentity, to: number): fedmq.v1.StreamHello.$Properties {
  return {
    protocolVersion: RAFT_PROTOCOL_VERSION,
    clusterId: self.clusterId,
    siteId: self.siteId,
    fromNode: self.nodeId,
    toNode: to,
  };
}

/** What is wrong with a peer's hello to `self`, or null; `expectFrom` when we dialed that node. */
export function helloProblem(self: NodeIdentity, h: fedmq.v1.StreamHello.$Properties, expectFrom: number | null): FedmqError | null {
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

/** Decodes and checks the first frame of an inbound stream (who may dial is the transport's to check). */
export function readStreamHello(buf: Buffer, self: NodeIdentity, call: AcceptCall): { fromNode: number } | FedmqError {
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
  return helloProblem(self, h, null) ?? { fromNode };
}

/** What is wrong with the first frame node `expectFrom` answered our dial with, or null. */
export function helloAnswerProblem(buf: Buffer, self: NodeIdentity, expectFrom: number): FedmqError | null {
  try {
    const frame = fedmq.v1.RaftFrame.decode(buf);
    return frame.body !== 'hello' || !frame.hello
      ? new FedmqError('BAD_FRAME', `node ${expectFrom} answered with a ${frame.body ?? 'empty'} frame before its StreamHello`)
      : helloProblem(self, frame.hello, expectFrom);
  } catch (err) {
    return new FedmqError('BAD_FRAME', `malformed RaftFrame from node ${expectFrom}: ${(err as Error).message}`);
  }
}

// ---------------------------------------------------------------- stream frames

/** Message types that travel on the stream: every known type but MSG_UNSPECIFIED and MSG_SNAP. */
const STREAM_MESSAGE_TYPES: ReadonlySet<number> = new Set(
  Object.values(MessageType).filter((v): v is MessageType => typeof v === 'number' && v !== MessageType.MSG_UNSPECIFIED && v !== MessageType.MSG_SNAP),
);

export function encodeFrame(f: fedmq.v1.RaftFrame.$Properties): Uint8Array {
  return fedmq.v1.RaftFrame.encode(f).finish();
}

/** Cuts the next RaftFrame{batch} off the queue: as many messages as fit in frameBytesMax. */
export function takeBatchFrame(q: ByteQueue, frameBytesMax: number): { frame: Buffer; msgs: number } {
  let batchBytes = 0;
  let n = 0;
  while (n < q.length) {
    const len = q.peek(n).length;
    const next = batchBytes + 1 + varintBytes(len) + len;
    if (n > 0 && 1 + varintBytes(next) + next > frameBytesMax) break;
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
  if (frame.length > frameBytesMax) throw new Error(`raft transport: frame of ${frame.length} bytes exceeds frameBytesMax`);
  return { frame, msgs: n };
}

/**
 * The messages of a batch frame on the stream from `fromNode` to `toNode` (this node). Throws a
 * BAD_FRAME FedmqError for a frame that is no batch, a misaddressed message or a type that does
 * not travel on the stream, and protobufjs's own error for bytes that do not decode.
 */
export function readBatch(buf: Buffer, link: { fromNode: number; toNode: number }): Message[] {
  const frame = fedmq.v1.RaftFrame.decode(buf);
  if (frame.body !== 'batch' || !frame.batch) {
    throw new FedmqError('BAD_FRAME', `node ${link.fromNode} sent a ${frame.body ?? 'empty'} frame where a batch was expected`);
  }
  const msgs: Message[] = [];
  for (const raw of frame.batch.messages ?? []) {
    const m = toMessage(raw);
    if (m.to !== link.toNode || m.from !== link.fromNode) {
      throw new FedmqError('BAD_FRAME', `node ${link.fromNode} sent a message from ${m.from} to ${m.to} on its stream to node ${link.toNode}`);
    }
    if (!STREAM_MESSAGE_TYPES.has(m.type)) {
      throw new FedmqError('BAD_FRAME', `node ${link.fromNode} sent message type ${m.type}, which does not travel on the raft stream`);
    }
    msgs.push(m);
  }
  return msgs;
}

// ---------------------------------------------------------------- snapshot chunks

export function decodeChunk(buf: Buffer, call: SnapshotCall | null): fedmq.v1.SnapshotChunk {
  try {
    return fedmq.v1.SnapshotChunk.decode(buf);
  } catch (err) {
    throw new FedmqError('BAD_FRAME', `malformed SnapshotChunk${call ? ` from ${call.getPeer()}` : ''}: ${(err as Error).message}`);
  }
}



/** Bytes of a RaftFrame holding one message of `messageBytes`. */
export function frameBytesFor(messageBytes: number): number {
  const batch = 1 + varintBytes(messageBytes) + messageBytes;
  return 1 + varintBytes(batch) + batch;
}

// ---------------------------------------------------------------- protobuf ↔ core Message

export function messageLabel(m: Message): string {
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
export function toMessage(r: fedmq.v1.RaftMessage.$Properties): Message {
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
