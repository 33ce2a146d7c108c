// NACK: the message goes back for redelivery, up to maxDeliveries, then to the DLQ.
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { forgetDeliveries, target } from './ack-target.ts';

export async function handleNack(c: StompConnection, f: StompFrame): Promise<void> {
  const { consumerId, tag } = target(c, f);
  await c.ctx.core.nack(c.session!, { consumerId, deliveryTags: [tag] });
  forgetDeliveries(c, consumerId, tag, false);
  c.receipt(f, header);
}
