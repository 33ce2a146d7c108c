// The replicated broker policy: defaults, and what the state machine uses before any SetPolicy
// has been applied.
import { fedmq } from '../../proto/gen/fedmq.js';

/** The policy with every field present: the generated proto type, nothing optional or null. */
export type BrokerPolicy = { [K in Exclude<keyof fedmq.v1.IBrokerPolicy, '$unknowns'>]-?: NonNullable<fedmq.v1.IBrokerPolicy[K]> };

export const POLICY_DEFAULTS: BrokerPolicy = {
  // ActiveMQ redelivers 6 times after the first delivery (maximumRedeliveries 6): 7 deliveries.
  maxDeliveries: 7,
  dlqStrategy: fedmq.v1.DlqStrategy.DLQ_SHARED,
  dlqMessagesMax: 100_000,
  dlqBytesMax: 256 << 20,
  expiredToDlq: true,
  // Long enough for any client retry horizon the SDK allows (it must be shorter; checked at start).
  dedupeWindowMs: 10 * 60_000,
  // Inactive durable subscriptions are kept until removed, as in ActiveMQ's default.
  inactiveDurableTimeoutMs: 0,
};

export function policyFromProto(p: fedmq.v1.IBrokerPolicy | null | undefined): BrokerPolicy {
  return {
    maxDeliveries: p?.maxDeliveries || POLICY_DEFAULTS.maxDeliveries,
    dlqStrategy: p?.dlqStrategy || POLICY_DEFAULTS.dlqStrategy,
    dlqMessagesMax: p?.dlqMessagesMax || POLICY_DEFAULTS.dlqMessagesMax,
    dlqBytesMax: p?.dlqBytesMax || POLICY_DEFAULTS.dlqBytesMax,
    expiredToDlq: p?.expiredToDlq ?? POLICY_DEFAULTS.expiredToDlq,
    dedupeWindowMs: p?.dedupeWindowMs || POLICY_DEFAULTS.dedupeWindowMs,
    inactiveDurableTimeoutMs: p?.inactiveDurableTimeoutMs ?? POLICY_DEFAULTS.inactiveDurableTimeoutMs,
  };
}

export function samePolicy(a: BrokerPolicy, b: BrokerPolicy): boolean {
  return (
    a.maxDeliveries === b.maxDeliveries &&
    a.dlqStrategy === b.dlqStrategy &&
    a.dlqMessagesMax === b.dlqMessagesMax &&
    a.dlqBytesMax === b.dlqBytesMax &&
    a.expiredToDlq === b.expiredToDlq &&
    a.dedupeWindowMs === b.dedupeWindowMs &&
    a.inactiveDurableTimeoutMs === b.inactiveDurableTimeoutMs
  );
}
