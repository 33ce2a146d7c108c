// Membership: single-server changes applied to a ConfState, and quorum arithmetic.
// A node uses the latest configuration in its log, committed or not (Raft thesis §4.1);
// the leader allows one uncommitted change at a time, so any two configurations in
// use at once differ by one server and their majorities overlap.
import type { ConfChange, ConfState, Member } from './types.ts';
import { ConfChangeType } from './types.ts';

export function isVoter(cs: ConfState, id: number): boolean {
  return cs.voters.includes(id);
}

export function isLearner(cs: ConfState, id: number): boolean {
  return cs.learners.includes(id);
}

export function isMember(cs: ConfState, id: number): boolean {
  return isVoter(cs, id) || isLearner(cs, id);
}

/** Why cc cannot apply to cs, or null if it can. */
export function confChangeProblem(cs: ConfState, cc: ConfChange): string | null {
  if (!(cc.nodeId > 0)) return `node id must be positive, got ${cc.nodeId}`;
  switch (cc.type) {
    case ConfChangeType.CONF_ADD_LEARNER:
      if (isMember(cs, cc.nodeId)) return `node ${cc.nodeId} is already a member`;
      return null;
    case ConfChangeType.CONF_PROMOTE:
      if (isVoter(cs, cc.nodeId)) return `node ${cc.nodeId} is already a voter`;
      if (!isLearner(cs, cc.nodeId)) return `node ${cc.nodeId} is not a learner: add it as a learner first`;
      return null;
    case ConfChangeType.CONF_REMOVE:
      if (!isMember(cs, cc.nodeId)) return `node ${cc.nodeId} is not a member`;
      if (isVoter(cs, cc.nodeId) && cs.voters.length === 1) return `node ${cc.nodeId} is the last voter`;
      return null;
    default:
      return `unknown conf change type ${cc.type as number}`;
  }
}

/**
 * The configuration after cc. A change that does not apply leaves cs unchanged, the same
 * way on every node (the leader refuses such proposals, so this happens only if a bug let one in).
 */
export function applyConfChange(cs: ConfState, cc: ConfChange): ConfState {
  if (confChangeProblem(cs, cc) !== null) return cs;
  const sorted = (ids: number[]): number[] => ids.slice().sort((a, b) => a - b);
  switch (cc.type) {
    case ConfChangeType.CONF_ADD_LEARNER: {
      const members: Member[] = [...cs.members.filter((m) => m.nodeId !== cc.nodeId), { nodeId: cc.nodeId, address: cc.address }];
      return { voters: cs.voters, learners: sorted([...cs.learners, cc.nodeId]), members: sortMembers(members) };
    }
    case ConfChangeType.CONF_PROMOTE:
      return {
        voters: sorted([...cs.voters, cc.nodeId]),
        learners: cs.learners.filter((id) => id !== cc.nodeId),
        members: cs.members,
      };
    case ConfChangeType.CONF_REMOVE:
      return {
        voters: cs.voters.filter((id) => id !== cc.nodeId),
        learners: cs.learners.filter((id) => id !== cc.nodeId),
        members: cs.members.filter((m) => m.nodeId !== cc.nodeId),
      };
    default:
      return cs;
  }
}

function sortMembers(members: Member[]): Member[] {
  return members.sort((a, b) => a.nodeId - b.nodeId);
}

export function quorum(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** The highest index that a quorum of voters has (match of each voter). */
export function committedIndex(voters: readonly number[], match: (id: number) => number): number {
  if (voters.length === 0) return Number.MAX_SAFE_INTEGER; // no voters: nothing to wait for
  const m = voters.map(match).sort((a, b) => b - a);
  return m[quorum(voters.length) - 1]!;
}

export type VoteResult = 'won' | 'lost' | 'pending';

export function tallyVotes(voters: readonly number[], votes: ReadonlyMap<number, boolean>): VoteResult {
  let granted = 0;
  let rejected = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === true) granted++;
    else if (v === false) rejected++;
  }
  const q = quorum(voters.length);
  if (granted >= q) return 'won';
  if (rejected > voters.length - q) return 'lost';
  return 'pending';
}

export function confStateEqual(a: ConfState, b: ConfState): boolean {
  const eq = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(a.voters, b.voters) && eq(a.learners, b.learners);
}
