// Key encodings of the broker's LMDB databases. Keys are binary and sort as the broker reads
// them: a destination's messages by sequence number, dedupe entries by time.
import { DestinationKind } from './names.ts';

/** The key kind of a durable subscription's store (never a client-visible kind). */
export const KIND_DURABLE_STORE = 3;

/** b.dest: kind byte + UTF-8 name. */
export function destKey(kind: number, name: string): Buffer {
  const n = Buffer.from(name, 'utf8');
  const k = Buffer.allocUnsafe(1 + n.length);
  k[0] = kind;
  n.copy(k, 1);
  return k;
}

export function queueKey(name: string): Buffer {
  return destKey(DestinationKind.QUEUE, name);
}

export function topicKey(name: string): Buffer {
  return destKey(DestinationKind.TOPIC, name);
}

/** b.destid: the destination id, 4 bytes big-endian. */
export function destIdKey(id: number): Buffer {
  const k = Buffer.allocUnsafe(4);
  k.writeUInt32BE(id, 0);
  return k;
}

/** b.msg and b.out: dest id (4 bytes) + sequence (8 bytes), big-endian, so a destination's messages sort by sequence. */
export function msgKey(destId: number, seq: number): Buffer {
  const k = Buffer.allocUnsafe(12);
  k.writeUInt32BE(destId, 0);
  k.writeBigUInt64BE(BigInt(seq), 4);
  return k;
}

export function decodeMsgKey(k: Buffer): { destId: number; seq: number } {
  return { destId: k.readUInt32BE(0), seq: Number(k.readBigUInt64BE(4)) };
}

/** The first and the past-the-end keys of one destination's messages. */
export function msgRange(destId: number): { start: Buffer; end: Buffer } {
  return { start: msgKey(destId, 0), end: destIdKey(destId + 1) };
}

/** b.dedupe: 'm' + message id, or 't' + transaction id. */
export function dedupeKey(type: 'm' | 't', id: string): Buffer {
  return Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(id, 'utf8')]);
}

/** b.dedupet: time (8 bytes) + the dedupe key, so the oldest come first. */
export function dedupeTimeKey(timeMs: number, key: Buffer): Buffer {
  const k = Buffer.allocUnsafe(8 + key.length);
  k.writeBigUInt64BE(BigInt(timeMs), 0);
  key.copy(k, 8);
  return k;
}

export function decodeDedupeTimeKey(k: Buffer): { timeMs: number; key: Buffer } {
  return { timeMs: Number(k.readBigUInt64BE(0)), key: k.subarray(8) };
}

/** b.durable: client id + NUL + subscription name. */
export function durableRecordKey(clientId: string, name: string): Buffer {
  return Buffer.from(`${clientId}\0${name}`, 'utf8');
}
