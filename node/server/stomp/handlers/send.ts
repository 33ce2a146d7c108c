// SEND: persistent:true is acknowledged (RECEIPT) only after quorum commit, flushed; without it a
// SEND is non-persistent, held in the leader's memory only, as in ActiveMQ and RabbitMQ. A
// fedmq-msg-id header makes it idempotent (a retried SEND is recognised, not stored twice).
import { randomUUID } from 'node:crypto';
import { FedmqError } from '../../../errors.ts';
import { parseStompDestination, type StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

/** Headers with a meaning of their own: not copied into the message's properties. */
const RESERVED = new Set(['destination', 'receipt', 'transaction', 'persistent', 'priority', 'expires', 'correlation-id', 'reply-to', 'type', 'content-length', 'fedmq-msg-id', 'message-id', 'fedmq-ttl', 'AMQ_SCHEDULED_DELAY']);

export async function handleSend(c: StompConnection, f: StompFrame): Promise<void> {
  const dest = parseStompDestination(header(f, 'destination'));
  const priority = header(f, 'priority');
  const p = priority === undefined ? undefined : Number(priority);
  if (p !== undefined && (!Number.isInteger(p) || p < 0 || p > 9)) throw new FedmqError('BAD_REQUEST', `priority must be 0-9, got ${JSON.stringify(priority)}`);
  const expires = Number(header(f, 'expires') ?? 0);
  const ttl = expires > 0 ? Math.max(1, expires - Date.now()) : Number(header(f, 'fedmq-ttl') ?? 0);
  const delay = Number(header(f, 'AMQ_SCHEDULED_DELAY') ?? 0);
  const replyTo = header(f, 'reply-to');
  const headers: Record<string, { stringValue: string }> = {};
  for (const [k, v] of f.headers) if (!RESERVED.has(k) && !(k in headers)) headers[k] = { stringValue: v };
  const tx = header(f, 'transaction');
  const txId = tx === undefined ? '' : c.transactions.get(tx);
  if (tx !== undefined && !txId) throw new FedmqError('TX_UNKNOWN', `no transaction ${JSON.stringify(tx)} was begun on this connection`);
  const outcome = await c.ctx.core.send(c.session!, {
    messageId: header(f, 'fedmq-msg-id') ?? `stomp-${randomUUID()}`,
    destination: dest,
    headers,
    body: f.body,
    persistent: header(f, 'persistent') === 'true',
    ...(p !== undefined ? { priority: p } : {}),
    ttlMs: Number.isFinite(ttl) && ttl > 0 ? ttl : 0,
    delayMs: Number.isFinite(delay) && delay > 0 ? delay : 0,
    correlationId: header(f, 'correlation-id') ?? '',
    ...(replyTo ? { replyTo: parseStompDestination(replyTo) } : {}),
    type: header(f, 'type') ?? '',
    transactionId: txId ?? '',
  });
  if (!outcome.ok) throw new FedmqError(outcome.code, outcome.message);
  c.receipt(f, header);
}
