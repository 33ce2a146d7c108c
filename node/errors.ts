// The catalogue of operating errors: one stable code each, the gRPC status it maps to, and
// (later) its STOMP ERROR mapping. Match on `error.code`, never on the message.
// Programmer errors are not here: they are assertions that crash.

/** gRPC status codes used by the catalogue (numeric, so this file imports nothing). */
export const GrpcStatus = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNAVAILABLE: 14,
  INTERNAL: 13,
} as const;

export const ERROR_CATALOGUE = {
  CONFIG_INVALID: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'the configuration is invalid' },
  DATA_DIR_MISMATCH: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: "the data directory belongs to another node" },
  DATA_DIR_CORRUPT: { grpc: GrpcStatus.INTERNAL, summary: 'the data directory cannot be read' },
  PROTOCOL_VERSION: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the peer speaks another protocol version' },
  CLUSTER_MISMATCH: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the peer belongs to another cluster, site or node id' },
  BAD_FRAME: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'a malformed frame or protobuf' },
  NOT_A_MEMBER: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the peer was removed from the site; it is no longer a member' },
  NOT_LEADER: { grpc: GrpcStatus.UNAVAILABLE, summary: 'this node is not the leader; retry on the leader' },
  NO_LEADER: { grpc: GrpcStatus.UNAVAILABLE, summary: 'the site has no leader right now; retry shortly' },
  LEADER_CHANGED: { grpc: GrpcStatus.UNAVAILABLE, summary: 'leadership changed before the request committed; retry' },
  OVERLOADED: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, summary: 'too much is waiting to commit; retry later' },
  ENTRY_TOO_LARGE: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, summary: 'the request exceeds the largest replicated entry' },
  MEMBERSHIP_REFUSED: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the membership change is not allowed now' },
  TIMEOUT: { grpc: GrpcStatus.UNAVAILABLE, summary: 'the request did not complete in time' },
  OUTCOME_UNKNOWN: { grpc: GrpcStatus.UNAVAILABLE, summary: 'the request may or may not have been applied; retry it idempotently' },
  SHUTTING_DOWN: { grpc: GrpcStatus.UNAVAILABLE, summary: 'this node is shutting down' },
  STATE_MACHINE_HALTED: { grpc: GrpcStatus.INTERNAL, summary: 'apply stopped on an entry it cannot apply' },
  SNAPSHOT_INVALID: { grpc: GrpcStatus.INTERNAL, summary: 'a snapshot image is malformed or does not match its meta' },
  KEY_INVALID: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'the key is empty or longer than the store accepts' },
  BAD_REQUEST: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'a request field is missing or invalid' },
  SELECTOR_INVALID: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'the selector is not valid JMS SQL-92; the message names the position' },
  DESTINATION_INVALID: { grpc: GrpcStatus.INVALID_ARGUMENT, summary: 'the destination name is not valid' },
  DESTINATION_NOT_FOUND: { grpc: GrpcStatus.NOT_FOUND, summary: 'no such destination, and it is not created on first use' },
  SUBSCRIPTION_NOT_FOUND: { grpc: GrpcStatus.NOT_FOUND, summary: 'no such durable subscription' },
  SUBSCRIPTION_IN_USE: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the durable subscription has an active consumer' },
  MSG_TOO_LARGE: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, summary: 'the message exceeds the largest message the site accepts' },
  DEST_LIMIT: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, summary: "the destination's message or byte limit is reached" },
  STORE_FULL: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, summary: "the node's store limit (storeBytesMax or messages) is reached" },
  NOT_OUTSTANDING: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the message is not delivered and unacknowledged on this consumer (unknown, already acknowledged, or redelivered elsewhere)' },
  TX_ROLLED_BACK: { grpc: GrpcStatus.ABORTED, summary: 'the transaction rolled back' },
  FENCED: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'a newer leader or site epoch has spoken for this origin; this bridge session is superseded' },
  UNKNOWN_SITE: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'the peer names a site this node does not federate with (a forged or misconfigured origin)' },
  TX_UNKNOWN: { grpc: GrpcStatus.FAILED_PRECONDITION, summary: 'no such open transaction on this session' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class FedmqError extends Error {
  readonly code: ErrorCode;
  /** Machine-readable context: limits, the leader's address, the offending field. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'FedmqError';
    this.code = code;
    this.details = details;
  }

  get grpcStatus(): number {
    return ERROR_CATALOGUE[this.code].grpc;
  }
}

export function isFedmqError(err: unknown, code?: ErrorCode): err is FedmqError {
  return err instanceof FedmqError && (code === undefined || err.code === code);
}
