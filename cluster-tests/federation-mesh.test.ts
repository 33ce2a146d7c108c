// Three 1-node sites in a full mesh of topic bridges (real node processes): a subscriber at each
// site receives each message published at any site exactly once, and nothing loops.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { freePorts } from './helpers/ports.ts';
import { TestSite } from './helpers/site.ts';
import { waitFor, sleep } from './helpers/wait.ts';

const SITES = ['east', 'west', 'north'] as const;

test.serial('a full mesh of three sites with a topic: each subscriber gets each message exactly once; no loop', async (t) => {
  t.timeout(240_000);
  const ports = await freePorts(6);
  const grpc = (i: number): string => `127.0.0.1:${ports[i * 2]}`;
  const sites: TestSite[] = [];
  for (let i = 0; i < SITES.length; i++) {
    const others = SITES.map((name, k) => ({ name, k })).filter((x) => x.k !== i);
    sites.push(
      await TestSite.start(t, {
        nodes: 1,
        site: SITES[i],
        ports: [ports[i * 2]!, ports[i * 2 + 1]!],
        federation: {
          sites: others.map((o) => ({ name: o.name, nodes: [grpc(o.k)] })),
          bridges: others.map((o) => ({ to: o.name, topics: ['news.>'], hopLimit: 1 })),
        },
      }),
    );
  }
  await Promise.all(sites.map((s) => s.waitForLeader()));
  const clients = await Promise.all(SITES.map((name, i) => FedmqClient.connect({ servers: [grpc(i)], clientName: `sub-${name}` })));
  t.teardown(() => clients.forEach((c) => c.close()));
  const received = SITES.map(() => new Map<string, number>());
  await Promise.all(clients.map((c, i) => c.subscribe({ topic: 'news.>' }, (m) => {
    received[i]!.set(m.id, (received[i]!.get(m.id) ?? 0) + 1);
  }, { prefetch: 500 })));
  // Every bridge connected (each owns its durable subscription at its origin) before publishing.
  for (const s of sites) {
    await waitFor(async () => {
      const r = (await s.admin(1, 'GET', '/bridges')).body as unknown as { bridges: Array<{ state: string }> };
      return r.bridges.length === 2 && r.bridges.every((b) => b.state === 'connected');
    }, { timeoutMs: 20_000, intervalMs: 50, what: `the bridges of ${s.nodes.size} to connect` });
  }
  await sleep(300); // the durable subscriptions are committed as the bridges connect
  const N = 300;
  const ids: string[] = [];
  for (let i = 0; i < SITES.length; i++) {
    await Promise.all(Array.from({ length: N }, (_, k) => {
      const id = `${SITES[i]}-${k}`;
      ids.push(id);
      return clients[i]!.send({ topic: `news.${SITES[i]}` }, id, { messageId: id });
    }));
  }
  await waitFor(() => received.every((r) => r.size >= ids.length), { timeoutMs: 60_000, intervalMs: 100, what: `every subscriber to get ${ids.length} messages (${received.map((r) => r.size).join('/')})` });
  await sleep(1_000); // anything that would loop or repeat has time to arrive
  for (let i = 0; i < SITES.length; i++) {
    const twice = [...received[i]!].filter(([, n]) => n > 1).map(([id]) => id);
    t.deepEqual(twice, [], `${SITES[i]} received nothing twice`);
    t.is(received[i]!.size, ids.length, `${SITES[i]} received every message`);
  }
  // Nothing waits in a bridge subscription afterwards: no loop keeps any busy.
  for (const s of sites) {
    const r = (await s.admin(1, 'GET', '/bridges')).body as unknown as { bridges: Array<{ bridge: string; lagMessages: number; loops: number }> };
    for (const b of r.bridges) t.is(b.lagMessages, 0, `${b.bridge} has no lag`);
  }
});
