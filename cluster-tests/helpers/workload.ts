// Client workloads for cluster tests: concurrent writers of unique keys that remember what was
// acknowledged, and a read-back that checks every acknowledged write through the leader.
import type { TestSite } from './site.ts';

/** What the site acknowledged: key → value. A write counts only once its PUT returned 200. */
export type Acked = Map<string, string>;

/** A value of about `bytes` bytes that names its key, so a read-back can tell values apart. */
export function valueFor(key: string, bytes: number): string {
  const head = `${key}|`;
  return head + 'v'.repeat(Math.max(0, bytes - head.length));
}

/** PUTs `keys` with `concurrency` requests in flight (proposals batch into shared Readies). */
export async function putMany(site: TestSite, acked: Acked, keys: string[], opts: { valueBytes: number; concurrency: number }): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (next < keys.length) {
        const k = keys[next++]!;
        const v = valueFor(k, opts.valueBytes);
        await site.put(k, v);
        acked.set(k, v);
      }
    }),
  );
}

export function keyRange(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
}

export interface Writers {
  acked: Acked;
  /** Acknowledgement times (Date.now()), one per acknowledged write. */
  ackedAtMs: number[];
  /** Stops the writers after their current write and waits for them. */
  stop(): Promise<void>;
}

/** `count` writers, each writing its own keys one after another until stopped. */
export function startWriters(site: TestSite, opts: { count: number; prefix: string; valueBytes?: number }): Writers {
  const acked: Acked = new Map();
  const ackedAtMs: number[] = [];
  let stopping = false;
  const done = Promise.all(
    Array.from({ length: opts.count }, async (_, w) => {
      for (let i = 0; !stopping; i++) {
        const k = `${opts.prefix}-w${w}-${String(i).padStart(6, '0')}`;
        const v = valueFor(k, opts.valueBytes ?? 64);
        await site.put(k, v);
        acked.set(k, v);
        ackedAtMs.push(Date.now());
      }
    }),
  );
  return {
    acked,
    ackedAtMs,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}

/** Reads every acknowledged key back through the leader; returns the keys that came back wrong. */
export async function readBack(site: TestSite, acked: Acked, opts: { concurrency: number }): Promise<string[]> {
  const entries = [...acked];
  const wrong: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (next < entries.length) {
        const [k, v] = entries[next++]!;
        if ((await site.get(k)) !== v) wrong.push(k);
      }
    }),
  );
  return wrong;
}
