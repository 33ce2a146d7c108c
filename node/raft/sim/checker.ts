// Safety invariants of Raft, checked by the simulator after every step:
//   - election safety: at most one leader per term;
//   - log matching: two logs that hold an entry with the same index and term hold the same
//     command there and agree on every entry before it;
//   - leader completeness: a leader's log holds every committed entry;
//   - state machine safety: every node applies the same command at each index;
//   - no committed entry is ever lost (completeness + state machine safety + the liveness
//     phase, which requires every member to apply everything committed);
//   - linearizable reads: a ReadIndex answer covers every write acknowledged before it was asked.
import type { Entry } from '../core/index.ts';
import { EntryType } from '../core/index.ts';

export class Violation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Violation';
  }
}

export function entryKey(e: Entry): string {
  if (e.type === EntryType.ENTRY_CONF_CHANGE && e.confChange) {
    return `cc:${e.confChange.type}:${e.confChange.nodeId}`;
  }
  return e.data.length === 0 ? 'noop' : new TextDecoder().decode(e.data);
}

/** FNV-1a over the previous hash and the command: the state machine's rolling digest. */
export function nextHash(prev: number, key: string): number {
  let h = (prev ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface LoggedEntry {
  key: string;
  prevTerm: number;
}

export class Checker {
  private readonly leaders = new Map<number, number>();
  private readonly logged = new Map<string, LoggedEntry>();
  /** index → what was applied there (by whichever node applied it first). */
  readonly committed = new Map<number, { term: number; key: string; hash: number }>();
  maxCommitted = 0;
  /** Voters of the configuration as of maxCommitted. */
  committedVoters: readonly number[] = [];
  /** Highest index acknowledged to a client (applied on the leader that proposed it). */
  maxAcked = 0;

  private readonly votes = new Map<string, number>();

  /** A node granted its vote in `term` to `candidate`: one vote per node per term, ever. */
  onVoteGranted(voter: number, term: number, candidate: number): void {
    const k = `${voter}@${term}`;
    const prior = this.votes.get(k);
    if (prior === undefined) {
      this.votes.set(k, candidate);
    } else if (prior !== candidate) {
      throw new Violation(`election safety: node ${voter} voted for both ${prior} and ${candidate} in term ${term}`);
    }
  }

  /** A node is leader of `term`. */
  onLeader(term: number, id: number): void {
    const other = this.leaders.get(term);
    if (other === undefined) {
      this.leaders.set(term, id);
    } else if (other !== id) {
      throw new Violation(`election safety: nodes ${other} and ${id} are both leader of term ${term}`);
    }
  }

  /** A node persisted `entries`; termAt(i) reads its log after the write. */
  onPersist(id: number, entries: readonly Entry[], termAt: (i: number) => number | undefined): void {
    for (const e of entries) {
      const prevTerm = termAt(e.index - 1);
      const k = `${e.index}:${e.term}`;
      const key = entryKey(e);
      const seen = this.logged.get(k);
      if (!seen) {
        this.logged.set(k, { key, prevTerm: prevTerm ?? -1 });
        continue;
      }
      if (seen.key !== key) {
        throw new Violation(`log matching: entry ${k} holds "${key}" on node ${id} but "${seen.key}" elsewhere`);
      }
      if (prevTerm !== undefined && seen.prevTerm !== -1 && seen.prevTerm !== prevTerm) {
        throw new Violation(`log matching: before entry ${k}, node ${id} has term ${prevTerm} at ${e.index - 1}, another node term ${seen.prevTerm}`);
      }
      if (seen.prevTerm === -1 && prevTerm !== undefined) seen.prevTerm = prevTerm;
    }
  }

  /** A node applied e; its state machine digest after it is `hash`. */
  onApply(id: number, e: Entry, hash: number, voters: readonly number[]): void {
    const key = entryKey(e);
    const c = this.committed.get(e.index);
    if (!c) {
      this.committed.set(e.index, { term: e.term, key, hash });
      if (e.index > this.maxCommitted) {
        this.maxCommitted = e.index;
        this.committedVoters = voters;
      }
      return;
    }
    if (c.term !== e.term || c.key !== key) {
      throw new Violation(`state machine safety: node ${id} applied "${key}" (term ${e.term}) at ${e.index}, another node applied "${c.key}" (term ${c.term})`);
    }
    if (c.hash !== hash) {
      throw new Violation(`state machine safety: node ${id} state digest at ${e.index} differs from another node's`);
    }
  }

  /** A node installed a snapshot of the state at `index` with digest `hash`. */
  onRestore(id: number, index: number, hash: number): void {
    const c = this.committed.get(index);
    if (c && c.hash !== hash) {
      throw new Violation(`state machine safety: node ${id} installed a snapshot at ${index} whose digest differs from the applied state`);
    }
  }

  /**
   * A node that has just become leader of `term` must hold every entry committed so far:
   * termAt(i) gives its log's term at i, or undefined where compacted (snapshotIndex covers it).
   */
  checkLeaderCompleteness(id: number, term: number, snapshotIndex: number, termAt: (i: number) => number | undefined): void {
    for (const [index, c] of this.committed) {
      if (index <= snapshotIndex) continue;
      const t = termAt(index);
      if (t !== c.term) {
        throw new Violation(`leader completeness: leader ${id} of term ${term} has ${t === undefined ? 'nothing' : `term ${t}`} at committed index ${index} (committed term ${c.term})`);
      }
    }
  }

  /**
   * Durability of commitment (the invariant behind leader completeness): no node that lacks the
   * latest committed entry may be able to win an election. `candidates` are the possible logs
   * of nodes whose own configuration is the committed one; `voterLasts` the durable (last
   * index, last term) of each voter of that configuration: what survives a crash, the least up
   * to date a voter can be. If a quorum would grant its vote to a candidate lacking the entry,
   * some schedule of messages overwrites a committed entry.
   */
  checkCommittedDurable(
    voters: readonly number[],
    candidates: ReadonlyArray<{ id: number; lastIndex: number; lastTerm: number; holds: (index: number, term: number) => boolean }>,
    voterLasts: ReadonlyMap<number, { lastIndex: number; lastTerm: number }>,
  ): void {
    const index = this.maxCommitted;
    const c = this.committed.get(index);
    if (!c) return;
    const q = Math.floor(voters.length / 2) + 1;
    for (const m of candidates) {
      if (m.holds(index, c.term)) continue;
      const grants: number[] = [];
      for (const v of voters) {
        const vl = voterLasts.get(v);
        if (v === m.id || (vl && (m.lastTerm > vl.lastTerm || (m.lastTerm === vl.lastTerm && m.lastIndex >= vl.lastIndex)))) grants.push(v);
      }
      if (grants.length >= q) {
        throw new Violation(
          `committed entry lost: index ${index} (term ${c.term}) is committed, but node ${m.id} lacks it ` +
            `(last ${m.lastIndex}/${m.lastTerm}) and would win the votes of {${grants.join(',')}}`,
        );
      }
    }
  }

  /** A ReadIndex answer `index` for a read issued when `ackedAtIssue` writes were acknowledged. */
  onRead(id: number, index: number, ackedAtIssue: number): void {
    if (index < ackedAtIssue) {
      throw new Violation(`linearizable read: node ${id} got read index ${index}, but index ${ackedAtIssue} was acknowledged before the read was issued`);
    }
  }
}
