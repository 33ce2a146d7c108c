// The Raft core's data types, derived from the generated protobuf types of
// proto/fedmq/v1/raft.proto so that they cannot drift from the wire format.
// Generated "$Properties" types have every field optional; inside the core every
// field is present (Strict), except the ones that are optional by meaning.
import { fedmq } from '../../../proto/gen/fedmq.js';

type Strict<T> = { [K in keyof T as K extends '$unknowns' ? never : K]-?: NonNullable<T[K]> };

export const MessageType = fedmq.v1.MessageType;
export type MessageType = fedmq.v1.MessageType;
export const EntryType = fedmq.v1.EntryType;
export type EntryType = fedmq.v1.EntryType;
export const ConfChangeType = fedmq.v1.ConfChangeType;
export type ConfChangeType = fedmq.v1.ConfChangeType;

export type ConfChange = Strict<fedmq.v1.ConfChange.$Properties>;
export type Member = Strict<fedmq.v1.Member.$Properties>;
export type ConfState = Strict<Omit<fedmq.v1.ConfState.$Properties, 'members'>> & { members: Member[] };

/** A log entry. `confChange` is set on ENTRY_CONF_CHANGE entries only. */
export type Entry = Strict<Omit<fedmq.v1.Entry.$Properties, 'confChange'>> & { confChange?: ConfChange | null };

export type HardState = Strict<fedmq.v1.HardState.$Properties>;
export type SnapshotMeta = Strict<Omit<fedmq.v1.SnapshotMeta.$Properties, 'confState'>> & { confState: ConfState };
export type Snapshot = { meta: SnapshotMeta; data: Uint8Array };

/** A Raft message between peers. `snapshot` is set on MSG_SNAP only. */
export type Message = Strict<Omit<fedmq.v1.RaftMessage.$Properties, 'entries' | 'snapshot'>> & {
  entries: Entry[];
  snapshot?: Snapshot | null;
};

/** No node: node ids start at 1. */
export const NONE = 0;

export const EMPTY_BYTES = new Uint8Array(0);

export function emptyConfState(): ConfState {
  return { voters: [], learners: [], members: [] };
}

export function emptyHardState(): HardState {
  return { term: 0, vote: NONE, commit: 0 };
}

export function isEmptyHardState(hs: HardState): boolean {
  return hs.term === 0 && hs.vote === NONE && hs.commit === 0;
}

/** A message with every field at its zero value, then `fields`. */
export function message(fields: Partial<Message> & Pick<Message, 'type' | 'to'>): Message {
  return {
    from: NONE,
    term: 0,
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    snapshot: null,
    reject: false,
    rejectHint: 0,
    hintTerm: 0,
    context: EMPTY_BYTES,
    ...fields,
  };
}

const messageTypeNames: Record<number, string> = {};
for (const [name, value] of Object.entries(fedmq.v1.MessageType)) {
  messageTypeNames[value as number] = name;
}

/** MSG_APP_RESP → "MsgAppResp", as in etcd's transcripts. */
export function messageTypeName(type: MessageType): string {
  const name = messageTypeNames[type];
  if (name === undefined) return `MsgUnknown(${type})`;
  return name
    .toLowerCase()
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Responses: messages a node sends back to the sender of a request. */
export function isResponse(type: MessageType): boolean {
  return (
    type === MessageType.MSG_APP_RESP ||
    type === MessageType.MSG_VOTE_RESP ||
    type === MessageType.MSG_PRE_VOTE_RESP ||
    type === MessageType.MSG_HEARTBEAT_RESP ||
    type === MessageType.MSG_READ_INDEX_RESP
  );
}

export function entryBytes(e: Entry): number {
  // Data dominates; 24 covers term, index and type. Used for batching limits only.
  return e.data.length + 24 + (e.confChange ? 16 + e.confChange.address.length : 0);
}

export function entriesBytes(ents: readonly Entry[]): number {
  let n = 0;
  for (const e of ents) n += entryBytes(e);
  return n;
}
