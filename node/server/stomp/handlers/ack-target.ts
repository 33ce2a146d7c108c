// Shared by the ACK and NACK handlers: which delivery a frame names.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

/** The ack id of a MESSAGE (1.2's id header; 1.0/1.1's message-id) as the broker consumer and tag. */
export function target(c: StompConnection, f: StompFrame): { consumerId: string; tag: number } {
  const id = header(f, 'id') ?? header(f, 'message-id');
  if (id === undefined) throw new FedmqError('BAD_FRAME', `${f.command} needs an id header`);
  const i = id.lastIndexOf(':');
  const consumerId = id.slice(0, i);
  const tag = Number(id.slice(i + 1));
  if (i <= 0 || !Number.isSafeInteger(tag) || !c.byConsumer.has(consumerId)) {
    throw new FedmqError('NOT_OUTSTANDING', `${f.command} of ${JSON.stringify(id)}: not a message delivered on this connection and not yet acknowledged`);
  }
  return { consumerId, tag };
}
