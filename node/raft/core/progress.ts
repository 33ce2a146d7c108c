// The leader's view of each follower: how far it has replicated, and how many
// AppendEntries are in flight to it (a bounded window by count and by bytes).

/** A bounded window of in-flight MsgApps, each identified by its last index. */
export class Inflights {
  private readonly indexes: number[] = [];
  private readonly sizes: number[] = [];
  private head = 0;
  private bytes = 0;
  readonly countMax: number;
  readonly bytesMax: number;

  constructor(countMax: number, bytesMax: number) {
    this.countMax = countMax;
    this.bytesMax = bytesMax;
  }

  get count(): number {
    return this.indexes.length - this.head;
  }

  get inflightBytes(): number {
    return this.bytes;
  }

  add(lastIndex: number, bytes: number): void {
    if (this.full()) throw new Error('raft: inflights add on a full window');
    this.indexes.push(lastIndex);
    this.sizes.push(bytes);
    this.bytes += bytes;
  }

  /** Frees every in-flight message whose last index is <= to. */
  freeLE(to: number): void {
    while (this.head < this.indexes.length && this.indexes[this.head]! <= to) {
      this.bytes -= this.sizes[this.head]!;
      this.head++;
    }
    if (this.head > 64 && this.head * 2 > this.indexes.length) {
      this.indexes.splice(0, this.head);
      this.sizes.splice(0, this.head);
      this.head = 0;
    }
  }

  freeFirstOne(): void {
    if (this.count > 0) this.freeLE(this.indexes[this.head]!);
  }

  full(): boolean {
    return this.count >= this.countMax || this.bytes >= this.bytesMax;
  }

  reset(): void {
    this.indexes.length = 0;
    this.sizes.length = 0;
    this.head = 0;
    this.bytes = 0;
  }
}

export type ProgressState = 'probe' | 'replicate' | 'snapshot';

export class Progress {
  match = 0;
  next: number;
  state: ProgressState = 'probe';
  /** In 'snapshot': the index of the snapshot being sent. */
  pendingSnapshot = 0;
  /** Heard from in the current election-timeout window (a snapshot is sent only to a follower that answers). */
  recentActive = false;
  /** Leader ticks since this follower last answered, for CheckQuorum. */
  silenceTicks = 0;
  /** In 'probe': one probe is outstanding; wait for its answer (or a heartbeat response). */
  probeSent = false;
  readonly inflights: Inflights;
  isLearner: boolean;

  constructor(opts: { next: number; isLearner: boolean; inflightMsgsMax: number; inflightBytesMax: number }) {
    this.next = opts.next;
    this.isLearner = opts.isLearner;
    this.inflights = new Inflights(opts.inflightMsgsMax, opts.inflightBytesMax);
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === 'snapshot') {
      const pending = this.pendingSnapshot;
      this.resetState('probe');
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState('probe');
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState('snapshot');
    this.pendingSnapshot = snapshotIndex;
  }

  /** The follower answered (an append or heartbeat response). */
  markActive(): void {
    this.recentActive = true;
    this.silenceTicks = 0;
  }

  /** An acknowledgement up to n. Returns whether match advanced. */
  maybeUpdate(n: number): boolean {
    let updated = false;
    if (this.match < n) {
      this.match = n;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, n + 1);
    return updated;
  }

  /** An append ending at lastIndex was just sent (lastIndex = next - 1 when it carried no entries). */
  sentEntries(lastIndex: number, bytes: number): void {
    if (this.state === 'replicate') {
      // Only an append with entries takes a slot: an empty one (a commit update) is never
      // acknowledged past match, so its slot would stay taken until a later append's ack.
      if (lastIndex < this.next) return;
      this.next = lastIndex + 1;
      this.inflights.add(lastIndex, bytes);
    } else if (this.state === 'probe') {
      this.probeSent = true;
    }
  }

  /**
   * A rejection of the append at `rejected`, with the follower's hint. Returns false
   * when the rejection is stale (out of order); otherwise moves next back.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.probeSent = false;
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.full();
      case 'snapshot':
        return true;
    }
  }
}
