// Two 1-node sites joined by forward bridges both ways (real node processes): messages sent at
// one site are consumed at the other, all of them, in order, none twice, and none crosses back.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { freePorts } from './helpers/ports.ts';
import { TestSite } from './helpers/site.ts';
import { waitFor } from './helpers/wait.ts';

async function twoSites(t: import('ava').ExecutionContext, eastBridge: Record<string, unknown>, westBridge: Record<string, unknown> | null) {
  const [eg, ea, wg, wa] = await freePorts(4);
  const east = await TestSite.start(t, {
    nodes: 1,
    site: 'east',
    ports: [eg!, ea!],
    federation: { sites: [{ name: 'west', nodes: [`127.0.0.1:${wg}`] }], bridges: [{ to: 'west', ...eastBridge }] },
  });
  const west = await TestSite.start(t, {
    nodes: 1,
    site: 'west',
    ports: [wg!, wa!],
    federation: { sites: [{ name: 'east', nodes: [`127.0.0.1:${eg}`] }], bridges: westBridge ? [{ to: 'east', ...westBridge }] : [] },
  });
  await Promise.all([east.waitForLeader(), west.waitForLeader()]);
  return { east, west, eastAddr: `127.0.0.1:${eg}`, westAddr: `127.0.0.1:${wg}` };
}

test.serial('a static forward bridge: 5,000 messages sent at east are consumed at west, all, in order, none twice', async (t) => {
  t.timeout(180_000);
  const { east, westAddr, eastAddr } = await twoSites(t, { queues: ['orders'], static: true }, null);
  const producer = await FedmqClient.connect({ servers: [eastAddr], clientName: 'producer' });
  const consumer = await FedmqClient.connect({ servers: [westAddr], clientName: 'consumer' });
  t.teardown(() => {
    producer.close();
    consumer.close();
  });
  const N = 5_000;
  const got: string[] = [];
  const paths: string[] = [];
  await consumer.subscribe({ queue: 'orders' }, (m) => {
    got.push(m.id);
    if (paths.length < 3) paths.push(JSON.stringify([m.headers, m.id]));
  }, { prefetch: 500 });
  for (let i = 0; i < N; i += 250) {
    await Promise.all(Array.from({ length: Math.min(250, N - i) }, (_, k) => producer.send({ queue: 'orders' }, `m${i + k}`, { messageId: `o-${String(i + k).padStart(5, '0')}` })));
  }
  await waitFor(() => got.length >= N, { timeoutMs: 60_000, intervalMs: 50, what: `${N} messages at west (got ${got.length})` });
  t.is(new Set(got).size, N, 'none twice');
  t.deepEqual(got, [...got].sort(), 'in order');
  const eastDepth = await waitFor(
    async () => {
      const d = (await producer.listDestinations()).find((x) => x.destination?.name === 'orders');
      return d && Number(d.depth) === 0 ? d : null;
    },
    { timeoutMs: 20_000, intervalMs: 100, what: 'the origin queue to drain (removed once committed at west)' },
  );
  t.is(Number(eastDepth.enqueued), N);
  const bridges = (await east.admin(1, 'GET', '/bridges')).body as unknown as { bridges: Array<{ state: string; committed: number; pendingMessages: number; lagMessages: number; lagSeconds: number }> };
  t.is(bridges.bridges[0]!.state, 'connected');
  t.is(bridges.bridges[0]!.committed, N);
  t.is(bridges.bridges[0]!.pendingMessages, 0);
  t.is(bridges.bridges[0]!.lagMessages, 0);
  t.is(bridges.bridges[0]!.lagSeconds, 0);
  const metrics = await (await fetch(`http://${east.node(1).admin}/metrics`)).text();
  t.regex(metrics, /fedmq_bridge_link_state\{bridge="east->west",state="connected",site="east",node="1"\} 1/);
  t.regex(metrics, /fedmq_bridge_lag_messages\{bridge="east->west",site="east",node="1"\} 0/);
});

test.serial('bridges both ways with consumers at both sites: each message is received once, none crosses back', async (t) => {
  t.timeout(180_000);
  const { east, west, eastAddr, westAddr } = await twoSites(t, { queues: ['work'] }, { queues: ['work'] });
  const atEast = await FedmqClient.connect({ servers: [eastAddr], clientName: 'east' });
  const atWest = await FedmqClient.connect({ servers: [westAddr], clientName: 'west' });
  t.teardown(() => {
    atEast.close();
    atWest.close();
  });
  const seen = new Map<string, number>();
  const receivedAt = { east: 0, west: 0 };
  const onMessage = (site: 'east' | 'west') => (m: { id: string }): void => {
    seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
    receivedAt[site]++;
  };
  await atEast.subscribe({ queue: 'work' }, onMessage('east'), { prefetch: 50 });
  await atWest.subscribe({ queue: 'work' }, onMessage('west'), { prefetch: 50 });
  // Each bridge learns the other site's demand (its consumer) before the messages flow.
  for (const site of [east, west]) {
    await waitFor(
      async () => {
        const r = (await site.admin(1, 'GET', '/bridges')).body as unknown as { bridges: Array<{ state: string; demand: string[] }> };
        return r.bridges[0]?.state === 'connected' && r.bridges[0].demand.includes('work');
      },
      { timeoutMs: 15_000, intervalMs: 50, what: 'the bridge to know the remote demand' },
    );
  }
  const N = 1_000;
  await Promise.all([
    ...Array.from({ length: N }, (_, i) => atEast.send({ queue: 'work' }, `x@east`, { messageId: `east-${i}` })),
    ...Array.from({ length: N }, (_, i) => atWest.send({ queue: 'work' }, `x@west`, { messageId: `west-${i}` })),
  ]);
  await waitFor(() => seen.size >= 2 * N, { timeoutMs: 60_000, intervalMs: 50, what: `${2 * N} distinct messages (got ${seen.size})` });
  const twice = [...seen].filter(([, n]) => n > 1);
  t.deepEqual(twice, [], 'each message received exactly once across both sites (a message that crossed back would be received twice)');
  t.true(receivedAt.east > 0 && receivedAt.west > 0, `both sites consumed (east ${receivedAt.east}, west ${receivedAt.west})`);
});
