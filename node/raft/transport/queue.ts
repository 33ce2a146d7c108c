// The per-peer queue of encoded messages waiting for a frame. The bounds (queueMsgsMax,
// queueBytesMax) and the drop-oldest policy are the transport's; this only keeps order and size.

/** A FIFO of encoded messages; shift is O(1) amortized. */
export class ByteQueue {
  private items: (Uint8Array | undefined)[] = [];
  private head = 0;
  bytes = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(b: Uint8Array): void {
    this.items.push(b);
    this.bytes += b.length;
  }

  peek(i: number): Uint8Array {
    return this.items[this.head + i]!;
  }

  shift(): Uint8Array {
    const b = this.items[this.head]!;
    this.items[this.head] = undefined;
    this.head++;
    this.bytes -= b.length;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return b;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.bytes = 0;
  }
}
