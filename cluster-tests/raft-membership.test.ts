// Membership changes on a site of real node processes: a fourth node joins empty, catches up
// from a snapshot sent in several chunks (the log it would need is compacted away), is promoted
// and replicates; then a follower is removed and stops being sent anything, and finally the
// leader removes itself and the two remaining voters carry on. The admin API refuses a promotion
// of a non-learner, and a second change while one is pending, with 409 MEMBERSHIP_REFUSED.
// The second test is the handover a self-removing leader owes (TimeoutNow): a known bug today.
import test from 'ava';
import { TestSite, type AdminReply } from './helpers/site.ts';
import { holdsFor, waitFor } from './helpers/wait.ts';
import { keyRange, putMany, readBack, type Acked } from './helpers/workload.ts';

const MIB = 1 << 20;
/** Compact often, so a node that joins finds the start of the log gone. */
const COMPACT_EVERY_ENTRIES = 200;
/** 600 keys of 4 KiB: about 2.5 MiB of state, so the snapshot needs three 1 MiB chunks. */
const BULK_KEYS = 600;
const BULK_VALUE_BYTES = 4096;
const WRITERS = 16;

test.serial('a learner joins by snapshot and is promoted; a follower and then the leader are removed; the site keeps committing', async (t) => {
  t.timeout(120_000);
  const site = await TestSite.start(t, { nodes: 3, compactEveryEntries: COMPACT_EVERY_ENTRIES });
  const etMs = site.electionTimeoutMs;
  const acked: Acked = new Map();
  const leader = await site.waitForLeader();
  const [followerA, followerB] = [1, 2, 3].filter((id) => id !== leader) as [number, number];
  t.log(`leader: node ${leader}`);

  // Enough data that the log is compacted and the state exceeds 1 MiB.
  await putMany(site, acked, keyRange('bulk', BULK_KEYS), { valueBytes: BULK_VALUE_BYTES, concurrency: WRITERS });
  const bulk = await site.status(leader);
  t.log(`after ${BULK_KEYS} × ${BULK_VALUE_BYTES} B: leader log ${bulk.raft.firstIndex}..${bulk.raft.lastIndex}, commit ${bulk.raft.commit}`);
  t.true(bulk.raft.firstIndex > 1, `the leader's log must be compacted, first index ${bulk.raft.firstIndex}`);
  t.is(bulk.kv.keys, BULK_KEYS);

  // Refusals that need no pending change: promoting a voter, promoting a stranger.
  const promoteVoter = await site.changeMembership(leader, { action: 'promote', id: followerA });
  t.is(promoteVoter.status, 409);
  t.is(promoteVoter.body.error?.code, 'MEMBERSHIP_REFUSED');
  t.regex(promoteVoter.body.error?.message ?? '', new RegExp(`node ${followerA} is already a voter`));
  const promoteStranger = await site.changeMembership(leader, { action: 'promote', id: 9 });
  t.is(promoteStranger.status, 409);
  t.is(promoteStranger.body.error?.code, 'MEMBERSHIP_REFUSED');
  t.regex(promoteStranger.body.error?.message ?? '', /node 9 is not a learner: add it as a learner first/);

  // Node 4 starts empty with join: true and waits to be added.
  const joiner = await site.addJoiningNode(4);
  const empty = await site.status(4);
  t.is(empty.raft.lastIndex, 0, 'a joining node starts with an empty log');
  t.deepEqual(empty.raft.confState.voters, []);
  t.is(empty.kv.keys, 0);

  // One change at a time. With both followers stopped the add-learner entry cannot commit, so
  // a second change proposed meanwhile is refused, naming the pending one. The pause is kept
  // well under an election timeout (CheckQuorum would depose the leader).
  const pausedAtMs = Date.now();
  site.pause(followerA);
  site.pause(followerB);
  let adding: Promise<AdminReply>;
  let second: AdminReply;
  let pendingAt: number;
  try {
    adding = site.changeMembership(leader, { action: 'add-learner', id: 4, address: joiner.grpc });
    // The leader uses the new configuration as soon as the entry is in its log (committed or not).
    pendingAt = await waitFor(
      async () => {
        const s = await site.status(leader);
        return s.raft.confState.learners.includes(4) && s.raft.commit < s.raft.lastIndex ? s.raft.lastIndex : null;
      },
      { timeoutMs: etMs / 2, intervalMs: 5, what: 'the add-learner entry to be appended, uncommitted' },
    );
    second = await site.changeMembership(leader, { action: 'promote', id: 4 });
  } finally {
    site.resume(followerA);
    site.resume(followerB);
  }
  t.log(`followers paused for ${Date.now() - pausedAtMs} ms; add-learner pending at index ${pendingAt}`);
  t.is(second.status, 409, JSON.stringify(second.body));
  t.is(second.body.error?.code, 'MEMBERSHIP_REFUSED');
  t.regex(second.body.error?.message ?? '', /a membership change is pending at index \d+/);
  const added = await adding;
  t.is(added.status, 200, JSON.stringify(added.body));
  t.deepEqual((added.body.confState as { learners: number[] }).learners, [4]);
  t.is((await site.status(leader)).raft.term, bulk.raft.term, 'the pause must not have cost the leader its term');

  // The learner catches up by snapshot: everything it lacks below the leader's first index
  // exists only in the snapshot.
  const target = await site.status(leader);
  t.true(target.raft.firstIndex > empty.raft.lastIndex + 1, `entries 1..${target.raft.firstIndex - 1} are compacted away on the leader`);
  const learner = await waitFor(
    async () => {
      const s = await site.status(4);
      return s.raft.applied >= target.raft.commit && s.kv.keys === target.kv.keys ? s : null;
    },
    { timeoutMs: etMs * 20, intervalMs: 50, what: `the learner to apply ${target.raft.commit} and hold ${target.kv.keys} keys` },
  );
  t.log(
    `learner: applied ${learner.raft.applied}, keys ${learner.kv.keys}, log from ${learner.raft.firstIndex}; ` +
      `snapshots ${learner.transport.snapshotsReceived}, chunks ${learner.transport.snapshotChunksReceived}, largest chunk ${learner.transport.snapshotChunkBytesMaxReceived} B`,
  );
  t.true(learner.transport.snapshotsReceived >= 1, 'the learner received a snapshot');
  const sent = await waitFor(() => site.logRecords(leader).find((r) => r.msg === 'snapshot sent' && r.peer === 4), {
    timeoutMs: etMs * 5,
    what: `the leader to log the snapshot sent to node 4`,
  });
  const imageBytes = Number(sent.bytes);
  t.log(`the leader's log: snapshot of ${imageBytes} B sent to node 4 in ${String(sent.ms)} ms`);
  t.true(imageBytes > 2 * MIB, `the image exceeds 2 MiB (${imageBytes} B)`);
  t.true(learner.transport.snapshotChunksReceived >= Math.ceil(imageBytes / MIB), 'the snapshot travelled in chunks of at most 1 MiB');
  t.true(learner.transport.snapshotChunkBytesMaxReceived <= MIB, 'no chunk exceeds 1 MiB');
  t.true(learner.raft.firstIndex > 1, 'the learner never held the compacted entries: its log starts after the snapshot');
  t.deepEqual(learner.raft.confState.learners, [4]);
  const leaderView = await site.status(leader);
  t.true((leaderView.transport.peers.find((p) => p.nodeId === 4)?.snapshotsSent ?? 0) >= 1, 'the leader sent node 4 a snapshot');
  t.true(leaderView.raft.progress['4']?.isLearner ?? false);

  // Promote it; it is a voter and replicates what follows.
  const promoted = await site.changeMembership(leader, { action: 'promote', id: 4 });
  t.is(promoted.status, 200, JSON.stringify(promoted.body));
  t.deepEqual((promoted.body.confState as { voters: number[] }).voters, [1, 2, 3, 4]);
  await putMany(site, acked, keyRange('promoted', 40), { valueBytes: 256, concurrency: WRITERS });
  const afterPromote = await site.status(leader);
  await site.waitApplied(4, afterPromote.raft.commit);
  t.is((await site.status(4)).kv.keys, acked.size);
  t.false(afterPromote.raft.progress['4']?.isLearner ?? true);

  // Remove a follower: the site commits with three voters and stops sending to it.
  const removed = followerA;
  const removal = await site.changeMembership(leader, { action: 'remove', id: removed });
  t.is(removal.status, 200, JSON.stringify(removal.body));
  const votersAfterRemoval = [leader, followerB, 4].sort((a, b) => a - b);
  t.deepEqual((removal.body.confState as { voters: number[] }).voters, votersAfterRemoval);
  await waitFor(
    async () => {
      const s = await site.status(leader);
      return !s.transport.peers.some((p) => p.nodeId === removed) && s.raft.progress[String(removed)] === undefined;
    },
    { timeoutMs: etMs * 5, what: `the leader to drop node ${removed} from its peers and progress` },
  );
  const removedAt = await site.status(removed);
  await putMany(site, acked, keyRange('after-removal', 40), { valueBytes: 256, concurrency: WRITERS });
  const afterRemoval = await site.status(leader);
  t.deepEqual(afterRemoval.raft.confState.voters, votersAfterRemoval);
  await site.waitApplied(followerB, afterRemoval.raft.commit);
  await site.waitApplied(4, afterRemoval.raft.commit);
  // The removed node, still running, receives nothing more and disturbs no one: over two
  // election timeouts the leader keeps its term and the removed node's log does not grow.
  await holdsFor(
    async () => {
      const [l, r] = await Promise.all([site.status(leader), site.status(removed)]);
      return l.raft.state === 'leader' && l.raft.term === bulk.raft.term && r.raft.lastIndex === removedAt.raft.lastIndex;
    },
    { forMs: etMs * 2, intervalMs: 100, what: `the leader's term and removed node ${removed}'s log` },
  );
  const removedLater = await site.status(removed);
  t.log(`removed node ${removed}: log ends at ${removedLater.raft.lastIndex}, applied ${removedLater.raft.applied} (site commit ${afterRemoval.raft.commit}); its view: state ${removedLater.raft.state}, voters ${removedLater.raft.confState.voters}`);
  t.true(removedLater.raft.lastIndex < afterRemoval.raft.commit);

  // The leader removes itself. The site must come out of it with the two remaining voters, a
  // leader among them, and every acknowledged write. (How fast, and whether the request is
  // answered, is the next test's subject: today the handover does not happen; see there.)
  const remaining = [followerB, 4];
  const eventsBefore = site.leaderEvents.length;
  const removeLeaderAtMs = Date.now();
  // Not awaited: today the request hangs for requestTimeoutMs (see the next test).
  site.changeMembership(leader, { action: 'remove', id: leader }).catch(() => undefined);
  const becameLeader = await waitFor(
    () => site.leaderEvents.slice(eventsBefore).find((e) => remaining.includes(e.node) && e.lead === e.node),
    { timeoutMs: etMs * 15, intervalMs: 10, what: `node ${remaining.join(' or ')} to become leader` },
  );
  t.log(`leader ${leader} removed itself; node ${becameLeader.node} leader in term ${becameLeader.term}, ${becameLeader.atMs - removeLeaderAtMs} ms after the request`);
  const newLeader = await site.waitForLeader({ exclude: [leader, removed] });
  t.is(newLeader, becameLeader.node);
  const newView = await site.status(newLeader);
  t.deepEqual(newView.raft.confState.voters, remaining.slice().sort((a, b) => a - b));
  // The transport follows the membership in use: the removed leader's peer goes once the
  // removal is applied there (the loop syncs peers after apply), within an election timeout.
  await waitFor(async () => !(await site.status(newLeader)).transport.peers.some((p) => p.nodeId === leader), {
    timeoutMs: etMs * 2,
    intervalMs: 20,
    what: 'the new leader to drop its transport peer for the removed leader',
  });

  // Writes continue on the two remaining voters, and nothing acknowledged is missing.
  await putMany(site, acked, keyRange('after-leader-removal', 40), { valueBytes: 256, concurrency: WRITERS });
  const wrong = await readBack(site, acked, { concurrency: WRITERS });
  t.deepEqual(wrong, [], 'every acknowledged write reads back');
  const finalCommit = (await site.status(newLeader)).raft.commit;
  for (const id of remaining) {
    await site.waitApplied(id, finalCommit);
    t.is((await site.status(id)).kv.keys, acked.size, `node ${id} holds every key`);
  }
});

// KNOWN BUG (reported, not fixed here; flip to test.serial once fixed): a follower applies the
// latest configuration as soon as the entry is in its log, and the host's syncPeers() then drops
// the transport peer of every node that entry removes, before the follower's acknowledgement
// (MsgAppResp, sent only after the flush) goes out. When the leader removes itself, every
// acknowledgement to it is dropped ("message for a node that is not a peer, dropped"), so the
// leader never sees the change commit, never sends TimeoutNow, and its request times out (504
// TIMEOUT after requestTimeoutMs) although the change did commit; the others elect a leader only
// after an election timeout.
test.serial('a leader that removes itself answers the request and hands over at once (TimeoutNow)', async (t) => {
  t.timeout(60_000);
  const site = await TestSite.start(t, { nodes: 3 });
  const etMs = site.electionTimeoutMs;
  const acked: Acked = new Map();
  const leader = await site.waitForLeader();
  const remaining = [1, 2, 3].filter((id) => id !== leader);
  await putMany(site, acked, keyRange('before', 20), { valueBytes: 256, concurrency: 4 });

  const eventsBefore = site.leaderEvents.length;
  const requestedAtMs = Date.now();
  const reply = site.changeMembership(leader, { action: 'remove', id: leader }, { timeoutMs: etMs * 3 });
  reply.catch(() => undefined); // observed below
  const becameLeader = await waitFor(
    () => site.leaderEvents.slice(eventsBefore).find((e) => remaining.includes(e.node) && e.lead === e.node),
    { timeoutMs: etMs * 15, intervalMs: 10, what: `node ${remaining.join(' or ')} to become leader` },
  );
  const handoverMs = becameLeader.atMs - requestedAtMs;
  t.log(`node ${becameLeader.node} leader ${handoverMs} ms after node ${leader} was asked to remove itself`);
  t.true(handoverMs < etMs, `a handover (TimeoutNow) takes well under an election timeout; took ${handoverMs} ms`);
  const answer = await reply;
  t.is(answer.status, 200, JSON.stringify(answer.body));
  t.deepEqual((answer.body.confState as { voters: number[] }).voters, remaining);
  await putMany(site, acked, keyRange('after', 20), { valueBytes: 256, concurrency: 4 });
  t.deepEqual(await readBack(site, acked, { concurrency: 4 }), []);
});
