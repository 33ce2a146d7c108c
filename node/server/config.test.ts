// A bad config names the field and why; a good one gets its defaults.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFedmqError } from '../errors.ts';
import { NODE_DEFAULTS, loadNodeConfig, validateNodeConfig } from './config.ts';

const good = () => ({
  cluster: 'local',
  site: 'east',
  node: 1,
  dataDir: './data/east-1',
  listen: { grpc: '127.0.0.1:7100', admin: '127.0.0.1:8100' },
  members: [
    { id: 1, grpc: '127.0.0.1:7100' },
    { id: 2, grpc: '127.0.0.1:7101' },
    { id: 3, grpc: '127.0.0.1:7102' },
  ],
});

function problem(raw: unknown): string {
  try {
    validateNodeConfig(raw, 'test config');
  } catch (err) {
    if (isFedmqError(err, 'CONFIG_INVALID')) return err.message;
    throw err;
  }
  throw new Error('the config was accepted');
}

test('a good config is accepted with every default filled in', (t) => {
  const c = validateNodeConfig(good());
  t.is(c.raft.tickMs, NODE_DEFAULTS.tickMs);
  t.is(c.raft.electionTimeoutMs, NODE_DEFAULTS.electionTimeoutMs);
  t.is(c.raft.heartbeatMs, NODE_DEFAULTS.heartbeatMs);
  t.is(c.requestTimeoutMs, NODE_DEFAULTS.requestTimeoutMs);
  t.false(c.join);
  t.is(c.log.level, 'info');
});

test('each bad field is named, with the reason', (t) => {
  const cases: Array<[string, (c: ReturnType<typeof good> & Record<string, unknown>) => void, RegExp]> = [
    ['node not a member', (c) => (c.node = 4), /members: must include this node \(4\)/],
    ['duplicate id', (c) => c.members.push({ id: 2, grpc: '127.0.0.1:7200' }), /members\.3\.id: node id 2 appears twice/],
    ['duplicate address', (c) => c.members.push({ id: 4, grpc: '127.0.0.1:7101' }), /members\.3\.grpc: address 127\.0\.0\.1:7101 appears twice/],
    ['bad address', (c) => (c.listen.admin = 'localhost'), /listen\.admin: must be host:port/],
    ['port out of range', (c) => (c.listen.admin = '127.0.0.1:70000'), /listen\.admin: port must be 0-65535/],
    ['listen differs from members', (c) => (c.listen.grpc = '127.0.0.1:9999'), /listen\.grpc: must equal this node's address in members \(127\.0\.0\.1:7100\)/],
    ['timeout not a tick multiple', (c) => Object.assign(c, { raft: { tickMs: 7, electionTimeoutMs: 1000, heartbeatMs: 70 } }), /raft\.electionTimeoutMs: must be a multiple of raft\.tickMs \(7\)/],
    ['timeout too short for heartbeats', (c) => Object.assign(c, { raft: { electionTimeoutMs: 300, heartbeatMs: 100 } }), /raft\.electionTimeoutMs: must be at least 5 heartbeats/],
    ['request timeout shorter than a failover', (c) => Object.assign(c, { requestTimeoutMs: 500 }), /requestTimeoutMs: must be at least two election timeouts/],
    ['unknown field', (c) => Object.assign(c, { raftt: {} }), /raftt|Unrecognized key/],
    ['bad site name', (c) => (c.site = 'East Coast'), /site: must be lowercase letters/],
    ['joining node listed as member', (c) => Object.assign(c, { join: true }), /join: a joining node must not be among the initial members/],
    ['bad log level', (c) => Object.assign(c, { log: { level: 'loud' } }), /log\.level/],
  ];
  for (const [what, mutate, expected] of cases) {
    const c = good() as ReturnType<typeof good> & Record<string, unknown>;
    mutate(c);
    t.regex(problem(c), expected, what);
  }
});

test('every problem is reported at once, each on its own line', (t) => {
  const c = { ...good(), node: 0, listen: { grpc: 'nope', admin: 'nope' } };
  const msg = problem(c);
  t.regex(msg, /^test config is invalid:/);
  t.true(msg.split('\n').length >= 4, msg);
});

test('a joining node starts empty and lists the site it joins', (t) => {
  const c = validateNodeConfig({ ...good(), node: 4, join: true, listen: { grpc: '127.0.0.1:7103', admin: '127.0.0.1:8103' } });
  t.true(c.join);
});

test('loading: an unreadable file and invalid YAML are clear errors', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-config-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const missing = t.throws(() => loadNodeConfig(join(dir, 'nope.yaml')));
  t.regex(missing!.message, /cannot read config .*nope\.yaml/);
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'cluster: [unclosed\n');
  const yamlErr = t.throws(() => loadNodeConfig(bad));
  t.regex(yamlErr!.message, /is not valid YAML/);
  const ok = join(dir, 'ok.yaml');
  writeFileSync(ok, JSON.stringify(good()));
  t.is(loadNodeConfig(ok).node, 1);
});

test('federation: bridges name known sites, never their own, and no queue twice on one bridge', (t) => {
  const fed = (federation: unknown) => problem({ ...good(), federation });
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'north', queues: ['a'] }] }), /federation\.bridges\.0\.to: unknown site north/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'east', queues: ['a'] }] }), /federation\.bridges\.0\.to: a bridge from east to itself/);
  t.regex(fed({ sites: [{ name: 'east', nodes: ['127.0.0.1:7200'] }] }), /federation\.sites\.0\.name: is this node's own site/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['orders.>', 'orders.eu'] }] }), /federation\.bridges\.0\.queues\.1: orders\.eu overlaps orders\.>/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['a.*.c', 'a.b.*'] }] }), /overlaps/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['bad name'] }] }), /federation\.bridges\.0\.queues\.0/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['a'], mode: 'mirror' }] }), /federation\.bridges\.0\.mode: must be 'forward'/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['a'], lingerMs: 500 }] }), /federation\.bridges\.0\.lingerMs/);
  const ok = validateNodeConfig({ ...good(), federation: { sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', queues: ['orders.>', 'billing'] }] } });
  t.deepEqual(ok.federation.bridges[0], { to: 'west', queues: ['orders.>', 'billing'], topics: [], topicBacklogMax: 100_000, topicOverflow: 'drop-oldest', mode: 'forward', batchSize: 256, lingerMs: 2, window: 8, hopLimit: 1, static: false, stalledAfterMs: 10_000 });
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west' }] }), /federation\.bridges\.0: a bridge forwards at least one queue or topic/);
  t.regex(fed({ sites: [{ name: 'west', nodes: ['127.0.0.1:7200'] }], bridges: [{ to: 'west', topics: ['news.>', 'news.eu'] }] }), /federation\.bridges\.0\.topics\.1: news\.eu overlaps news\.> on the same bridge: a topic/);
});
