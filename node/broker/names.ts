// Destination names, ActiveMQ wildcards and the names the broker makes itself (DLQs, durable
// subscription stores, temporary queues).
//
// A name is 1 to NAME_CHARS_MAX characters of segments separated by '.'. In a subscription or a
// bridge pattern, a segment '*' matches exactly one segment and a last segment '>' matches one or
// more (ActiveMQ's wildcards). A destination a message is sent to never contains either.
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError } from '../errors.ts';

export const DestinationKind = fedmq.v1.DestinationKind;
export type DestinationKind = fedmq.v1.DestinationKind;

/** The longest destination name, in characters (LMDB keys stay far below their 1978-byte limit). */
export const NAME_CHARS_MAX = 200;
/** The shared dead-letter queue (ActiveMQ's is "ActiveMQ.DLQ"). */
export const SHARED_DLQ = 'DLQ';
/** Per-destination dead-letter queues are "DLQ.<name>". */
export const DLQ_PREFIX = 'DLQ.';
/** Temporary queues are "tmp.<session>.<n>": only their session may consume them. */
export const TEMP_PREFIX = 'tmp.';

// Letters, digits and a few punctuation marks; no whitespace, no control characters, and none
// of ':' '/' ',' (reserved for "client:name", "queue://x" and lists).
const SEGMENT = /^[\p{L}\p{N}_\-$#@~+=!]+$/u;

export interface DestinationName {
  kind: DestinationKind;
  name: string;
}

/** "queue://orders" — how logs, headers and errors show a destination. */
export function destinationUri(d: DestinationName): string {
  return `${d.kind === DestinationKind.TOPIC ? 'topic' : 'queue'}://${d.name}`;
}

/** Checks a destination a message is sent to or a queue is created as: no wildcards. */
export function checkDestination(d: fedmq.v1.IDestination | null | undefined, field = 'destination'): DestinationName {
  const { kind, name } = checkKindAndName(d, field);
  for (const seg of name.split('.')) {
    if (seg === '*' || seg === '>') {
      throw new FedmqError('DESTINATION_INVALID', `${field}: ${JSON.stringify(name)} contains the wildcard '${seg}'; send to a concrete destination`, { field, name });
    }
  }
  return { kind, name };
}

/** Checks a subscription's destination: wildcards allowed ('>' only as the last segment). */
export function checkPattern(d: fedmq.v1.IDestination | null | undefined, field = 'destination'): DestinationName {
  const { kind, name } = checkKindAndName(d, field);
  const segs = name.split('.');
  segs.forEach((seg, i) => {
    if (seg === '>' && i !== segs.length - 1) {
      throw new FedmqError('DESTINATION_INVALID', `${field}: in ${JSON.stringify(name)} the wildcard '>' may only be the last segment`, { field, name });
    }
  });
  return { kind, name };
}

function checkKindAndName(d: fedmq.v1.IDestination | null | undefined, field: string): DestinationName {
  if (!d) throw new FedmqError('DESTINATION_INVALID', `${field} is missing`, { field });
  const kind = d.kind ?? 0;
  if (kind !== DestinationKind.QUEUE && kind !== DestinationKind.TOPIC) {
    throw new FedmqError('DESTINATION_INVALID', `${field}.kind must be QUEUE or TOPIC, got ${kind}`, { field });
  }
  const name = d.name ?? '';
  if (name.length === 0 || name.length > NAME_CHARS_MAX) {
    throw new FedmqError('DESTINATION_INVALID', `${field}.name must be 1 to ${NAME_CHARS_MAX} characters, got ${name.length}`, { field, name });
  }
  for (const seg of name.split('.')) {
    if (seg === '*' || seg === '>') continue;
    if (!SEGMENT.test(seg)) {
      const why = seg.length === 0 ? 'an empty segment (two dots, or a dot at an end)' : `the segment ${JSON.stringify(seg)} (letters, digits and _ - $ # @ ~ + = ! only)`;
      throw new FedmqError('DESTINATION_INVALID', `${field}.name ${JSON.stringify(name)} has ${why}`, { field, name });
    }
  }
  return { kind, name };
}

export function hasWildcard(name: string): boolean {
  return name.split('.').some((s) => s === '*' || s === '>');
}

/** Whether a concrete name matches a pattern ('*' one segment, a last '>' one or more). */
export function matchesPattern(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  const p = pattern.split('.');
  const n = name.split('.');
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg === '>') return i === p.length - 1 && n.length > i;
    if (i >= n.length) return false;
    if (seg !== '*' && seg !== n[i]) return false;
  }
  return p.length === n.length;
}

/** The dead-letter queue for a message that was on `name`. */
export function dlqFor(strategy: fedmq.v1.DlqStrategy, name: string): string {
  if (strategy === fedmq.v1.DlqStrategy.DLQ_PER_DESTINATION) {
    if (name === SHARED_DLQ || name.startsWith(DLQ_PREFIX)) return name;
    const candidate = DLQ_PREFIX + name;
    return candidate.length <= NAME_CHARS_MAX ? candidate : SHARED_DLQ;
  }
  return SHARED_DLQ;
}

export function isDlq(name: string): boolean {
  return name === SHARED_DLQ || name.startsWith(DLQ_PREFIX);
}

/** The name of a durable subscription's store: "client_id:name" (':' is never in a destination name). */
export function durableKey(clientId: string, name: string): string {
  return `${clientId}:${name}`;
}

/** Whether some concrete name matches both patterns (ActiveMQ wildcards). */
export function patternsOverlap(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  const go = (i: number, j: number): boolean => {
    if (i === x.length && j === y.length) return true;
    if (i < x.length && x[i] === '>') return j < y.length; // '>' takes one or more of the rest
    if (j < y.length && y[j] === '>') return i < x.length;
    if (i === x.length || j === y.length) return false;
    if (x[i] !== '*' && y[j] !== '*' && x[i] !== y[j]) return false;
    return go(i + 1, j + 1);
  };
  return go(0, 0);
}
