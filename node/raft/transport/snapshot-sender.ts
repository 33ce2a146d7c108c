// The sending side of InstallSnapshot: for a MSG_SNAP the core asked to send, stream the image the
// handler opens to the peer on a call of its own (so a large image never delays a heartbeat), in
// chunks of at most snapshotChunkBytesMax, honouring 'drain', cancelled after snapshotStallMsMax
// without progress, and report the outcome through handler.onSnapshotSent.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../../proto/gen/fedmq.js';
import type { Logger } from '../../log.ts';
import { EMPTY_BYTES } from '../core/index.ts';
import type { Message } from '../core/index.ts';
import type { NodeIdentity, TransportHandler } from '../transport-types.ts';
import { RAFT_INSTALL_SNAPSHOT_PATH, decodeResult, rawBytes, streamHello } from './codec.ts';
import type { RaftTransportLimits } from './limits.ts';
import type { Peer } from './peer.ts';

export interface SnapshotSenderOptions {
  identity: NodeIdentity;
  limits: RaftTransportLimits;
  handler: Pick<TransportHandler, 'openSnapshot' | 'onSnapshotSent'>;
  logger: Logger;
  /** The transport is closing: start nothing more and report no outcome. */
  isClosed: () => boolean;
}

interface Transfer {
  call: grpc.ClientWritableStream<Uint8Array> | null;
  cancelled: boolean;
  done: Promise<void>;
}

interface Outcome {
  ok: boolean;
  bytes: number;
  reason: string;
}

export class SnapshotSender {
  private readonly identity: NodeIdentity;
  private readonly limits: RaftTransportLimits;
  private readonly handler: Pick<TransportHandler, 'openSnapshot' | 'onSnapshotSent'>;
  private readonly log: Logger;
  private readonly isClosed: () => boolean;
  /** The one transfer running to each peer (keyed by the Peer object: a re-added node starts afresh). */
  private readonly transfers = new Map<Peer, Transfer>();

  constructor(opts: SnapshotSenderOptions) {
    this.identity = opts.identity;
    this.limits = opts.limits;
    this.handler = opts.handler;
    this.log = opts.logger;
    this.isClosed = opts.isClosed;
  }

  /** At most one transfer per peer: a MSG_SNAP while one runs is coalesced into it (its outcome answers both). */
  send(p: Peer, m: Message): void {
    if (this.transfers.has(p)) {
      p.stats.snapshotsCoalesced++;
      this.log.debug({ peer: p.nodeId }, 'snapshot already in flight, coalesced');
      return;
    }
    const out: Transfer = { call: null, cancelled: false, done: Promise.resolve() };
    this.transfers.set(p, out);
    const startedAtMs = Date.now();
    out.done = this.stream(p, m, out).then(
      (r) => r,
      (err: unknown) => ({ ok: false, bytes: 0, reason: (err as Error).message }),
    ).then((r) => {
      if (this.transfers.get(p) === out) this.transfers.delete(p);
      if (r.ok) {
        p.stats.snapshotsSent++;
        this.log.info({ peer: p.nodeId, addr: p.addr, bytes: r.bytes, ms: Date.now() - startedAtMs }, 'snapshot sent');
      } else {
        p.stats.snapshotsFailed++;
        this.log.warn({ peer: p.nodeId, addr: p.addr, reason: r.reason }, 'snapshot failed');
      }
      if (!this.isClosed()) this.handler.onSnapshotSent(p.nodeId, r.ok);
    });
  }

  /** The transfer running to `p`, settling once it has ended and been reported; null when none runs. */
  inFlight(p: Peer): Promise<void> | null {
    return this.transfers.get(p)?.done ?? null;
  }

  /** Cancels the transfer to `p`, if one runs (its channel is closing). It still reports its outcome. */
  cancel(p: Peer): void {
    const out = this.transfers.get(p);
    if (out) out.cancelled = true;
    out?.call?.cancel();
  }

  private async stream(p: Peer, m: Message, out: Transfer): Promise<Outcome> {
    await Promise.resolve(); // never call back into the handler from inside send()
    if (p.addr === null) return { ok: false, bytes: 0, reason: `no address for node ${p.nodeId}` };
    const reader = this.handler.openSnapshot();
    let stallTimer: NodeJS.Timeout | null = null;
    try {
      if (out.cancelled || this.isClosed()) return { ok: false, bytes: 0, reason: 'cancelled' };
      let settled = false;
      let call!: grpc.ClientWritableStream<Uint8Array>;
      const result = new Promise<fedmq.v1.SnapshotResult>((resolve, reject) => {
        call = p.channel(this.limits).makeClientStreamRequest<Uint8Array, fedmq.v1.SnapshotResult>(
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
          chunk.hello = streamHello(this.identity, p.nodeId);
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
