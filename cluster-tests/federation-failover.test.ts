// Bridging between two 3-node sites while leaders die (real node processes): kill -9 the
// leader of the sending site, let it rejoin, then kill -9 the leader of the receiving site.
// Nothing acknowledged at the origin is lost, nothing is stored twice at the target, and the
// bridge comes back on each new leader by itself.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { freePorts } from './helpers/ports.ts';
import { TestSite } from './helpers/site.ts';
import { sleep, waitFor } from './helpers/wait.ts';

test.serial('kill -9 of the sending and then the receiving leader while bridging: nothing lost, nothing stored twice', async (t) => {
  t.timeout(300_000);
  const ports = await freePorts(12);
  const eastPorts = ports.slice(0, 6);
  const westPorts = ports.slice(6);
  const grpcOf = (p: number[]) => [0, 2, 4].map((i) => `127.0.0.1:${p[i]}`);
  const east = await TestSite.start(t, {
    nodes: 3,
    site: 'east',
    ports: eastPorts,
    federation: { sites: [{ name: 'west', nodes: grpcOf(westPorts) }], bridges: [{ to: 'west', queues: ['orders'], static: true }] },
  });
  const west = await TestSite.start(t, { nodes: 3, site: 'west', ports: westPorts, federation: { sites: [{ name: 'east', nodes: grpcOf(eastPorts) }] } });
  const [eastLeader] = await Promise.all([east.waitForLeader(), west.waitForLeader()]);
  const producer = await FedmqClient.connect({ servers: grpcOf(eastPorts), clientName: 'producer' });
  const consumer = await FedmqClient.connect({ servers: grpcOf(westPorts), clientName: 'consumer' });
  t.teardown(() => {
    producer.close();
    consumer.close();
  });
  const got = new Map<string, number>();
  await consumer.subscribe({ queue: 'orders' }, (m) => {
    got.set(m.id, (got.get(m.id) ?? 0) + 1);
  }, { prefetch: 200 });

  const acked = new Set<string>();
  const failed: string[] = [];
  let stop = false;
  let sent = 0;
  const producing = (async () => {
    const inflight = new Set<Promise<void>>();
    while (!stop) {
      const id = `o-${sent++}`;
      const p = producer.send({ queue: 'orders' }, id, { messageId: id }).then(
        () => void acked.add(id),
        (err: unknown) => void failed.push(`${id}: ${(err as Error).message}`),
      );
      const tracked = p.finally(() => inflight.delete(tracked));
      inflight.add(tracked);
      if (inflight.size >= 32) await Promise.race(inflight);
      await sleep(2);
    }
    await Promise.all(inflight);
  })();

  await waitFor(() => got.size >= 500, { timeoutMs: 60_000, intervalMs: 50, what: '500 messages across the bridge' });
  east.kill9(eastLeader);
  await east.waitForLeader({ exclude: [eastLeader], timeoutMs: 15_000 });
  await east.restart(eastLeader);
  const before = got.size;
  await waitFor(() => got.size >= before + 500, { timeoutMs: 60_000, intervalMs: 50, what: 'the bridge running again from the new east leader' });
  const westLeader = await west.waitForLeader();
  west.kill9(westLeader);
  await west.waitForLeader({ exclude: [westLeader], timeoutMs: 15_000 });
  await west.restart(westLeader);
  const before2 = got.size;
  await waitFor(() => got.size >= before2 + 500, { timeoutMs: 60_000, intervalMs: 50, what: 'the bridge running again to the new west leader' });
  stop = true;
  await producing;

  t.deepEqual(failed, [], 'every send acknowledged at east (the SDK retried across the failover)');
  await waitFor(() => [...acked].every((id) => got.has(id)), { timeoutMs: 90_000, intervalMs: 200, what: `every acknowledged message at west (${got.size}/${acked.size})` });
  const lost = [...acked].filter((id) => !got.has(id));
  t.deepEqual(lost, [], 'nothing lost');
  const westOrders = await waitFor(async () => (await consumer.listDestinations()).find((d) => d.destination?.name === 'orders') ?? null, { timeoutMs: 10_000, what: 'the west queue' });
  t.is(Number(westOrders.enqueued), acked.size, 'stored once each at west (duplicates across the failovers were recognised)');
  t.log(`sent ${acked.size}; delivered at west ${[...got.values()].reduce((a, b) => a + b, 0)} times (repeats are redeliveries after the west failover)`);
});
