// Shared by the ACK and NACK handlers: which delivery a frame names. STOMP 1.2 clients send the
// `ack` header of the MESSAGE back as `id`; 1.0 and 1.1 clients send its `message-id` (1.1 with
// the `subscription`), so the connection remembers, for the messages it delivered on
// subscriptions that need acks, which delivery each message id stands for.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

/** Called for each MESSAGE sent to a 1.0/1.1 client on a client or client-individual subscription. */
export function rememberDelivery(c: StompConnection, messageId: string, subId: string, ackId: string): void {
  const list = c.legacyAcks.get(messageId);
  if (list) list.push({ subId, ackId });
  else c.legacyAcks.set(messageId, [{ subId, ackId }]);
  c.legacyByAck.set(ackId, messageId);
}

/** Forgets deliveries that were acknowledged: `ackId`, or with `cumulative` every earlier one of its consumer too. */
export function forgetDeliveries(c: StompConnection, consumerId: string, tag: number, cumulative: boolean): void {
  if (c.legacyByAck.size === 0) return;
  const drop = (ackId: string): void => {
    const messageId = c.legacyByAck.get(ackId);
    if (messageId === undefined) return;
    c.legacyByAck.delete(ackId);
    const list = c.legacyAcks.get(messageId)?.filter((e) => e.ackId !== ackId);
    if (list && list.length > 0) c.legacyAcks.set(messageId, list);
    else c.legacyAcks.delete(messageId);
  };
  if (!cumulative) return drop(`${consumerId}:${tag}`);
  for (const ackId of [...c.legacyByAck.keys()]) {
    const i = ackId.lastIndexOf(':');
    if (ackId.slice(0, i) === consumerId && Number(ackId.slice(i + 1)) <= tag) drop(ackId);
  }
}

/** Forgets the deliveries a STOMP transaction acknowledged, once it is over (committed or not). */
export function forgetTransaction(c: StompConnection, name: string): void {
  for (const ackId of c.txAckIds.get(name) ?? []) {
    const i = ackId.lastIndexOf(':');
    forgetDeliveries(c, ackId.slice(0, i), Number(ackId.slice(i + 1)), false);
  }
  c.txAckIds.delete(name);
}

/** The delivery a frame names, as the broker consumer and tag. */
export function target(c: StompConnection, f: StompFrame): { consumerId: string; tag: number } {
  let id = c.version === '1.2' ? header(f, 'id') : undefined;
  if (id === undefined) {
    const messageId = header(f, 'message-id') ?? header(f, 'id');
    if (messageId === undefined) throw new FedmqError('BAD_FRAME', `${f.command} needs ${c.version === '1.2' ? 'an id' : 'a message-id'} header`);
    const sub = header(f, 'subscription');
    // The newest delivery of that message id (an older one may have been returned and redelivered).
    const entry = c.legacyAcks.get(messageId)?.findLast((e) => sub === undefined || e.subId === sub);
    // Not one we remember: perhaps the client sent our ack id itself; parsed below.
    id = entry ? entry.ackId : messageId;
  }
  const i = id.lastIndexOf(':');
  const consumerId = id.slice(0, i);
  const tag = Number(id.slice(i + 1));
  if (i <= 0 || !Number.isSafeInteger(tag) || !c.byConsumer.has(consumerId)) {
    throw new FedmqError('NOT_OUTSTANDING', `${f.command} of ${JSON.stringify(id)}: not a message delivered on this connection and not yet acknowledged`);
  }
  return { consumerId, tag };
}
