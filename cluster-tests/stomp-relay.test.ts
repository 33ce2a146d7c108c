// STOMP through any node: on a site of three real node processes, a STOMP client (stompit, from
// the registry) connected to a follower is served by the leader through the relay: SEND with a
// receipt is stored (quorum commit) before the RECEIPT, SUBSCRIBE delivers, the prefetch is held
// at the leader, ACKs remove. When the leader is killed, the relayed connection gets an ERROR
// frame and closes; the client reconnects to another node and is served again within the
// failover time, and every receipted message is still there, delivered once acknowledged.
import test from 'ava';
import stompit from 'stompit';
import type { Client } from 'stompit';
import { TestSite } from './helpers/site.ts';
import { holdsFor, waitFor } from './helpers/wait.ts';

const ELECTION_MS = 500;

interface Got {
  id: string;
  body: string;
  redelivered: boolean;
  message: Client.Message;
}

function connect(address: string): Promise<Client> {
  const [host, port] = address.split(':');
  return new Promise((resolve, reject) => {
    stompit.connect({ host, port: Number(port), connectHeaders: { host: '/', 'accept-version': '1.2', 'heart-beat': '0,0' } }, (err, c) => (err ? reject(err) : resolve(c)));
  });
}

function send(c: Client, destination: string, body: string, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const f = c.send({ destination, persistent: 'true', 'fedmq-msg-id': id, receipt: id }, { onReceipt: () => resolve(), onError: reject });
    f.end(body);
  });
}

function subscribe(c: Client, destination: string, prefetch: number, into: Got[]): void {
  c.subscribe({ destination, ack: 'client-individual', id: 'sub', 'activemq.prefetchSize': String(prefetch) }, (err, m) => {
    if (err) return;
    const headers = (m as unknown as { headers: Record<string, string> }).headers;
    m.readString('utf-8', (e, body) => {
      if (!e) into.push({ id: headers['message-id']!, body: body ?? '', redelivered: headers['redelivered'] === 'true', message: m });
    });
  });
}

test('a follower relays STOMP sessions to the leader; a leader change ends them with ERROR and a reconnect is served again', async (t) => {
  const site = await TestSite.start(t, { nodes: 3, stomp: true, electionTimeoutMs: ELECTION_MS });
  const leader = await site.waitForLeader();
  const follower = site.liveIds().find((id) => id !== leader)!;
  const other = site.liveIds().find((id) => id !== leader && id !== follower)!;

  // Through a follower: sends are stored at the leader before their receipts.
  const c1 = await connect(site.node(follower).stomp!);
  const errors: string[] = [];
  c1.on('error', (e: Error) => errors.push(e.message));
  for (let i = 0; i < 20; i++) await send(c1, '/queue/relayed', `m${i}`, `id-${i}`);
  const depthAt = async (id: number): Promise<number> => {
    const r = await site.admin(id, 'GET', '/destinations');
    const list = (r.body as unknown as { destinations: Array<{ destination: string; depth: number }> }).destinations;
    return list.find((d) => d.destination === 'queue://relayed')?.depth ?? 0;
  };
  t.is(await depthAt(leader), 20, 'the receipted sends are stored at the leader');

  // The prefetch holds at the leader: 5 held unacknowledged, no more.
  const got: Got[] = [];
  subscribe(c1, '/queue/relayed', 5, got);
  await waitFor(() => got.length === 5, { timeoutMs: 10_000, what: 'five deliveries through the relay' });
  await holdsFor(() => got.length === 5, { forMs: 300, what: 'no more than the prefetch while none is acknowledged' });
  for (const m of got.slice(0, 5)) c1.ack(m.message);
  await waitFor(() => got.length === 10, { timeoutMs: 10_000, what: 'five more after five acks' });
  for (const m of got.slice(5, 10)) c1.ack(m.message);
  await waitFor(async () => (await depthAt(leader)) <= 10, { timeoutMs: 10_000, what: 'acks applied' });
  await waitFor(() => got.length === 15, { timeoutMs: 10_000, what: 'the next five held' });

  // The leader dies: the relayed connection is told, with ERROR, and closed.
  const closed = new Promise<void>((resolve) => c1.on('end', () => resolve()).on('error', () => resolve()));
  const killedAt = Date.now();
  site.kill9(leader);
  await Promise.race([closed, new Promise((_, rej) => setTimeout(() => rej(new Error('the relayed connection was not ended within 10 s')), 10_000))]);
  t.true(errors.some((e) => /LEADER_CHANGED|UNAVAILABLE|leader/i.test(e)), `the client was told why: ${errors.join(' | ')}`);

  // Reconnecting through any surviving node is served again within the failover time.
  let c2: Client | null = null;
  let servedAt = 0;
  const deadline = Date.now() + 15_000;
  let attempt = 0;
  while (!c2 && Date.now() < deadline) {
    const node = attempt++ % 2 === 0 ? other : follower;
    try {
      const c = await connect(site.node(node).stomp!);
      c.on('error', () => undefined);
      await send(c, '/queue/relayed', 'after', 'id-after');
      c2 = c;
      servedAt = Date.now();
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  t.truthy(c2, 'a reconnecting client was served within 15 s');
  const failoverMs = servedAt - killedAt;
  t.log(`relayed client served again ${failoverMs} ms after the leader was killed`);
  t.true(failoverMs < ELECTION_MS * 10, `served again within the failover time (${failoverMs} ms)`);

  // Everything receipted and not acknowledged is still there: 10 left of 20, plus the new one; the
  // five held when the leader died come back flagged redelivered.
  const again: Got[] = [];
  subscribe(c2!, '/queue/relayed', 100, again);
  await waitFor(() => again.length === 11, { timeoutMs: 10_000, what: 'the 11 unacknowledged messages' });
  const ids = new Set(again.map((g) => g.id));
  t.is(ids.size, 11, 'none twice');
  for (let i = 10; i < 20; i++) t.true(ids.has(`id-${i}`), `id-${i} kept`);
  t.true(ids.has('id-after'));
  for (const g of again) if (Number(g.id.slice(3)) >= 10 && Number(g.id.slice(3)) < 15) t.true(g.redelivered, `${g.id} was delivered before the failover: flagged`);
  for (const g of again) c2!.ack(g.message);
  c2!.destroy(new Error("test over"));
});
