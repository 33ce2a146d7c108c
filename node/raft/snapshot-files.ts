// Snapshot images on disk: staging a received image (the gRPC transport writes the chunks it
// receives here, then hands the staged file to the host), and the image's framing: a sequence of
// fedmq.v1.SnapshotRecord, each preceded by its length as a varint (protobuf's length-delimited
// framing), read back in pieces so an image never has to fit in memory.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError } from '../errors.ts';
import type { ConfState, SnapshotMeta } from './core/index.ts';
import type { StagedSnapshot } from './state-machine.ts';
import { varintBytes, writeVarint } from './varint.ts';

/**
 * The largest record an image may hold. A record is one key and value of a state machine
 * database; a value comes from at most one Raft entry (entryBytesMax, 4 MiB), so a longer length
 * prefix means a corrupt image, refused before anything is allocated for it.
 */
export const SNAPSHOT_RECORD_BYTES_MAX = 64 << 20;

/** Bytes read from a staged file per read call while restoring. */
export const SNAPSHOT_READ_PIECE_BYTES = 1 << 20;

/** A varint is at most this long for lengths below 2^35 (more than SNAPSHOT_RECORD_BYTES_MAX). */
const VARINT_BYTES_MAX = 5;

export interface SnapshotRecord {
  db: string;
  key: Uint8Array;
  value: Uint8Array;
}

/** A snapshot point (index, term, membership) as stored: protobuf fedmq.v1.SnapshotMeta. */
export function encodeSnapshotMeta(meta: SnapshotMeta): Uint8Array {
  return fedmq.v1.SnapshotMeta.encode(meta).finish();
}

/** The inverse of encodeSnapshotMeta, as a plain object. Throws on undecodable bytes. */
export function decodeSnapshotMeta(bytes: Uint8Array): SnapshotMeta {
  const d = fedmq.v1.SnapshotMeta.decode(bytes);
  return { index: d.index, term: d.term, confState: plainConfState(d.confState) };
}

export function plainConfState(cs: fedmq.v1.ConfState.$Properties | null | undefined): ConfState {
  return {
    voters: [...(cs?.voters ?? [])],
    learners: [...(cs?.learners ?? [])],
    members: (cs?.members ?? []).map((m) => ({ nodeId: m.nodeId ?? 0, address: m.address ?? '' })),
  };
}

/** One record with its varint length prefix. */
export function encodeSnapshotRecord(r: SnapshotRecord): Uint8Array {
  const body = fedmq.v1.SnapshotRecord.encode({ db: r.db, key: r.key, value: r.value }).finish();
  const out = new Uint8Array(varintBytes(body.length) + body.length);
  const at = writeVarint(out, 0, body.length);
  out.set(body, at);
  return out;
}

/**
 * Writes an image received in chunks to a new file in `dir` and describes it. The file is not
 * fsynced: it only needs to outlive this process until restore() copies it into LMDB (which is
 * what makes it durable). On failure the partial file is removed.
 */
export async function stageSnapshot(
  dir: string,
  meta: SnapshotMeta,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<StagedSnapshot> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `snapshot-${meta.index}-${meta.term}-${randomBytes(6).toString('hex')}.img`);
  const fh = await openFile(path, 'wx');
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      let off = 0;
      while (off < chunk.length) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.length - off, bytes);
        off += bytesWritten;
        bytes += bytesWritten;
      }
    }
    await fh.close();
  } catch (err) {
    await fh.close().catch(() => {});
    rmSync(path, { force: true });
    throw err;
  }
  let disposed = false;
  return {
    meta,
    path,
    bytes,
    dispose(): void {
      if (disposed) return;
      disposed = true;
      rmSync(path, { force: true });
    },
  };
}

/**
 * The records of an image file, in order, read synchronously in pieces of `pieceBytes` (restore
 * runs inside one write transaction, which must not wait on the event loop). A truncated or
 * malformed image throws FedmqError SNAPSHOT_INVALID.
 */
export function* readSnapshotRecords(path: string, pieceBytes: number = SNAPSHOT_READ_PIECE_BYTES): Generator<SnapshotRecord> {
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.alloc(Math.max(pieceBytes, VARINT_BYTES_MAX));
    let start = 0; // first unconsumed byte in buf
    let end = 0; // one past the last valid byte in buf
    let fileOffset = 0; // where the next read starts
    let eof = false;
    let recordOffset = 0; // file offset of the record being parsed, for messages

    // Makes at least `need` unconsumed bytes available; returns false at a clean end of file.
    const fill = (need: number): boolean => {
      while (end - start < need && !eof) {
        if (buf.length - start < need) {
          // Move the unconsumed bytes to the front, growing the buffer if one record needs it.
          const next = need > buf.length ? Buffer.alloc(Math.max(need, pieceBytes)) : buf;
          buf.copy(next, 0, start, end);
          buf = next;
          end -= start;
          start = 0;
        }
        const n = readSync(fd, buf, end, buf.length - end, fileOffset);
        if (n === 0) eof = true;
        fileOffset += n;
        end += n;
      }
      return end - start >= need;
    };

    for (;;) {
      if (!fill(1)) return; // clean end: no partial record
      recordOffset = fileOffset - (end - start);
      fill(VARINT_BYTES_MAX);
      let len = 0;
      let shift = 0;
      let i = start;
      for (;;) {
        if (i >= end) throw invalid(path, recordOffset, 'truncated length prefix');
        const b = buf[i++]!;
        len += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0) break;
        shift += 7;
        if (shift >= 7 * VARINT_BYTES_MAX) throw invalid(path, recordOffset, 'length prefix too long');
      }
      if (len > SNAPSHOT_RECORD_BYTES_MAX) {
        throw invalid(path, recordOffset, `record of ${len} bytes exceeds ${SNAPSHOT_RECORD_BYTES_MAX}`);
      }
      start = i;
      if (!fill(len)) throw invalid(path, recordOffset, `truncated record: ${len} bytes announced, ${end - start} present`);
      let decoded: fedmq.v1.SnapshotRecord;
      try {
        decoded = fedmq.v1.SnapshotRecord.decode(buf.subarray(start, start + len));
      } catch (err) {
        throw invalid(path, recordOffset, `undecodable record: ${(err as Error).message}`);
      }
      start += len;
      // Copies: buf is reused for the next records.
      yield { db: decoded.db, key: Buffer.from(decoded.key), value: Buffer.from(decoded.value) };
    }
  } finally {
    closeSync(fd);
  }
}

function invalid(path: string, offset: number, why: string): FedmqError {
  return new FedmqError('SNAPSHOT_INVALID', `snapshot image ${path} is malformed at byte ${offset}: ${why}`, { path, offset });
}


