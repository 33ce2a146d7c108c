// Message and transaction ids the SDK makes before a first attempt: time-ordered (UUID version 7:
// 48 bits of milliseconds, then randomness), so the site's dedupe index receives them in order
// (random ids would land on random LMDB pages and cost a page write each), and unique across
// clients without coordination.
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/** A UUIDv7 string; ids made by one process sort in the order they were made. */
export function newMessageId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    // Same millisecond (or a clock step back): count on in the 12-bit field, then borrow a millisecond.
    seq++;
    if (seq > 0xfff) {
      lastMs++;
      seq = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    seq = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (seq >> 8); // version 7, then the top of the sequence
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f); // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
