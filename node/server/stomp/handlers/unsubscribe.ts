// UNSUBSCRIBE: the subscription's consumer closes; what it held comes back for redelivery.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

export async function handleUnsubscribe(c: StompConnection, f: StompFrame): Promise<void> {
  const id = header(f, 'id') ?? header(f, 'destination');
  const sub = id === undefined ? undefined : c.subscriptions.get(id);
  if (!sub) throw new FedmqError('BAD_REQUEST', `no subscription ${JSON.stringify(id)} on this connection`);
  c.ctx.core.unsubscribe(c.session!, sub.consumerId);
  c.subscriptions.delete(sub.id);
  c.byConsumer.delete(sub.consumerId);
  c.receipt(f, header);
}
