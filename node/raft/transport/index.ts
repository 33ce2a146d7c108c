// The Raft peer transport over gRPC: what the rest of the node may use. The node creates its
// grpc.Server with raftGrpcServerOptions(limits) (or transport.serverOptions()), constructs a
// GrpcRaftTransport and registers it with addTo(server); the host talks to it as a RaftTransport
// (../transport-types.ts).
export { GrpcRaftTransport } from './grpc-transport.ts';
export type { GrpcRaftTransportOptions, TransportStats } from './grpc-transport.ts';
export type { PeerTransportStats } from './peer.ts';
export {
  MESSAGE_OVERHEAD_BYTES,
  RAFT_TRANSPORT_DEFAULTS,
  SNAPSHOT_CHUNK_BYTES_LIMIT,
  SNAPSHOT_CHUNK_OVERHEAD_BYTES,
  raftGrpcServerOptions,
  resolveTransportLimits,
} from './limits.ts';
export type { RaftTransportLimits } from './limits.ts';
export { RAFT_INSTALL_SNAPSHOT_PATH, RAFT_STREAM_PATH, raftTransportService } from './codec.ts';
