// Operating a site of real node processes: moving leadership on request (POST /raft/transfer)
// and on SIGTERM of the leader, both while clients write, without losing an acknowledged write;
// a follower redirecting writes (421 with the leader); and starts that must be refused: another
// node's data directory (DATA_DIR_MISMATCH) and bad configs (exit code 2, naming the field).
import test from 'ava';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNodeToExit } from './helpers/node-process.ts';
import { TestSite, type LeaderEvent } from './helpers/site.ts';
import { waitFor } from './helpers/wait.ts';
import { readBack, startWriters, type Writers } from './helpers/workload.ts';

/** A requested transfer completes within this (the core aborts one after an election timeout). */
const TRANSFER_MS_MAX = 2_000;
/**
 * SIGTERM of a leader to the new leader's election. Measured on the shared 2-core machine at
 * 11-151 ms (TimeoutNow, no election timeout; the worst at load average 9-10); the bound leaves
 * a fivefold margin yet stays under the 1 s election timeout that a failover without a handover
 * needs at the very least.
 */
const SIGTERM_HANDOVER_MS_MAX = 750;
const WRITERS = 4;

/** Waits until the writers have `n` more acknowledgements than they had when called. */
async function moreAcks(w: Writers, n: number, timeoutMs: number): Promise<void> {
  const target = w.acked.size + n;
  await waitFor(() => w.acked.size >= target, { timeoutMs, intervalMs: 10, what: `${n} more acknowledged writes` });
}

/** The first report, after `from`, of a node other than `except` becoming leader. */
function newLeaderAfter(site: TestSite, from: number, except: number): Promise<LeaderEvent> {
  return waitFor(() => site.leaderEvents.slice(from).find((e) => e.node === e.lead && e.lead !== except), {
    timeoutMs: site.electionTimeoutMs * 15,
    intervalMs: 5,
    what: `a node other than ${except} to become leader`,
  });
}

test.serial('leadership moves to the named node within 2 s under four writers, losing no acknowledged write; followers answer 421 with the leader', async (t) => {
  t.timeout(90_000);
  const site = await TestSite.start(t, { nodes: 3 });
  const etMs = site.electionTimeoutMs;
  const first = await site.waitForLeader();
  const [target, other] = [1, 2, 3].filter((id) => id !== first) as [number, number];

  // Only a voter can be given leadership.
  const toStranger = await site.admin(first, 'POST', '/raft/transfer?to=9');
  t.is(toStranger.status, 409);
  t.is(toStranger.body.error?.code, 'MEMBERSHIP_REFUSED');

  const writers = startWriters(site, { count: WRITERS, prefix: 'transfer' });
  try {
    await moreAcks(writers, 30, etMs * 10);

    // Asked of the leader: it hands over to `target`.
    let eventsBefore = site.leaderEvents.length;
    let askedAtMs = Date.now();
    const asked = await site.admin(first, 'POST', `/raft/transfer?to=${target}`);
    t.is(asked.status, 202, JSON.stringify(asked.body));
    t.deepEqual(asked.body, { transferringTo: target });
    let became = await newLeaderAfter(site, eventsBefore, first);
    t.is(became.node, target, 'leadership went to the node named');
    t.log(`leader ${first} → ${target} in ${became.atMs - askedAtMs} ms; ${writers.acked.size} writes acknowledged so far`);
    t.true(became.atMs - askedAtMs < TRANSFER_MS_MAX, `the transfer took ${became.atMs - askedAtMs} ms`);
    t.is(await site.waitForLeader(), target);
    await moreAcks(writers, 30, etMs * 10);

    // Asked of a follower: it forwards the request to the leader, which hands back to `first`.
    eventsBefore = site.leaderEvents.length;
    askedAtMs = Date.now();
    const viaFollower = await site.admin(other, 'POST', `/raft/transfer?to=${first}`);
    t.is(viaFollower.status, 202, JSON.stringify(viaFollower.body));
    became = await newLeaderAfter(site, eventsBefore, target);
    t.is(became.node, first);
    t.log(`leader ${target} → ${first} (asked of follower ${other}) in ${became.atMs - askedAtMs} ms`);
    t.true(became.atMs - askedAtMs < TRANSFER_MS_MAX, `the transfer took ${became.atMs - askedAtMs} ms`);
    t.is(await site.waitForLeader(), first);
    await moreAcks(writers, 30, etMs * 10);
  } finally {
    await writers.stop();
  }

  // Nothing acknowledged is lost, and every node holds all of it.
  t.log(`${writers.acked.size} writes acknowledged by ${WRITERS} writers`);
  t.deepEqual(await readBack(site, writers.acked, { concurrency: 8 }), [], 'every acknowledged write reads back');
  const commit = (await site.status(first)).raft.commit;
  for (const id of [1, 2, 3]) {
    await site.waitApplied(id, commit);
    t.is((await site.status(id)).kv.keys, writers.acked.size, `node ${id} holds every key`);
  }

  // A follower refuses client requests with 421 NOT_LEADER, naming the leader's id and address.
  const leaderNode = site.node(first);
  for (const [method, body] of [['PUT', 'x'], ['GET', undefined], ['DELETE', undefined]] as const) {
    const r = await site.admin(target, method, '/kv/some-key', body);
    t.is(r.status, 421, `${method} on a follower`);
    t.is(r.body.error?.code, 'NOT_LEADER');
    t.is(r.body.error?.leaderId, first);
    // The address in the hint is the leader's Raft (gRPC) address, from the membership.
    t.is(r.body.error?.leaderAddress, leaderNode.grpc);
    t.regex(r.body.error?.message ?? '', new RegExp(`node ${first} is the leader`));
  }
  t.is((await site.status(target)).kv.keys, writers.acked.size, 'the refused PUT wrote nothing');
});

test.serial('SIGTERM of the leader hands leadership over before the process exits, losing no acknowledged write; its data directory refuses another identity', async (t) => {
  t.timeout(90_000);
  const site = await TestSite.start(t, { nodes: 3 });
  const etMs = site.electionTimeoutMs;
  const old = await site.waitForLeader();
  const survivor = [1, 2, 3].find((id) => id !== old)!;

  const writers = startWriters(site, { count: WRITERS, prefix: 'sigterm' });
  let handover: LeaderEvent;
  try {
    await moreAcks(writers, 30, etMs * 10);
    const eventsBefore = site.leaderEvents.length;
    const signalledAtMs = Date.now();
    const exitP = site.sigterm(old);
    handover = await newLeaderAfter(site, eventsBefore, old);
    const exit = await exitP;
    const handoverMs = handover.atMs - signalledAtMs;
    t.log(`SIGTERM to leader ${old}: node ${handover.node} leader after ${handoverMs} ms; node ${old} exited after ${exit.atMs - signalledAtMs} ms with code ${exit.code}`);
    t.true(handoverMs < SIGTERM_HANDOVER_MS_MAX, `handover took ${handoverMs} ms (bound ${SIGTERM_HANDOVER_MS_MAX} ms, election timeout ${etMs} ms)`);
    t.true(handover.atMs < exit.atMs, 'the new leader was elected before the old one exited');
    if (exit.atMs - handover.atMs > etMs) {
      // Seen once (3.3 s, i.e. the whole shutdownTransferMs) and not reproduced since: keep the evidence.
      t.log(`node ${old} exited ${exit.atMs - handover.atMs} ms after the handover; its log ends:\n${site.logTail(old, 20)}`);
    }
    t.is(exit.code, 0, 'a graceful stop exits 0');
    t.is(exit.signal, null);
    t.is(await site.waitForLeader(), handover.node);
    await moreAcks(writers, 30, etMs * 10);
  } finally {
    await writers.stop();
  }
  // The old leader said what it did, and stopped cleanly.
  const records = site.logRecords(old);
  t.truthy(records.find((r) => r.msg === 'handing over leadership before exit' && r.to === handover.node), 'the old leader logged its handover');
  t.truthy(records.find((r) => r.msg === 'node stopped'));

  t.log(`${writers.acked.size} writes acknowledged by ${WRITERS} writers`);
  t.deepEqual(await readBack(site, writers.acked, { concurrency: 8 }), [], 'every acknowledged write reads back');

  // The stopped node's directory, given to another node's identity, is refused before anything
  // is written; the error names both identities. Port 0: the refusal must come from the directory.
  const oldNode = site.node(old);
  const refused = await runNodeToExit(t, {
    ...site.node(survivor).config,
    dataDir: oldNode.dataDir,
    listen: { grpc: '127.0.0.1:0', admin: '127.0.0.1:0' },
  });
  t.log(`start of node ${survivor} on node ${old}'s directory: exit ${refused.code}; stderr: ${refused.stderr.trim()}`);
  t.not(refused.code, 0);
  t.is(refused.code, 1, 'an operating error, not a config error (2)');
  t.true(
    refused.stderr.includes(`belongs to node ${old} of site "east" in cluster "test", but this node was started as node ${survivor} of site "east" in cluster "test"`),
    'stderr names the recorded and the requested identity',
  );
  t.true(refused.stderr.includes(oldNode.dataDir), 'stderr names the directory');

  // The directory is intact: its own node starts on it and catches up.
  await site.restart(old);
  const commit = (await site.status(handover.node)).raft.commit;
  await site.waitApplied(old, commit);
  t.is((await site.status(old)).kv.keys, writers.acked.size);
});

test.serial('a bad config exits with code 2, names the field and creates nothing', async (t) => {
  t.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-bad-config-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const valid = (name: string): Record<string, unknown> => ({
    cluster: 'test',
    site: 'east',
    node: 1,
    dataDir: join(dir, name),
    listen: { grpc: '127.0.0.1:7991', admin: '127.0.0.1:0' },
    members: [
      { id: 1, grpc: '127.0.0.1:7991' },
      { id: 2, grpc: '127.0.0.1:7992' },
      { id: 3, grpc: '127.0.0.1:7993' },
    ],
    raft: { tickMs: 10, electionTimeoutMs: 1000, heartbeatMs: 100 },
    requestTimeoutMs: 10_000,
  });
  const cases: { name: string; config: (c: Record<string, unknown>) => Record<string, unknown>; stderr: RegExp }[] = [
    {
      name: 'election timeout not a multiple of the tick',
      config: (c) => ({ ...c, raft: { tickMs: 10, electionTimeoutMs: 1005, heartbeatMs: 100 } }),
      stderr: /raft\.electionTimeoutMs: must be a multiple of raft\.tickMs \(10\)/,
    },
    {
      name: 'no members entry for this node',
      config: (c) => ({ ...c, node: 4, listen: { grpc: '127.0.0.1:7994', admin: '127.0.0.1:0' } }),
      stderr: /members: must include this node \(4\), or set join: true/,
    },
    {
      name: 'fewer than five heartbeats per election timeout',
      config: (c) => ({ ...c, raft: { tickMs: 10, electionTimeoutMs: 1000, heartbeatMs: 300 } }),
      stderr: /raft\.electionTimeoutMs: must be at least 5 heartbeats/,
    },
    {
      name: 'a misspelt key',
      config: (c) => ({ ...c, raft: { tickMs: 10, electionTimeout: 1000, heartbeatMs: 100 } }),
      stderr: /raft: .*electionTimeout\b/,
    },
    {
      name: 'a request timeout shorter than two election timeouts',
      config: (c) => ({ ...c, requestTimeoutMs: 1500 }),
      stderr: /requestTimeoutMs: must be at least two election timeouts \(2000 ms\)/,
    },
    {
      name: 'a listen address unlike the members entry',
      config: (c) => ({ ...c, listen: { grpc: '127.0.0.1:7999', admin: '127.0.0.1:0' } }),
      stderr: /listen\.grpc: must equal this node's address in members \(127\.0\.0\.1:7991\)/,
    },
  ];
  const results = await Promise.all(cases.map((c, i) => runNodeToExit(t, c.config(valid(`case-${i}`)))));
  cases.forEach((c, i) => {
    const r = results[i]!;
    t.is(r.code, 2, `${c.name}: exit code (stderr: ${r.stderr.trim()})`);
    t.regex(r.stderr, c.stderr, `${c.name}: stderr names the field`);
    t.false(existsSync(join(dir, `case-${i}`)), `${c.name}: no data directory was created`);
  });
  t.log(`for example: ${results[0]!.stderr.trim().replace(/\n\s*/g, ' | ')}`);
});
