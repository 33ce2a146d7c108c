// UNSUBSCRIBE: the subscription's consumer closes; what it held comes back for redelivery.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { forgetDeliveries } from './ack-target.ts';

export async function handleUnsubscribe(c: StompConnection, f: StompFrame): Promise<void> {
  const id = header(f, 'id') ?? header(f, 'destination');
  const sub = id === undefined ? undefined : c.subscriptions.get(id);
  if (!sub) throw new FedmqError('BAD_REQUEST', `no subscription ${JSON.stringify(id)} on this connection`);
  c.ctx.core.unsubscribe(c.session!, sub.consumerId);
  c.subscriptions.delete(sub.id);
  c.byConsumer.delete(sub.consumerId);
  // What it held goes back: its message ids no longer stand for anything here.
  for (const ackId of [...c.legacyByAck.keys()]) if (ackId.startsWith(`${sub.consumerId}:`)) forgetDeliveries(c, sub.consumerId, Number(ackId.slice(sub.consumerId.length + 1)), false);
  c.receipt(f, header);
}
