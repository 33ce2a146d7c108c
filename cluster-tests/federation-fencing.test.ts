// A deposed leader is fenced (real node processes): east's leader has batches on a slow link to
// west when it is paused (SIGSTOP); east elects a new leader, whose bridge speaks to west with a
// higher term; the old leader's batches then reach west's log and are refused when applied.
// Nothing is lost and nothing is stored twice.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { FaultProxy } from './helpers/fault-proxy.ts';
import { freePorts } from './helpers/ports.ts';
import { TestSite } from './helpers/site.ts';
import { sleep, waitFor } from './helpers/wait.ts';

test.serial('a deposed leader cannot inject messages: its batches already on the way are refused at apply', async (t) => {
  t.timeout(240_000);
  const eastPorts = await freePorts(6);
  const westPorts = await freePorts(2);
  const westAddr = `127.0.0.1:${westPorts[0]}`;
  // One proxy per east node on its way to west, so that one leader's link can be slowed alone.
  const proxies = await Promise.all([0, 1, 2].map(() => FaultProxy.start({ target: westAddr })));
  t.teardown(() => Promise.all(proxies.map((p) => p.close())).then(() => undefined));
  const eastAddrs = [0, 2, 4].map((i) => `127.0.0.1:${eastPorts[i]}`);
  const west = await TestSite.start(t, { nodes: 1, site: 'west', ports: westPorts, federation: { sites: [{ name: 'east', nodes: eastAddrs }] } });
  const east = await TestSite.start(t, {
    nodes: 3,
    site: 'east',
    ports: eastPorts,
    federation: (id: number) => ({ sites: [{ name: 'west', nodes: [proxies[id - 1]!.address] }], bridges: [{ to: 'west', queues: ['orders'], static: true, batchSize: 16, lingerMs: 1, window: 64 }] }),
  });
  const [oldLeader] = await Promise.all([east.waitForLeader(), west.waitForLeader()]);
  const producer = await FedmqClient.connect({ servers: eastAddrs, clientName: 'producer' });
  const westClient = FedmqClient.lazy({ servers: [westAddr] });
  t.teardown(() => {
    producer.close();
    westClient.close();
  });
  const westOrders = async (): Promise<{ depth: number; enqueued: number }> => {
    const d = (await westClient.listDestinations()).find((x) => x.destination?.name === 'orders');
    return { depth: Number(d?.depth ?? 0), enqueued: Number(d?.enqueued ?? 0) };
  };

  const acked = new Set<string>();
  let stop = false;
  let n = 0;
  const producing = (async () => {
    while (!stop) {
      const id = `o-${n++}`;
      void producer.send({ queue: 'orders' }, id, { messageId: id }).then(() => acked.add(id), () => undefined);
      await sleep(4);
    }
  })();
  await waitFor(async () => (await westOrders()).enqueued >= 200, { timeoutMs: 30_000, intervalMs: 100, what: 'the bridge to carry 200 messages' });

  // The old leader's link becomes slow (4 s each way): what it sends now is still on its way
  // when it is paused and replaced.
  proxies[oldLeader - 1]!.setLatency(4_000);
  await sleep(300);
  east.pause(oldLeader);
  const newLeader = await east.waitForLeader({ exclude: [oldLeader], timeoutMs: 20_000 });
  t.not(newLeader, oldLeader);
  const refused = await waitFor(
    () => west.logRecords(1).find((r) => String(r['msg'] ?? '').startsWith('stale bridge batch refused at apply')),
    { timeoutMs: 30_000, intervalMs: 100, what: "west to refuse the deposed leader's batches at apply" },
  );
  east.resume(oldLeader);
  t.log(`old leader ${oldLeader}, new leader ${newLeader}; west refused: ${JSON.stringify({ fence: refused['fence'], highest: refused['highest'] })}`);
  const fence = refused['fence'] as { leaderTerm: number };
  const highest = refused['highest'] as { leaderTerm: number };
  t.true(Number(fence.leaderTerm) < Number(highest.leaderTerm), 'the refused batch carried the older term');

  await sleep(1_000);
  stop = true;
  await producing;
  await waitFor(async () => {
    const w = await westOrders();
    return w.enqueued >= acked.size && w.depth >= acked.size;
  }, { timeoutMs: 60_000, intervalMs: 200, what: 'every acknowledged message at west' });
  const w = await westOrders();
  t.is(w.enqueued, acked.size, 'each acknowledged message stored once at west: none lost, the fenced batches not applied');
  const ids = new Set((await westClient.browse({ queue: 'orders' }, { limit: 10_000 })).map((m) => m.id));
  t.deepEqual([...acked].filter((id) => !ids.has(id)), [], 'nothing lost');
});
