// ACK: the ack id of a MESSAGE (1.2's id header; 1.0/1.1's message-id). In client mode an ACK
// covers every earlier message of the subscription. A transaction header makes it part of it.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { forgetDeliveries, target } from './ack-target.ts';

export async function handleAck(c: StompConnection, f: StompFrame): Promise<void> {
  const { consumerId, tag } = target(c, f);
  const tx = header(f, 'transaction');
  const txId = tx === undefined ? '' : c.transactions.get(tx);
  if (tx !== undefined && !txId) throw new FedmqError('TX_UNKNOWN', `no transaction ${JSON.stringify(tx)} was begun on this connection`);
  await c.ctx.core.ack(c.session!, { consumerId, deliveryTags: [tag], transactionId: txId ?? '' });
  if (tx !== undefined) {
    // Answerable by message id until the transaction is over (an ABORT returns it for redelivery).
    if (c.legacyByAck.size > 0) c.txAckIds.set(tx, [...(c.txAckIds.get(tx) ?? []), `${consumerId}:${tag}`]);
  } else {
    const sub = c.subscriptions.get(c.byConsumer.get(consumerId) ?? '');
    forgetDeliveries(c, consumerId, tag, sub?.ack === 'client');
  }
  c.receipt(f, header);
}
