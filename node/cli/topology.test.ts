// Local topologies: every file under deploy/local is valid and yields one node config per node.
import test from 'ava';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTopology, nodeConfigs } from './topology.ts';

const deployDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'deploy', 'local');

test('every deploy/local topology is valid; site.yaml is one site of 3 nodes with the default ports first', (t) => {
  const files = readdirSync(deployDir).filter((f) => f.endsWith('.yaml'));
  t.true(files.includes('site.yaml'));
  for (const f of files) {
    const configs = nodeConfigs(loadTopology(join(deployDir, f)), '/tmp/data');
    t.true(configs.length > 0, f);
  }
  const site = nodeConfigs(loadTopology(join(deployDir, 'site.yaml')), '/tmp/data');
  t.is(site.length, 3);
  t.deepEqual(site.map((c) => c.node), [1, 2, 3]);
  t.is(site[0]!.listen.grpc, '127.0.0.1:7100');
  t.is(site[0]!.listen.admin, '127.0.0.1:8100');
  t.is(site[0]!.dataDir, '/tmp/data/east-1');
  t.deepEqual(site[2]!.members.map((m) => m.id), [1, 2, 3]);
});

test('a topology that reuses an address or a site name is refused, naming where', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-topo-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const p = join(dir, 't.yaml');
  writeFileSync(p, [
    'cluster: c',
    'sites:',
    '  - name: a',
    '    nodes:',
    '      - { id: 1, grpc: 127.0.0.1:7100, admin: 127.0.0.1:8100 }',
    '      - { id: 2, grpc: 127.0.0.1:7100, admin: 127.0.0.1:8101 }',
    '  - name: a',
    '    nodes:',
    '      - { id: 1, grpc: 127.0.0.1:7200, admin: 127.0.0.1:8200 }',
  ].join('\n'));
  const err = t.throws(() => loadTopology(p));
  t.regex(err!.message, /sites\.0\.nodes\.1\.grpc: address 127\.0\.0\.1:7100 is used twice/);
  t.regex(err!.message, /sites\.1\.name: site a appears twice/);
});

test('two-sites.yaml bridges east and west both ways; three-sites.yaml is a full mesh; east/1 keeps the default ports', (t) => {
  const two = nodeConfigs(loadTopology(join(deployDir, 'two-sites.yaml')), '/tmp/data');
  t.is(two.length, 6);
  t.is(two[0]!.site, 'east');
  t.is(two[0]!.listen.grpc, '127.0.0.1:7100');
  t.is(two[0]!.listen.admin, '127.0.0.1:8100');
  t.deepEqual(two[0]!.federation.sites.map((s) => s.name), ['west']);
  t.deepEqual(two[0]!.federation.bridges.map((b) => b.to), ['west']);
  t.deepEqual(two[3]!.federation.bridges.map((b) => b.to), ['east']);
  t.deepEqual(two[3]!.federation.sites[0]!.nodes, ['127.0.0.1:7100', '127.0.0.1:7101', '127.0.0.1:7102']);
  const three = nodeConfigs(loadTopology(join(deployDir, 'three-sites.yaml')), '/tmp/data');
  t.is(three[0]!.listen.grpc, '127.0.0.1:7100');
  for (const c of three) t.deepEqual(c.federation.bridges.map((b) => b.to).sort(), three.map((x) => x.site).filter((s) => s !== c.site).sort());
});

test('a topology bridge naming an unknown site, or its own, is refused', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-topo-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const p = join(dir, 't.yaml');
  writeFileSync(p, ['cluster: c', 'sites:', '  - name: a', '    nodes:', '      - { id: 1, grpc: 127.0.0.1:7100, admin: 127.0.0.1:8100 }', 'bridges:', '  - { from: a, to: b, queues: [x] }', '  - { from: a, to: a, queues: [x] }'].join('\n'));
  const err = t.throws(() => loadTopology(p));
  t.regex(err!.message, /bridges\.0\.to: unknown site b/);
  t.regex(err!.message, /bridges\.1\.to: a bridge from a to itself/);
});

test('every node of every local topology has a STOMP listener; the first is 127.0.0.1:61613', (t) => {
  for (const f of readdirSync(deployDir).filter((x) => x.endsWith('.yaml'))) {
    const configs = nodeConfigs(loadTopology(join(deployDir, f)), '/tmp/data');
    t.true(configs.every((c) => typeof c.listen.stomp === 'string'), f);
    t.is(configs[0]!.listen.stomp, '127.0.0.1:61613', f);
  }
});
