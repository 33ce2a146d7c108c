// fedmq side by side with ActiveMQ Classic and RabbitMQ (issue 5): the same STOMP load
// (bench/stomp-load.ts) against each broker on this machine, in one run, and a table of the
// results with fedmq's ratio to each peer measured in that same run.
//
//   npm run bench:compare -- [--targets activemq,rabbitmq,rabbitmq3,fedmq1,fedmq3] [--runs 3]
//     [--seconds 5] [--windows 1,16,256] [--connections 1,8] [--count 50000] [--rate 1000]
//     [--dir DIR] [--out FILE.md]
//
// Peers run from bench/peers/*.sh (installed by bench/peers/install.sh: Debian's activemq and
// rabbitmq-server), on 127.0.0.1 only, and are stopped by their process ids afterwards. fedmq
// runs as node processes forked here (bench/fedmq-site.ts). Every SEND is persistent:true with a
// receipt; the durability each broker gives before its RECEIPT is in the table.
//
// Each run starts every target afresh (in a rotated order, so no broker always goes first on a
// cold or warm machine), measures produce at each connections × window, then consume (client-
// individual acks), then end-to-end latency at a steady rate with a concurrent consumer, and
// stops it. Medians over the runs are reported.
import { Command } from 'commander';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { sleep } from '../cluster-tests/helpers/wait.ts';
import { FedmqClient } from '../node/client/index.ts';
import { leaderOf, startSite, stopSite, type BenchSite } from './fedmq-site.ts';
import { runLoad, type LoadOptions, type LoadResult } from './stomp-load.ts';

const PEERS = join(dirname(fileURLToPath(import.meta.url)), 'peers');

const opts = new Command()
  .option('--targets <list>', 'brokers to measure', 'activemq,rabbitmq,rabbitmq3,fedmq1,fedmq3')
  .option('--runs <n>', 'repetitions (median reported)', (v) => Number(v), 3)
  .option('--seconds <n>', 'seconds per produce and latency measurement', (v) => Number(v), 5)
  .option('--windows <list>', 'SENDs in flight per connection', '1,16,256')
  .option('--connections <list>', 'producer connections', '1,8')
  .option('--count <n>', 'messages filled, then consumed, in the consume measurement', (v) => Number(v), 50_000)
  .option('--rate <n>', 'steady rate of the latency measurement (msg/s)', (v) => Number(v), 1000)
  .option('--dir <dir>', 'where the brokers keep their data (a real disk, not tmpfs)', tmpdir())
  .option('--out <file>', 'also write the markdown table here')
  .parse()
  .opts<{ targets: string; runs: number; seconds: number; windows: string; connections: string; count: number; rate: number; dir: string; out?: string }>();

const windows = opts.windows.split(',').map(Number);
const connectionCounts = opts.connections.split(',').map(Number);

/** How to reach a started broker, and what its STOMP dialect needs. */
interface Endpoint {
  servers: string[];
  sendHeaders: Record<string, string>;
  subscribeHeaders: Record<string, string>;
  login?: string;
  passcode?: string;
  hostHeader?: string;
  /** Destinations are `${prefix}NAME` (default /queue/). */
  destinationPrefix: string;
}

interface Target {
  name: string;
  replicas: number;
  durability: string;
  start(): Promise<Endpoint>;
  stop(): Promise<void>;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr}\n${stdout}`));
      else resolve(stdout);
    });
  });
}

/** A peer script's start output: `key=value` lines, then the addresses (comma-separated) last. */
function parsePeerOutput(out: string): Endpoint {
  const lines = out.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  const servers = last.split(',').filter((s) => /^127\.0\.0\.1:\d+$/.test(s));
  if (servers.length === 0) throw new Error(`the peer script printed no 127.0.0.1 address last: ${JSON.stringify(last)}`);
  const ep: Endpoint = { servers, sendHeaders: {}, subscribeHeaders: {}, destinationPrefix: '/queue/' };
  const headers = (v: string): Record<string, string> => Object.fromEntries(v.split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf(':')), kv.slice(kv.indexOf(':') + 1)]));
  for (const l of lines.slice(0, -1)) {
    const i = l.indexOf('=');
    if (i <= 0) continue;
    const [k, v] = [l.slice(0, i), l.slice(i + 1)];
    if (k === 'send-headers') ep.sendHeaders = headers(v);
    else if (k === 'subscribe-headers') ep.subscribeHeaders = headers(v);
    else if (k === 'headers') ep.sendHeaders = ep.subscribeHeaders = headers(v);
    else if (k === 'login') ep.login = v;
    else if (k === 'passcode') ep.passcode = v;
    else if (k === 'host-header') ep.hostHeader = v;
    else if (k === 'destination-prefix') ep.destinationPrefix = v;
  }
  return ep;
}

/** A base port whose next `n` ports are all free on 127.0.0.1 (RabbitMQ takes a block of 50). */
async function freeBlock(n: number): Promise<number> {
  const free = (port: number): Promise<boolean> =>
    new Promise((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 700) * 50;
    let ok = true;
    for (let p = base; p < base + n && ok; p++) ok = await free(p);
    if (ok) return base;
  }
  throw new Error(`no block of ${n} free ports found on 127.0.0.1`);
}

let installed = false;
/** bench/peers/install.sh: installs Debian's activemq and rabbitmq-server if missing (a no-op after). */
async function installPeers(): Promise<void> {
  if (installed) return;
  process.stdout.write((await run(join(PEERS, 'install.sh'), [], 900_000)).split('\n').filter(Boolean).map((l) => `  install: ${l}`).join('\n') + '\n');
  installed = true;
}

function peerTarget(name: string, script: string, replicas: number, durability: string, extra: string[] = []): Target {
  let work = '';
  return {
    name,
    replicas,
    durability,
    async start() {
      await installPeers();
      work = mkdtempSync(join(opts.dir, `fedmq-peer-${name}-`));
      const port = await freeBlock(50);
      return parsePeerOutput(await run(join(PEERS, script), ['start', work, String(port), ...extra], 300_000));
    },
    async stop() {
      if (!work) return;
      await run(join(PEERS, script), ['stop', work], 120_000).catch((err: Error) => console.error(err.message));
      rmSync(work, { recursive: true, force: true });
      work = '';
    },
  };
}

function fedmqTarget(name: string, size: number, anyNode: boolean): Target {
  let site: BenchSite | null = null;
  return {
    name,
    replicas: size,
    durability: size === 1 ? 'fsync before RECEIPT' : 'fsync on a quorum (2 of 3) before RECEIPT',
    async start() {
      site = await startSite({ size, dir: opts.dir, stomp: true, prefix: `fedmq-compare-${name}-` });
      const client = FedmqClient.lazy({ servers: site.servers });
      try {
        const lead = await leaderOf(client, site);
        // Connections go to the leader, or (anyNode) to every node, followers relaying.
        return { servers: anyNode ? site.stomp : [site.stomp[lead - 1]!], sendHeaders: {}, subscribeHeaders: {}, destinationPrefix: '/queue/' };
      } finally {
        client.close();
      }
    },
    async stop() {
      if (site) await stopSite(site);
      site = null;
    },
  };
}

const TARGETS: Record<string, () => Target> = {
  activemq: () => peerTarget('activemq', 'activemq.sh', 1, 'KahaDB journal fsync before RECEIPT'),
  rabbitmq: () => peerTarget('rabbitmq', 'rabbitmq.sh', 1, 'quorum queue: fsync before RECEIPT', ['1']),
  rabbitmq3: () => peerTarget('rabbitmq3', 'rabbitmq.sh', 3, 'quorum queue: fsync on a quorum (2 of 3) before RECEIPT', ['3']),
  fedmq1: () => fedmqTarget('fedmq1', 1, false),
  fedmq3: () => fedmqTarget('fedmq3', 3, false),
  fedmq3any: () => fedmqTarget('fedmq3any', 3, true),
};

type Key = string;
const produceKey = (c: number, w: number): Key => `produce c${c} w${w}`;
const results = new Map<string, Map<Key, number[]>>();
function record(target: string, key: Key, value: number): void {
  let m = results.get(target);
  if (!m) results.set(target, (m = new Map()));
  let xs = m.get(key);
  if (!xs) m.set(key, (xs = []));
  xs.push(value);
}
const median = (xs: number[] | undefined): number => {
  if (!xs || xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

let seq = 0;
async function measure(t: Target, ep: Endpoint, log: (s: string) => void): Promise<void> {
  const base = (extra: Partial<LoadOptions>): LoadOptions => ({
    servers: ep.servers,
    mode: 'produce',
    seconds: opts.seconds,
    sendHeaders: ep.sendHeaders,
    subscribeHeaders: ep.subscribeHeaders,
    // The same CONNECT for every broker: RabbitMQ needs its default user (loopback only) and
    // virtual host; ActiveMQ and fedmq accept these unchecked.
    login: ep.login ?? 'guest',
    passcode: ep.passcode ?? 'guest',
    hostHeader: ep.hostHeader ?? '/',
    destination: `${ep.destinationPrefix}compare-${t.name}-${process.pid}-${seq++}`,
    stallSeconds: 30,
    ...extra,
  });
  const step = async (what: string, o: LoadOptions): Promise<LoadResult | null> => {
    try {
      const r = await runLoad(o);
      return r;
    } catch (err) {
      log(`  ${t.name} ${what}: FAILED ${(err as Error).message.split('\n')[0]}`);
      return null;
    }
  };
  for (const c of connectionCounts) {
    for (const w of windows) {
      // The queue is created by one connection first: RabbitMQ refuses several connections
      // declaring the same new quorum queue at once (and closes them).
      const o = base({ mode: 'produce', connections: c, window: w });
      if (!(await step(`create ${o.destination}`, { ...o, connections: 1, window: 1, seconds: 0.2, warmupSeconds: 0 }))) continue;
      const r = await step(`produce c=${c} W=${w}`, o);
      if (!r) continue;
      record(t.name, produceKey(c, w), r.msgsPerSec);
      log(`  ${t.name} produce c=${c} W=${w}: ${Math.round(r.msgsPerSec)} msgs/s (receipt p50 ${r.receiptLatency?.p50Ms.toFixed(2)} ms, p99 ${r.receiptLatency?.p99Ms.toFixed(2)} ms)`);
    }
  }
  const consumed = await step('consume', base({ mode: 'consume', connections: 1, window: 256, count: opts.count, prefetch: 1000 }));
  if (consumed) {
    record(t.name, 'consume', consumed.msgsPerSec);
    log(`  ${t.name} consume: ${Math.round(consumed.msgsPerSec)} msgs/s (filled at ${Math.round(consumed.fill?.msgsPerSec ?? 0)})`);
  }
  const lat = await step('latency', base({ mode: 'latency', connections: 1, window: 256, rate: opts.rate }));
  if (lat?.endToEnd) {
    record(t.name, 'p50', lat.endToEnd.p50Ms);
    record(t.name, 'p99', lat.endToEnd.p99Ms);
    record(t.name, 'max', lat.endToEnd.maxMs);
    log(`  ${t.name} latency at ${opts.rate} msg/s: p50 ${lat.endToEnd.p50Ms.toFixed(2)} ms, p99 ${lat.endToEnd.p99Ms.toFixed(2)} ms, max ${lat.endToEnd.maxMs.toFixed(2)} ms`);
  }
}

function table(targets: Target[]): string {
  const fmt = (n: number, digits = 0): string => (Number.isNaN(n) ? '-' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  const cols = connectionCounts.flatMap((c) => windows.map((w) => ({ key: produceKey(c, w), title: `c=${c} W=${w}` })));
  const lines: string[] = [];
  lines.push(`| broker | replicas | durability before RECEIPT | ${cols.map((c) => c.title).join(' | ')} | consume | p50 ms | p99 ms | max ms |`);
  lines.push(`|---|---|---|${cols.map(() => '---').join('|')}|---|---|---|---|`);
  for (const t of targets) {
    const m = results.get(t.name) ?? new Map<Key, number[]>();
    lines.push(`| ${t.name} | ${t.replicas} | ${t.durability} | ${cols.map((c) => fmt(median(m.get(c.key)))).join(' | ')} | ${fmt(median(m.get('consume')))} | ${fmt(median(m.get('p50')), 2)} | ${fmt(median(m.get('p99')), 2)} | ${fmt(median(m.get('max')), 2)} |`);
  }
  // fedmq's ratio to each peer (throughput: fedmq / peer; latency: peer p99 / fedmq p99, > 1 is better).
  const pairs: Array<[string, string]> = [];
  for (const f of targets.filter((t) => t.name.startsWith('fedmq'))) {
    for (const p of targets.filter((t) => !t.name.startsWith('fedmq'))) pairs.push([f.name, p.name]);
  }
  if (pairs.length > 0) {
    lines.push('');
    lines.push(`| ratio (same run) | ${cols.map((c) => c.title).join(' | ')} | consume | p99 (peer ÷ fedmq) |`);
    lines.push(`|---|${cols.map(() => '---').join('|')}|---|---|`);
    for (const [f, p] of pairs) {
      const a = results.get(f) ?? new Map<Key, number[]>();
      const b = results.get(p) ?? new Map<Key, number[]>();
      const r = (k: Key): string => fmt(median(a.get(k)) / median(b.get(k)), 2);
      lines.push(`| ${f} ÷ ${p} | ${cols.map((c) => r(c.key)).join(' | ')} | ${r('consume')} | ${fmt(median(b.get('p99')) / median(a.get('p99')), 2)} |`);
    }
  }
  return lines.join('\n');
}

const targets = opts.targets.split(',').map((n) => {
  const make = TARGETS[n];
  if (!make) throw new Error(`unknown target ${n}; known: ${Object.keys(TARGETS).join(', ')}`);
  return make();
});
const started: Target[] = [];
const cleanup = async (): Promise<void> => {
  for (const t of started.splice(0)) await t.stop().catch(() => undefined);
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

const header = `STOMP side by side: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString()}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${opts.runs} runs × ${opts.seconds} s, 1 KiB persistent SENDs with receipts; consume ${opts.count} with client-individual acks; latency at ${opts.rate} msg/s.`;
console.log(header);
const log = (s: string): void => console.log(s);
for (let r = 0; r < opts.runs; r++) {
  const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
  log(`run ${r + 1}/${opts.runs}: ${order.map((t) => t.name).join(', ')}`);
  for (const t of order) {
    let ep: Endpoint;
    try {
      started.push(t);
      ep = await t.start();
    } catch (err) {
      log(`  ${t.name}: could not start: ${(err as Error).message.split('\n').slice(0, 5).join(' / ')}`);
      await t.stop().catch(() => undefined);
      started.splice(started.indexOf(t), 1);
      continue;
    }
    try {
      await sleep(1000);
      await measure(t, ep, log);
    } finally {
      await t.stop();
      started.splice(started.indexOf(t), 1);
    }
  }
}
const out = `${header}\n\n${table(targets)}\n`;
console.log(`\n${out}`);
if (opts.out) writeFileSync(opts.out, out);
process.exit(0);
