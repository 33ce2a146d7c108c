// Fixed, readable renderings of the core's values for transcripts, close to etcd's:
//   1->2 MsgApp Term:2 Log:1/3 Commit:3 Entries:[2/4 EntryNormal "x"]
// "Log:t/i" is always term/index (MsgApp: of the entry before Entries; MsgAppResp: index acked
// or rejected; votes: the candidate's last entry). A rejected MsgAppResp shows its hint as
// (hintTerm/rejectHint).
import type { Progress } from '../progress.ts';
import type { Ready, StateType } from '../raft.ts';
import type { ConfChange, ConfState, Entry, HardState, Message, Snapshot } from '../types.ts';
import { ConfChangeType, EntryType, MessageType, messageTypeName } from '../types.ts';

const decoder = new TextDecoder();

export function describeBytes(b: Uint8Array): string {
  return JSON.stringify(decoder.decode(b));
}

export function describeConfChange(cc: ConfChange): string {
  switch (cc.type) {
    case ConfChangeType.CONF_ADD_LEARNER:
      return `add-learner=${cc.nodeId}`;
    case ConfChangeType.CONF_PROMOTE:
      return `promote=${cc.nodeId}`;
    case ConfChangeType.CONF_REMOVE:
      return `remove=${cc.nodeId}`;
    default:
      return `unknown(${cc.type as number})=${cc.nodeId}`;
  }
}

export function describeEntry(e: Entry): string {
  if (e.type === EntryType.ENTRY_CONF_CHANGE) {
    return `${e.term}/${e.index} EntryConfChange ${e.confChange ? describeConfChange(e.confChange) : '(none)'}`;
  }
  return `${e.term}/${e.index} EntryNormal ${describeBytes(e.data)}`;
}

export function describeConfState(cs: ConfState): string {
  return `Voters:[${cs.voters.join(' ')}] Learners:[${cs.learners.join(' ')}]`;
}

export function describeSnapshot(s: Snapshot): string {
  return `Index:${s.meta.index} Term:${s.meta.term} ${describeConfState(s.meta.confState)}`;
}

export function describeHardState(hs: HardState): string {
  return `HardState Term:${hs.term} Vote:${hs.vote} Commit:${hs.commit}`;
}

export function describeState(s: StateType): string {
  switch (s) {
    case 'follower':
      return 'StateFollower';
    case 'pre-candidate':
      return 'StatePreCandidate';
    case 'candidate':
      return 'StateCandidate';
    case 'leader':
      return 'StateLeader';
  }
}

export function describeMessage(m: Message): string {
  let s = `${m.from}->${m.to} ${messageTypeName(m.type)} Term:${m.term}`;
  // MsgTransferLeader carries the target in index.
  s += m.type === MessageType.MSG_TRANSFER_LEADER ? ` Target:${m.index}` : ` Log:${m.logTerm}/${m.index}`;
  if (m.commit !== 0) s += ` Commit:${m.commit}`;
  if (m.reject) {
    s += ' Rejected';
    if (m.type === MessageType.MSG_APP_RESP) s += ` (Hint: ${m.hintTerm}/${m.rejectHint})`;
  }
  if (m.entries.length > 0) s += ` Entries:[${m.entries.map(describeEntry).join(', ')}]`;
  if (m.snapshot) s += ` Snapshot: ${describeSnapshot(m.snapshot)}`;
  if (m.context.length > 0) s += ` Context:${describeBytes(m.context)}`;
  return s;
}

/** The lines of a Ready, in the order the host handles them. */
export function describeReady(rd: Ready): string[] {
  const out = [`Ready MustSync=${rd.mustSync}:`];
  if (rd.softState) out.push(`Lead:${rd.softState.lead} State:${describeState(rd.softState.state)}`);
  if (rd.hardState) out.push(describeHardState(rd.hardState));
  if (rd.snapshot) out.push(`Snapshot ${describeSnapshot(rd.snapshot)}`);
  if (rd.entries.length > 0) out.push('Entries:', ...rd.entries.map(describeEntry));
  if (rd.committedEntries.length > 0) out.push('CommittedEntries:', ...rd.committedEntries.map(describeEntry));
  if (rd.messages.length > 0) out.push('Messages:', ...rd.messages.map(describeMessage));
  if (rd.readStates.length > 0) {
    out.push('ReadStates:', ...rd.readStates.map((r) => `Index:${r.index} Context:${describeBytes(r.context)}`));
  }
  return out;
}

/** One follower's progress as the leader tracks it, like etcd's `status`. */
export function describeProgress(id: number, pr: Progress): string {
  const state = `State${pr.state.charAt(0).toUpperCase()}${pr.state.slice(1)}`;
  let s = `${id}: ${state} match=${pr.match} next=${pr.next}`;
  if (pr.isLearner) s += ' learner';
  if (pr.isPaused()) s += ' paused';
  if (pr.state === 'snapshot') s += ` pendingSnap=${pr.pendingSnapshot}`;
  const count = pr.inflights.count;
  if (count > 0) s += ` inflight=${count}${pr.inflights.full() ? '[full]' : ''}`;
  return s;
}
