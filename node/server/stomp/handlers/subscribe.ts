// SUBSCRIBE: ack auto | client | client-individual, a selector, a prefetch (ours,
// ActiveMQ's activemq.prefetchSize or RabbitMQ's prefetch-count), durable topic subscriptions
// (ActiveMQ: client-id on CONNECT and activemq.subscriptionName; RabbitMQ: durable:true, named
// by the subscription id).
import { FedmqError } from '../../../errors.ts';
import { fedmq } from '../../../../proto/gen/fedmq.js';
import { parseStompDestination, type StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

const DEFAULT_PREFETCH = 1000; // ActiveMQ's default for queues

export async function handleSubscribe(c: StompConnection, f: StompFrame): Promise<void> {
  const dest = parseStompDestination(header(f, 'destination'));
  const id = header(f, 'id') ?? (c.version === '1.0' ? header(f, 'destination')! : undefined);
  if (id === undefined) throw new FedmqError('BAD_FRAME', 'SUBSCRIBE needs an id header');
  if (c.subscriptions.has(id)) throw new FedmqError('BAD_REQUEST', `subscription ${JSON.stringify(id)} already exists on this connection`);
  const ack = (header(f, 'ack') ?? 'auto') as 'auto' | 'client' | 'client-individual';
  if (!['auto', 'client', 'client-individual'].includes(ack)) throw new FedmqError('BAD_REQUEST', `ack must be auto, client or client-individual, got ${JSON.stringify(ack)}`);
  const rawPrefetch = header(f, 'fedmq-prefetch') ?? header(f, 'activemq.prefetchSize') ?? header(f, 'prefetch-count');
  const prefetch = rawPrefetch === undefined ? DEFAULT_PREFETCH : Number(rawPrefetch);
  if (!Number.isInteger(prefetch) || prefetch < 1) throw new FedmqError('BAD_REQUEST', `the prefetch must be a positive integer, got ${JSON.stringify(rawPrefetch)}`);
  const durableName = header(f, 'activemq.subscriptionName') ?? (header(f, 'durable') === 'true' && dest.kind === 2 ? id : '');
  const consumerId = `stomp-${id}`;
  c.subscriptions.set(id, { id, consumerId, destination: header(f, 'destination')!, ack });
  c.byConsumer.set(consumerId, id);
  try {
    await c.ctx.core.subscribe(c.session!, {
      consumerId,
      destination: dest,
      selector: header(f, 'selector') ?? '',
      ackMode: ack === 'auto' ? fedmq.v1.AckMode.ACK_AUTO : ack === 'client' ? fedmq.v1.AckMode.ACK_CLIENT : fedmq.v1.AckMode.ACK_INDIVIDUAL,
      prefetch,
      durableName,
    });
  } catch (err) {
    c.subscriptions.delete(id);
    c.byConsumer.delete(consumerId);
    throw err;
  }
  c.receipt(f, header);
}
