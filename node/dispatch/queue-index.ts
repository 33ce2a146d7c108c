// The leader's in-memory index of one queue (or durable subscription store): which stored
// messages are ready to dispatch, in priority order, which wait for their delivery time, and
// which are assigned to a consumer. Built from LMDB when the node becomes leader, then kept up
// to date from the state machine's effects. Non-persistent messages live only here.
import type { fedmq } from '../../proto/gen/fedmq.js';

export const PRIORITIES = 10;

export interface ReadyMeta {
  priority: number;
  deliverAtMs: number;
  expiresAtMs: number;
}

/** A non-persistent message: in the leader's memory only, lost on failover (documented). */
export interface MemoryMessage {
  key: number; // negative: never a stored sequence number
  message: fedmq.v1.IMessage;
  deliveryCount: number;
}

/** A FIFO of numbers without O(n) shifts. */
class Fifo {
  private items: number[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(x: number): void {
    this.items.push(x);
  }
  peekAt(i: number): number {
    return this.items[this.head + i]!;
  }
  removeAt(i: number): void {
    if (i === 0) {
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
    } else {
      this.items.splice(this.head + i, 1);
    }
  }
  remove(x: number): boolean {
    for (let i = this.head; i < this.items.length; i++) {
      if (this.items[i] === x) {
        this.removeAt(i - this.head);
        return true;
      }
    }
    return false;
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** Returned messages go back ahead of fresh ones, in sequence order (ActiveMQ redelivers them first). */
class SortedSet {
  readonly items: number[] = [];
  insert(x: number): void {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (this.items[lo] !== x) this.items.splice(lo, 0, x);
  }
  remove(x: number): boolean {
    const i = this.items.indexOf(x);
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }
}

interface Lane {
  returned: SortedSet;
  fresh: Fifo;
}

export class QueueIndex {
  readonly destId: number;
  /** Ready and delayed messages (stored ones by seq, memory ones by negative key). */
  readonly meta = new Map<number, ReadyMeta>();
  readonly memory = new Map<number, MemoryMessage>();
  private readonly lanes: Lane[] = Array.from({ length: PRIORITIES }, () => ({ returned: new SortedSet(), fresh: new Fifo() }));
  /** Waiting for their delivery time: key → deliverAtMs. */
  readonly delayed = new Map<number, number>();
  /** Assigned to a consumer (dispatch proposed, or delivered and unacknowledged): key → consumer id. */
  readonly assigned = new Map<number, string>();
  private readyCount = 0;
  /** Messages of this queue whose dispatch marks are proposed and not yet committed. */
  dispatching = 0;

  constructor(destId: number) {
    this.destId = destId;
  }

  get ready(): number {
    return this.readyCount;
  }

  /** Whether the key is known here in any state. */
  has(key: number): boolean {
    return this.meta.has(key) || this.assigned.has(key);
  }

  /** A message stored (fresh) or put back (returned). Idempotent. */
  add(key: number, meta: ReadyMeta, returned: boolean, nowMs: number): void {
    if (this.meta.has(key) || this.assigned.has(key)) return;
    this.meta.set(key, meta);
    if (meta.deliverAtMs > nowMs) {
      this.delayed.set(key, meta.deliverAtMs);
      return;
    }
    this.pushReady(key, meta.priority, returned);
  }

  private pushReady(key: number, priority: number, returned: boolean): void {
    const lane = this.lanes[clampPriority(priority)]!;
    if (returned) lane.returned.insert(key);
    else lane.fresh.push(key);
    this.readyCount++;
  }

  /** Moves delayed messages whose time has come to ready; returns the earliest still waiting (or 0). */
  promoteDelayed(nowMs: number): number {
    let next = 0;
    for (const [key, at] of this.delayed) {
      if (at <= nowMs) {
        this.delayed.delete(key);
        const m = this.meta.get(key);
        if (m) this.pushReady(key, m.priority, false);
      } else if (next === 0 || at < next) {
        next = at;
      }
    }
    return next;
  }

  /**
   * Ready keys in dispatch order: priority 9 first; within a priority, returned messages (by
   * sequence) before fresh ones (in arrival order). `visit` returns 'take' to remove the key
   * from ready, 'skip' to leave it, or 'stop'. At most `limit` keys are visited.
   */
  scan(limit: number, visit: (key: number, meta: ReadyMeta) => 'take' | 'skip' | 'stop'): void {
    let visited = 0;
    for (let p = PRIORITIES - 1; p >= 0; p--) {
      const lane = this.lanes[p]!;
      for (let i = 0; i < lane.returned.items.length; ) {
        if (visited++ >= limit) return;
        const key = lane.returned.items[i]!;
        const v = visit(key, this.meta.get(key)!);
        if (v === 'stop') return;
        if (v === 'take') {
          lane.returned.items.splice(i, 1);
          this.readyCount--;
        } else i++;
      }
      for (let i = 0; i < lane.fresh.size; ) {
        if (visited++ >= limit) return;
        const key = lane.fresh.peekAt(i);
        const v = visit(key, this.meta.get(key)!);
        if (v === 'stop') return;
        if (v === 'take') {
          lane.fresh.removeAt(i);
          this.readyCount--;
        } else i++;
      }
    }
  }

  /** A message stored already handed to a consumer (the leader's dispatch-now). */
  addAssigned(key: number, meta: ReadyMeta, consumerId: string): void {
    this.meta.set(key, meta);
    this.assigned.set(key, consumerId);
  }

  /** A key taken from ready is now assigned to a consumer. */
  assign(key: number, consumerId: string): void {
    this.assigned.set(key, consumerId);
  }

  /** An assigned key goes back to ready (a nack, a consumer that left, a failed dispatch). */
  unassign(key: number): void {
    if (!this.assigned.delete(key)) return;
    const m = this.meta.get(key);
    if (m) this.pushReady(key, m.priority, true);
  }

  /** The message is gone (acked, expired, dead-lettered, purged). Returns the consumer it was assigned to. */
  remove(key: number): string | undefined {
    const consumer = this.assigned.get(key);
    this.assigned.delete(key);
    this.memory.delete(key);
    const m = this.meta.get(key);
    if (!m) return consumer;
    this.meta.delete(key);
    if (this.delayed.delete(key)) return consumer;
    if (consumer === undefined) {
      const lane = this.lanes[clampPriority(m.priority)]!;
      if (lane.returned.remove(key) || lane.fresh.remove(key)) this.readyCount--;
    }
    return consumer;
  }

  /** Forgets everything (purge, delete, a new leader's rebuild). Returns the keys that were assigned, by consumer. */
  clear(): Map<number, string> {
    const assigned = new Map(this.assigned);
    this.meta.clear();
    this.memory.clear();
    this.delayed.clear();
    this.assigned.clear();
    for (const lane of this.lanes) {
      lane.returned.items.length = 0;
      lane.fresh.clear();
    }
    this.readyCount = 0;
    return assigned;
  }
}

function clampPriority(p: number): number {
  return p < 0 ? 0 : p > 9 ? 9 : p | 0;
}
