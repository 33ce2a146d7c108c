// The receiving side of InstallSnapshot: check the first chunk's hello and MSG_SNAP, stage the
// image as it arrives (offsets, order and sizes checked), hand the staged file to the host through
// handler.onSnapshotReceived, and answer the call. A newer transfer from the same sender
// supersedes an older one.
import type * as grpc from '@grpc/grpc-js';
import type { fedmq } from '../../../proto/gen/fedmq.js';
import { FedmqError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { EMPTY_BYTES, MessageType } from '../core/index.ts';
import { stageSnapshot } from '../snapshot-files.ts';
import type { NodeIdentity, TransportHandler } from '../transport-types.ts';
import { decodeChunk, helloProblem, toMessage, toServiceError } from './codec.ts';
import type { SnapshotCall } from './codec.ts';
import { SNAPSHOT_CHUNK_BYTES_LIMIT } from './limits.ts';

export interface SnapshotReceiverOptions {
  identity: NodeIdentity;
  /** Incoming snapshot images are written here while they arrive. */
  stagingDir: string;
  handler: Pick<TransportHandler, 'onSnapshotReceived'>;
  logger: Logger;
  /** Ids the transport's setPeers removed: their transfers are refused. */
  removedIds: ReadonlySet<number>;
  /** The transport is closing: refuse new calls and drop what arrives. */
  isClosed: () => boolean;
}

export class SnapshotReceiver {
  private readonly identity: NodeIdentity;
  private readonly stagingDir: string;
  private readonly handler: Pick<TransportHandler, 'onSnapshotReceived'>;
  private readonly log: Logger;
  private readonly removedIds: ReadonlySet<number>;
  private readonly isClosed: () => boolean;
  /** Every inbound snapshot call until it is answered (cancelAll() cancels them). */
  private readonly calls = new Map<SnapshotCall, Promise<void>>();
  /** The inbound transfer of each sender; a newer one from the same sender cancels the older. */
  private readonly bySender = new Map<number, SnapshotCall>();
  readonly counters = {
    /** InstallSnapshot calls refused (bad hello, malformed chunk, shutting down). */
    callsRefused: 0,
    snapshotsReceived: 0,
    snapshotChunksReceived: 0,
    snapshotChunkBytesMaxReceived: 0,
  };

  constructor(opts: SnapshotReceiverOptions) {
    this.identity = opts.identity;
    this.stagingDir = opts.stagingDir;
    this.handler = opts.handler;
    this.log = opts.logger;
    this.removedIds = opts.removedIds;
    this.isClosed = opts.isClosed;
  }

  /** The InstallSnapshot handler. */
  accept(call: SnapshotCall, callback: grpc.sendUnaryData<fedmq.v1.SnapshotResult.$Properties>): void {
    if (this.isClosed()) {
      this.counters.callsRefused++;
      callback(toServiceError(new FedmqError('SHUTTING_DOWN', `node ${this.identity.nodeId} is shutting down`)));
      return;
    }
    let from = 0;
    const done = this.receive(call, (f) => (from = f)).then(
      () => callback(null, { accepted: true }),
      (err: unknown) => {
        const e = err instanceof FedmqError ? err : new FedmqError('BAD_FRAME', `snapshot transfer failed: ${(err as Error).message}`);
        this.counters.callsRefused++;
        this.log.warn({ peer: from || undefined, remote: call.getPeer(), code: e.code, reason: e.message }, 'snapshot refused');
        callback(toServiceError(e));
      },
    ).finally(() => {
      this.calls.delete(call);
      if (this.bySender.get(from) === call) this.bySender.delete(from);
    });
    this.calls.set(call, done);
  }

  /** Cancels every transfer under way; each promise settles once its call is answered. */
  cancelAll(): Promise<void>[] {
    const waits: Promise<void>[] = [];
    for (const [call, done] of this.calls) {
      call.destroy();
      waits.push(done);
    }
    return waits;
  }

  private async receive(call: SnapshotCall, noteFrom: (from: number) => void): Promise<void> {
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
    const older = this.bySender.get(from);
    this.bySender.set(from, call);
    if (older) older.destroy();
    const meta = m.snapshot.meta;
    m.snapshot = { meta, data: EMPTY_BYTES };
    const staged = await stageSnapshot(this.stagingDir, meta, this.chunkData(first, it, from));
    if (this.isClosed()) {
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
