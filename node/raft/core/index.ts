// The pure Raft core: no I/O, no timers, no clock, no Math.random. See raft.ts for
// the Ready contract. Nothing here may import node:*, lmdb, grpc or pino (enforced by
// purity.test.ts).
export { Raft } from './raft.ts';
export type { ProposeRefusal, ProposeResult, RaftStatus, ReadState, Ready, SoftState, StateType } from './raft.ts';
export { RAFT_DEFAULTS, resolveRaftOptions } from './config.ts';
export type { RaftOptions, ResolvedRaftOptions } from './config.ts';
export { MemoryStorage, StorageError, limitSize } from './storage.ts';
export type { InitialState, Storage } from './storage.ts';
export { Sfc32 } from './prng.ts';
export type { Prng } from './prng.ts';
export { applyConfChange, confChangeProblem, confStateEqual, isLearner, isMember, isVoter, quorum } from './membership.ts';
export * from './types.ts';
