// What the host and the peer transport (transport/grpc-transport.ts) promise each other.
import type { Message } from './core/index.ts';
import type { SnapshotReader, StagedSnapshot } from './state-machine.ts';

/** The Raft peer protocol version, sent in every StreamHello. A peer with another is refused. */
export const RAFT_PROTOCOL_VERSION = 1;

export interface NodeIdentity {
  clusterId: string;
  siteId: string;
  nodeId: number;
}

export interface TransportHandler {
  /** Messages from peers, in the order each peer sent them. Step them into the core. */
  onMessages(msgs: Message[]): void;
  /** The connection to a peer reset or could not be made (for the core's fast failover). */
  onPeerUnreachable(nodeId: number): void;
  /** A complete snapshot arrived from the leader: `m` is its MSG_SNAP, with meta and no data. */
  onSnapshotReceived(m: Message, staged: StagedSnapshot): void;
  /** Leader side: the image to stream for a MSG_SNAP the core asked to send. */
  openSnapshot(): SnapshotReader;
  /** Leader side: a snapshot finished streaming to `to` (ok) or failed. */
  onSnapshotSent(to: number, ok: boolean): void;
}

export interface RaftTransport {
  /** Queue messages for their peers; never blocks. MSG_SNAP goes on its own snapshot stream. */
  send(msgs: readonly Message[]): void;
  /** The peers' addresses changed (membership). Connections to removed peers close. */
  setPeers(peers: ReadonlyMap<number, string>): void;
  close(): Promise<void>;
}
