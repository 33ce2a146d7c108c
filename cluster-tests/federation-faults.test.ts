// Bridges under faults (real node processes, 1-node sites, a fault proxy on the link): a link
// cut for 10 s while producers run loses nothing, keeps order and stores nothing twice; the lag
// rises during the cut and returns to 0; the link state shows the cut.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { FaultProxy } from './helpers/fault-proxy.ts';
import { freePorts } from './helpers/ports.ts';
import { TestSite } from './helpers/site.ts';
import { sleep, waitFor } from './helpers/wait.ts';

interface BridgeJson {
  state: string;
  lagMessages: number;
  lagSeconds: number;
  committed: number;
  duplicates: number;
}

async function bridgeOf(site: TestSite): Promise<BridgeJson | null> {
  const r = await site.admin(1, 'GET', '/bridges').catch(() => null);
  return ((r?.body as unknown as { bridges?: BridgeJson[] } | undefined)?.bridges ?? [])[0] ?? null;
}

test.serial('a link cut for 10 s while producers run: nothing lost, order kept, nothing stored twice; lag rises and returns to 0; the state shows the cut', async (t) => {
  t.timeout(240_000);
  const [eg, ea, wg, wa] = await freePorts(4);
  const proxy = await FaultProxy.start({ target: `127.0.0.1:${wg}` });
  t.teardown(() => proxy.close());
  const east = await TestSite.start(t, {
    nodes: 1,
    site: 'east',
    ports: [eg!, ea!],
    federation: { sites: [{ name: 'west', nodes: [proxy.address] }], bridges: [{ to: 'west', queues: ['orders'], static: true }] },
  });
  const west = await TestSite.start(t, { nodes: 1, site: 'west', ports: [wg!, wa!], federation: { sites: [{ name: 'east', nodes: [`127.0.0.1:${eg}`] }] } });
  await Promise.all([east.waitForLeader(), west.waitForLeader()]);
  const producer = await FedmqClient.connect({ servers: [`127.0.0.1:${eg}`], clientName: 'producer' });
  const consumer = await FedmqClient.connect({ servers: [`127.0.0.1:${wg}`], clientName: 'consumer' });
  t.teardown(() => {
    producer.close();
    consumer.close();
  });
  const got: string[] = [];
  await consumer.subscribe({ queue: 'orders' }, (m) => {
    got.push(m.id);
  }, { prefetch: 200 });
  await waitFor(async () => (await bridgeOf(east))?.state === 'connected', { timeoutMs: 15_000, intervalMs: 50, what: 'the bridge to connect' });

  // Producers run throughout: 200 msg/s for about 16 s.
  let sent = 0;
  let stop = false;
  const acked: string[] = [];
  const producing = (async () => {
    while (!stop) {
      const id = `o-${String(sent++).padStart(6, '0')}`;
      void producer.send({ queue: 'orders' }, id, { messageId: id }).then(() => acked.push(id));
      await sleep(5);
    }
  })();
  await sleep(2_000);
  proxy.partition();
  const states = new Set<string>();
  let maxLag = 0;
  const cutUntil = Date.now() + 10_000;
  while (Date.now() < cutUntil) {
    const b = await bridgeOf(east);
    if (b) {
      states.add(b.state);
      maxLag = Math.max(maxLag, b.lagMessages);
    }
    await sleep(250);
  }
  const lagSecondsDuringCut = (await bridgeOf(east))?.lagSeconds ?? 0;
  proxy.heal();
  await sleep(2_000);
  stop = true;
  await producing;
  await waitFor(() => acked.length === sent, { timeoutMs: 20_000, intervalMs: 50, what: 'every send acknowledged at east' });
  await waitFor(() => new Set(got).size >= acked.length, { timeoutMs: 60_000, intervalMs: 100, what: `every acknowledged message at west (${got.length}/${acked.length})` });
  const after = await waitFor(async () => {
    const b = await bridgeOf(east);
    return b && b.lagMessages === 0 ? b : null;
  }, { timeoutMs: 30_000, intervalMs: 100, what: 'the lag to return to 0' });

  t.true(states.has('backing-off') || states.has('connecting'), `the link state showed the cut: ${[...states].join(', ')}`);
  t.false(states.has('connected') && states.size === 1, 'not "connected" throughout the cut');
  t.true(maxLag > 500, `the lag rose during the cut (max ${maxLag} messages)`);
  t.true(lagSecondsDuringCut >= 5, `the lag in seconds rose during the cut (${lagSecondsDuringCut.toFixed(1)} s)`);
  t.is(after.state, 'connected');
  t.is(new Set(got).size, got.length, 'no message twice at west');
  t.deepEqual(got, [...got].sort(), 'order kept');
  const westQueue = (await consumer.listDestinations()).find((d) => d.destination?.name === 'orders');
  t.is(Number(westQueue?.enqueued ?? 0), acked.length, 'stored once each at west');
  t.log(`sent ${acked.length}; max lag during the cut ${maxLag} messages, ${lagSecondsDuringCut.toFixed(1)} s; duplicates caught by west: ${after.duplicates}`);
});
