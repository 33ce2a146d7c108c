// Header values in and out of protobuf, and the names a selector sees: the message's own
// headers plus the JMS header fields (JMSPriority, JMSMessageID, ...), as in JMS 3.8.1.1.
import type { fedmq } from '../../proto/gen/fedmq.js';
import type { HeaderValue } from './selector/index.ts';

export type Headers = Record<string, HeaderValue>;

export function headerFromProto(v: fedmq.v1.IHeaderValue | null | undefined): HeaderValue {
  if (!v) return null;
  // Oneof members that are not set decode as null (protobufjs), so the set one is the non-null one.
  if (typeof v.stringValue === 'string') return v.stringValue;
  if (typeof v.intValue === 'number') return v.intValue;
  if (typeof v.doubleValue === 'number') return v.doubleValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  return null;
}

export function headerToProto(v: HeaderValue): fedmq.v1.IHeaderValue {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: v } : { doubleValue: v };
  return {};
}

/** The selector's view of a message: JMS header fields first, then its properties. */
export function selectorView(m: fedmq.v1.IMessage): (name: string) => HeaderValue | undefined {
  return (name) => {
    switch (name) {
      case 'JMSPriority':
        return m.priority ?? 4;
      case 'JMSMessageID':
        return m.id ?? null;
      case 'JMSTimestamp':
        return m.timestampMs ?? 0;
      case 'JMSCorrelationID':
        return m.correlationId ? m.correlationId : null;
      case 'JMSType':
        return m.type ? m.type : null;
      case 'JMSDeliveryMode':
        return m.persistent ? 'PERSISTENT' : 'NON_PERSISTENT';
      case 'JMSExpiration':
        return m.expiresAtMs ?? 0;
      default: {
        const h = m.headers?.[name];
        return h === undefined ? undefined : headerFromProto(h);
      }
    }
  };
}
