// A poison message on a site of three real node processes: its delivery count survives leader
// changes (delivered and unacknowledged messages come back counted after a failover), and it
// reaches the dead-letter queue after maxDeliveries however many leaders it crossed.
import test from 'ava';
import { FedmqClient, type ReceivedMessage } from '../node/client/index.ts';
import { TestSite } from './helpers/site.ts';
import { sleep, waitFor } from './helpers/wait.ts';

const MAX_DELIVERIES = 4;

test.serial('a poison message crosses two leader changes and still lands in the DLQ after maxDeliveries', async (t) => {
  t.timeout(180_000);
  const site = await TestSite.start(t, { nodes: 3, broker: { policy: { maxDeliveries: MAX_DELIVERIES } } });
  const servers = [...site.nodes.values()].map((n) => n.grpc);
  await site.waitForLeader();
  const producer = await FedmqClient.connect({ servers, clientName: 'producer' });
  const consumer = await FedmqClient.connect({ servers, clientName: 'consumer' });
  t.teardown(() => {
    producer.close();
    consumer.close();
  });
  await producer.send({ queue: 'jobs' }, 'poison', { messageId: 'poison-1' });
  await producer.send({ queue: 'jobs' }, 'fine', { messageId: 'fine-1' });

  const deliveries: Array<{ id: string; count: number; redelivered: boolean }> = [];
  let nackFrom = Number.POSITIVE_INFINITY; // the delivery count from which the consumer nacks
  await consumer.subscribe(
    { queue: 'jobs' },
    async (m: ReceivedMessage) => {
      if (m.id !== 'poison-1') {
        await m.ack();
        return;
      }
      deliveries.push({ id: m.id, count: m.deliveryCount, redelivered: m.redelivered });
      if (m.deliveryCount >= nackFrom) await m.nack().catch(() => undefined);
      // otherwise: held, unacknowledged, until leadership moves
    },
    { ackMode: 'individual', prefetch: 10 },
  );

  const moveLeadership = async (expectCount: number): Promise<void> => {
    await waitFor(() => deliveries.some((d) => d.count === expectCount), { timeoutMs: 20_000, intervalMs: 20, what: `delivery ${expectCount} of the poison message` });
    const lead = await site.waitForLeader();
    const to = site.liveIds().find((id) => id !== lead)!;
    const r = await site.admin(lead, 'POST', `/raft/transfer?to=${to}`);
    t.true(r.status === 200 || r.status === 202, JSON.stringify(r.body));
    await site.waitForLeader({ exclude: [lead] });
  };
  await moveLeadership(1); // held by the consumer at leader A; A hands over to B
  await moveLeadership(2); // came back counted at B, held again; B hands over to C
  nackFrom = 3; // at C: nacked until it is dead-lettered
  const dlq = await waitFor(
    async () => {
      const msgs = await producer.browse({ queue: 'DLQ' }).catch(() => []);
      return msgs.find((m) => m.id === 'poison-1') ?? null;
    },
    { timeoutMs: 30_000, intervalMs: 200, what: 'the poison message in the DLQ' },
  );
  await sleep(300);
  t.deepEqual(
    deliveries.map((d) => [d.count, d.redelivered]),
    [
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ],
    'delivered exactly maxDeliveries times, counted across both leader changes',
  );
  t.regex(String(dlq.headers['dlqDeliveryFailureCause']), /nack/);
  t.is(dlq.headers['fedmqOriginalDestination'], 'queue://jobs');
  const jobs = (await producer.listDestinations()).find((d) => d.destination?.name === 'jobs');
  t.is(Number(jobs?.depth ?? -1), 0, 'nothing left in the queue: the fine message was acked, the poison one moved');
});
