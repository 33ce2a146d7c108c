// MESSAGE frames: a broker delivery as STOMP headers (ActiveMQ's names where STOMP has none).
import type { fedmq } from '../../../../proto/gen/fedmq.js';
import { headerFromProto } from '../../../broker/headers.ts';
import { stompDestination, type StompConnection } from '../connection.ts';
import { rememberDelivery } from './ack-target.ts';

export function deliver(c: StompConnection, d: fedmq.v1.IDelivery): void {
  const subId = c.byConsumer.get(d.consumerId ?? '');
  if (subId === undefined) return;
  const m = d.message ?? {};
  const ackId = `${d.consumerId}:${d.deliveryTag}`;
  const headers: Array<[string, string]> = [
    ['subscription', subId],
    ['message-id', m.id ?? ''],
    ['destination', stompDestination(m.destination)],
    ['redelivered', d.redelivered ? 'true' : 'false'],
    ['fedmq-delivery-count', String(d.deliveryCount ?? 1)],
    ['priority', String(m.priority ?? 4)],
    ['timestamp', String(m.timestampMs ?? 0)],
    ['expires', String(m.expiresAtMs ?? 0)],
    ['persistent', m.persistent ? 'true' : 'false'],
  ];
  if (c.version === '1.2') headers.push(['ack', ackId]);
  else if (c.subscriptions.get(subId)?.ack !== 'auto') rememberDelivery(c, m.id ?? '', subId, ackId);
  if (m.correlationId) headers.push(['correlation-id', m.correlationId]);
  if (m.replyTo?.name) headers.push(['reply-to', stompDestination(m.replyTo)]);
  if (m.type) headers.push(['type', m.type]);
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    const value = headerFromProto(v);
    if (value !== null) headers.push([k, String(value)]);
  }
  c.send({ command: 'MESSAGE', headers, body: Buffer.from(m.body ?? new Uint8Array(0)) });
}
