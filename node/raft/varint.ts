// Protobuf's base-128 varints, for the length-delimited framing that the transport's frames and
// the snapshot images write by hand (protobufjs encodes the messages themselves).

/** Bytes a varint of n (a non-negative safe integer) takes. */
export function varintBytes(n: number): number {
  let bytes = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    bytes++;
  }
  return bytes;
}

/** Writes n at out[at] as a varint; returns the position after it. */
export function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n % 128) | 0x80; // %, not &: n may exceed 32 bits
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}
