// The broker on a site of three real node processes, through the SDK: a producer sends 10,000
// persistent messages and a consumer acknowledges them while the leader is killed (kill -9),
// restarted and caught up, and then the new leader is killed too. Afterwards every acknowledged
// send was received (none lost), no message was stored twice, and every repeated delivery was
// flagged redelivered. Then crash recovery: all three nodes killed mid-stream and restarted hold
// every acknowledged message exactly once.
import test from 'ava';
import { FedmqClient, type ReceivedMessage } from '../node/client/index.ts';
import { TestSite } from './helpers/site.ts';
import { sleep, waitFor } from './helpers/wait.ts';

const MESSAGES = 10_000;
const WINDOW = 64;

interface Producer {
  acked: Set<string>;
  failed: string[];
  done: Promise<void>;
  stop(): void;
}

/** Sends `count` messages with ids p-0..p-N, at most WINDOW in flight, paced by `gapMs` per WINDOW. */
function produce(client: FedmqClient, queue: string, count: number, gapMs: number): Producer {
  const acked = new Set<string>();
  const failed: string[] = [];
  let stopped = false;
  const done = (async () => {
    const inflight = new Set<Promise<void>>();
    for (let i = 0; i < count && !stopped; i++) {
      const id = `p-${i}`;
      const p = client.send({ queue }, `body ${i}`, { messageId: id }).then(
        () => {
          acked.add(id);
        },
        (err: unknown) => {
          failed.push(`${id}: ${(err as Error).message}`);
        },
      );
      const tracked = p.finally(() => inflight.delete(tracked));
      inflight.add(tracked);
      if (inflight.size >= WINDOW) await Promise.race(inflight);
      if (i % WINDOW === 0 && gapMs > 0) await sleep(gapMs);
    }
    await Promise.all(inflight);
  })();
  return { acked, failed, done, stop: () => (stopped = true) };
}

interface Receiver {
  seen: Map<string, number>;
  firstDelivery: Map<string, ReceivedMessage>;
  repeatsNotFlagged: string[];
}

async function consume(client: FedmqClient, queue: string): Promise<Receiver> {
  const r: Receiver = { seen: new Map(), firstDelivery: new Map(), repeatsNotFlagged: [] };
  await client.subscribe(
    { queue },
    async (m) => {
      const n = (r.seen.get(m.id) ?? 0) + 1;
      r.seen.set(m.id, n);
      if (n === 1) r.firstDelivery.set(m.id, m);
      else if (!m.redelivered) r.repeatsNotFlagged.push(m.id);
      await m.ack().catch(() => undefined); // an ack lost with its session: the message comes back, flagged
    },
    { ackMode: 'individual', prefetch: 200 },
  );
  return r;
}

async function waitCaughtUp(site: TestSite, id: number): Promise<void> {
  await waitFor(
    async () => {
      const leader = await site.findLeader();
      if (!leader || leader === id) return false;
      const [l, f] = await Promise.all([site.status(leader), site.status(id)]);
      return f.raft.applied >= l.raft.commit - 5;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: `node ${id} to catch up with the leader` },
  );
}

test.serial('10,000 persistent sends while the leader is killed twice: none lost, none stored twice, repeats flagged redelivered', async (t) => {
  t.timeout(240_000);
  const site = await TestSite.start(t, { nodes: 3 });
  const servers = [...site.nodes.values()].map((n) => n.grpc);
  const first = await site.waitForLeader();
  const producerClient = await FedmqClient.connect({ servers, clientName: 'producer' });
  const consumerClient = await FedmqClient.connect({ servers, clientName: 'consumer' });
  t.teardown(() => {
    producerClient.close();
    consumerClient.close();
  });
  const received = await consume(consumerClient, 'work');
  const producer = produce(producerClient, 'work', MESSAGES, 5);

  await waitFor(() => producer.acked.size >= 2_000, { timeoutMs: 60_000, intervalMs: 20, what: '2,000 acknowledged sends' });
  site.kill9(first);
  const second = await site.waitForLeader({ exclude: [first], timeoutMs: 15_000 });
  await site.restart(first);
  await waitCaughtUp(site, first);
  const before = producer.acked.size;
  await waitFor(() => producer.acked.size >= before + 2_000, { timeoutMs: 60_000, intervalMs: 20, what: '2,000 more acknowledged sends under the new leader' });
  site.kill9(second);
  await site.waitForLeader({ exclude: [second], timeoutMs: 15_000 });
  await site.restart(second);

  await producer.done;
  t.deepEqual(producer.failed, [], 'every send was acknowledged (the SDK retried across both failovers)');
  t.is(producer.acked.size, MESSAGES);
  await waitFor(() => [...producer.acked].every((id) => received.seen.has(id)), { timeoutMs: 60_000, intervalMs: 100, what: 'every acknowledged message to be received' });
  const lost = [...producer.acked].filter((id) => !received.seen.has(id));
  t.is(lost.length, 0, `lost: ${lost.slice(0, 10).join(', ')}`);
  t.deepEqual(received.repeatsNotFlagged, [], 'every repeated delivery carries redelivered');
  const firstNotFlagged = [...received.firstDelivery.values()].filter((m) => m.redelivered && m.deliveryCount < 2);
  t.deepEqual(firstNotFlagged.map((m) => m.id), [], 'redelivered implies a delivery count of at least 2');

  // Stored once each: the queue enqueued exactly one copy per id, and drains to empty.
  const list = await waitFor(
    async () => {
      const l = await consumerClient.listDestinations();
      const w = l.find((d) => d.destination?.name === 'work');
      return w && Number(w.depth) === 0 ? w : null;
    },
    { timeoutMs: 30_000, intervalMs: 200, what: 'the queue to drain' },
  );
  t.is(Number(list.enqueued), MESSAGES, 'no message id was stored twice');
  const repeats = [...received.seen.values()].filter((n) => n > 1).length;
  t.log(`failovers: 2; repeated deliveries (flagged): ${repeats}`);
});

test.serial('after kill -9 of all three nodes mid-stream and a restart, every acknowledged message is there exactly once', async (t) => {
  t.timeout(180_000);
  const site = await TestSite.start(t, { nodes: 3 });
  const servers = [...site.nodes.values()].map((n) => n.grpc);
  await site.waitForLeader();
  const client = await FedmqClient.connect({ servers, clientName: 'producer', retryHorizonMs: 30_000 });
  t.teardown(() => client.close());
  const producer = produce(client, 'crash', 5_000, 2);
  await waitFor(() => producer.acked.size >= 1_500, { timeoutMs: 60_000, intervalMs: 10, what: '1,500 acknowledged sends' });
  for (const id of site.liveIds()) site.kill9(id);
  producer.stop();
  const ackedAtCrash = new Set(producer.acked);
  client.close();
  await producer.done;
  for (const id of [1, 2, 3]) await site.restart(id);
  await site.waitForLeader({ timeoutMs: 20_000 });

  const reader = await FedmqClient.connect({ servers, clientName: 'reader' });
  t.teardown(() => reader.close());
  const counts = new Map<string, number>();
  await reader.subscribe({ queue: 'crash' }, (m) => {
    counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }, { ackMode: 'auto', prefetch: 500 });
  await waitFor(() => [...ackedAtCrash].every((id) => counts.has(id)), { timeoutMs: 60_000, intervalMs: 100, what: 'every message acknowledged before the crash' });
  await sleep(500);
  const missing = [...ackedAtCrash].filter((id) => !counts.has(id));
  t.is(missing.length, 0, `acknowledged but missing after the restart: ${missing.slice(0, 10).join(', ')}`);
  const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  t.deepEqual(twice, [], 'each message is there exactly once');
  t.log(`acknowledged before the crash: ${ackedAtCrash.size}; found after the restart: ${counts.size} (the rest were in flight)`);
});
