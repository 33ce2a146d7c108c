// A node added to a site whose log was compacted gets the broker's state by snapshot: its
// destinations, stored messages and delivery counts equal the leader's, and once it leads it
// serves them.
import test from 'ava';
import { FedmqClient } from '../node/client/index.ts';
import { TestSite } from './helpers/site.ts';
import { waitFor } from './helpers/wait.ts';

test.serial('a new node catches up by snapshot and, as leader, serves the same messages with their delivery counts', async (t) => {
  t.timeout(180_000);
  const site = await TestSite.start(t, { nodes: 3, compactEveryEntries: 100 });
  const servers = [...site.nodes.values()].map((n) => n.grpc);
  const leader = await site.waitForLeader();
  const client = await FedmqClient.connect({ servers, clientName: 'writer' });
  t.teardown(() => client.close());
  // Enough entries that the log is compacted past its start, one message apiece.
  for (let i = 0; i < 400; i++) await client.send({ queue: 'kept' }, `m${i}`, { messageId: `kept-${i}`, priority: i % 10 });
  // One message delivered and nacked: its count (1) must travel in the snapshot.
  let nacked = false;
  const c = await client.subscribe({ queue: 'counted' }, async (m) => {
    if (!nacked) {
      nacked = true;
      await m.nack();
    }
  }, { ackMode: 'individual', prefetch: 1 });
  await client.send({ queue: 'counted' }, 'x', { messageId: 'counted-1' });
  await waitFor(() => nacked, { timeoutMs: 10_000, what: 'the nack' });
  await c.close();

  const joiner = await site.addJoiningNode(4);
  const added = await site.changeMembership(leader, { action: 'add-learner', id: 4, address: joiner.grpc });
  t.is(added.status, 200, JSON.stringify(added.body));
  await waitFor(
    async () => {
      const [l, n] = await Promise.all([site.status(leader), site.status(4)]);
      return n.raft.applied >= l.raft.commit;
    },
    { timeoutMs: 60_000, intervalMs: 100, what: 'node 4 to catch up' },
  );
  const log = site.logRecords(4).map((r) => String(r['msg'] ?? ''));
  t.true(log.some((m) => /snapshot/i.test(m)), 'node 4 installed a snapshot (its log was compacted at the leader)');
  const promoted = await site.changeMembership(leader, { action: 'promote', id: 4 });
  t.is(promoted.status, 200, JSON.stringify(promoted.body));

  // Node 4 takes over and serves what it received.
  const moved = await site.admin(leader, 'POST', '/raft/transfer?to=4');
  t.true(moved.status === 200 || moved.status === 202, JSON.stringify(moved.body));
  await waitFor(async () => (await site.status(4)).raft.state === 'leader', { timeoutMs: 20_000, intervalMs: 50, what: 'node 4 to lead' });
  const reader = await FedmqClient.connect({ servers: [joiner.grpc], clientName: 'reader' });
  t.teardown(() => reader.close());
  const kept = await reader.browse({ queue: 'kept' }, { limit: 1000 });
  t.is(kept.length, 400);
  t.deepEqual(kept.slice(0, 3).map((m) => m.priority), [9, 9, 9], 'browsed in priority order');
  const counted = await reader.browse({ queue: 'counted' });
  t.is(counted.length, 1);
  t.is(counted[0]!.deliveryCount, 1, 'the delivery count came with the snapshot');
  const got: Array<{ id: string; redelivered: boolean }> = [];
  await reader.subscribe({ queue: 'counted' }, (m) => {
    got.push({ id: m.id, redelivered: m.redelivered });
  }, { prefetch: 1 });
  await waitFor(() => got.length > 0, { timeoutMs: 10_000, what: 'the counted message from node 4' });
  t.deepEqual(got[0], { id: 'counted-1', redelivered: true });
});
