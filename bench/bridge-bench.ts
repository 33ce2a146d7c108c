// The bridge benchmark (issue 4): two 1-node sites, east → west through the fault proxy, 1 KiB
// persistent messages. Throughput across the bridge with 0 ms and with 50 ms of round trip added
// (a backlog at east drained into west, measured as commits at west per second), and the
// replication lag (send at east → committed at west, on east's clock) at a steady rate with
// 50 ms of round trip.
//
//   npm run bench:bridge -- [--messages 20000] [--rate 2000] [--seconds 10] [--runs 3] [--dir DIR]
import { Command } from 'commander';
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { FaultProxy } from '../cluster-tests/helpers/fault-proxy.ts';
import { freePorts } from '../cluster-tests/helpers/ports.ts';
import { sleep, waitFor } from '../cluster-tests/helpers/wait.ts';
import { FedmqClient } from '../node/client/index.ts';
import { validateNodeConfig } from '../node/server/config.ts';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'node', 'cli', 'main.ts');
const opts = new Command()
  .option('--messages <n>', 'backlog forwarded per throughput run', (v) => Number(v), 20_000)
  .option('--rate <n>', 'steady rate for the lag run (msg/s)', (v) => Number(v), 2000)
  .option('--seconds <n>', 'length of the lag run', (v) => Number(v), 10)
  .option('--runs <n>', 'throughput runs per round trip (median reported)', (v) => Number(v), 3)
  .option('--dir <dir>', 'where the nodes keep their data (a real disk)', tmpdir())
  .parse()
  .opts<{ messages: number; rate: number; seconds: number; runs: number; dir: string }>();

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const BODY = Buffer.alloc(1024, 'x');

interface Pair {
  dir: string;
  children: ChildProcess[];
  proxy: FaultProxy;
  east: string;
  west: string;
}

async function startPair(): Promise<Pair> {
  const dir = mkdtempSync(join(opts.dir, 'fedmq-bridge-bench-'));
  const [eg, ea, wg, wa] = await freePorts(4);
  const proxy = await FaultProxy.start({ target: `127.0.0.1:${wg}`, queueBytesMax: 64 << 20 });
  const configs = [
    { site: 'east', grpc: eg!, admin: ea!, federation: { sites: [{ name: 'west', nodes: [proxy.address] }], bridges: [{ to: 'west', queues: ['bench'], static: true, batchSize: 512, window: 16 }] } },
    { site: 'west', grpc: wg!, admin: wa!, federation: { sites: [{ name: 'east', nodes: [`127.0.0.1:${eg}`] }], bridges: [] } },
  ];
  const children: ChildProcess[] = [];
  for (const c of configs) {
    const cfg = validateNodeConfig({
      cluster: 'bench',
      site: c.site,
      node: 1,
      dataDir: join(dir, c.site),
      listen: { grpc: `127.0.0.1:${c.grpc}`, admin: `127.0.0.1:${c.admin}` },
      members: [{ id: 1, grpc: `127.0.0.1:${c.grpc}` }],
      federation: c.federation,
      broker: { limits: { storeBytesMax: 900 << 20, destinationBytesMax: 900 << 20 } },
      log: { level: 'warn' },
    });
    mkdirSync(cfg.dataDir, { recursive: true });
    const path = join(cfg.dataDir, 'node.yaml');
    writeFileSync(path, toYaml(cfg));
    const fd = openSync(join(cfg.dataDir, 'node.log'), 'a');
    const child = fork(MAIN, ['node', 'start', '--config', path], { execArgv: ['--import', 'tsx'], stdio: ['ignore', fd, fd, 'ipc'], detached: true });
    closeSync(fd);
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${c.site} did not start`)), 30_000);
      child.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return { dir, children, proxy, east: `127.0.0.1:${eg}`, west: `127.0.0.1:${wg}` };
}

async function stopPair(p: Pair): Promise<void> {
  for (const c of p.children) {
    try {
      process.kill(-c.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }
  await p.proxy.close();
  await sleep(100);
  rmSync(p.dir, { recursive: true, force: true });
}

async function depth(client: FedmqClient, name: string): Promise<{ depth: number; enqueued: number }> {
  const d = (await client.listDestinations()).find((x) => x.destination?.name === name);
  return { depth: Number(d?.depth ?? 0), enqueued: Number(d?.enqueued ?? 0) };
}

/** A backlog filled at east while the link is partitioned, then forwarded: west's commits per second. */
async function throughput(rttMs: number): Promise<number> {
  const p = await startPair();
  const east = await FedmqClient.connect({ servers: [p.east] });
  const west = FedmqClient.lazy({ servers: [p.west] });
  try {
    p.proxy.setLatency(rttMs / 2);
    p.proxy.partition({ mode: 'refuse' });
    let sent = 0;
    await Promise.all(Array.from({ length: 256 }, async () => {
      while (sent < opts.messages) {
        sent++;
        await east.send({ queue: 'bench' }, BODY);
      }
    }));
    const t0 = performance.now();
    p.proxy.heal();
    await waitFor(async () => (await depth(west, 'bench')).enqueued >= opts.messages, { timeoutMs: 300_000, intervalMs: 20, what: 'the backlog at west' });
    return (opts.messages * 1000) / (performance.now() - t0);
  } finally {
    east.close();
    west.close();
    await stopPair(p);
  }
}

/** Send → committed at west, at a steady rate, with the round trip added. */
async function lag(rttMs: number): Promise<number[]> {
  const p = await startPair();
  const east = await FedmqClient.connect({ servers: [p.east] });
  const west = await FedmqClient.connect({ servers: [p.west] });
  const lags: number[] = [];
  try {
    p.proxy.setLatency(rttMs / 2);
    // A consumer at west reads each message as soon as it is committed there.
    await west.subscribe({ queue: 'bench' }, (m) => {
      lags.push(Date.now() - m.timestampMs);
    }, { prefetch: 5000, ackMode: 'auto' });
    await sleep(1000);
    const total = opts.rate * opts.seconds;
    const t0 = performance.now();
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / opts.rate;
      const w = due - performance.now();
      if (w > 1) await sleep(w);
      sends.push(east.send({ queue: 'bench' }, BODY));
    }
    await Promise.all(sends);
    await waitFor(() => lags.length >= total, { timeoutMs: 60_000, what: 'every message at west' });
    return lags.slice(Math.floor(lags.length / 10));
  } finally {
    east.close();
    west.close();
    await stopPair(p);
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
const rows: string[] = [];
const medians: Record<number, number> = {};
for (const rtt of [0, 50]) {
  const rates: number[] = [];
  for (let r = 0; r < opts.runs; r++) {
    const rate = await throughput(rtt);
    rates.push(rate);
    console.log(`  ${rtt} ms round trip, run ${r + 1}: ${rate.toFixed(0)} msgs/s across the bridge`);
  }
  medians[rtt] = median(rates);
  rows.push(`| ${rtt} ms | ${median(rates).toFixed(0)} | ${rates.map((x) => x.toFixed(0)).join(' / ')} |`);
}
console.log(`\nbridge throughput, east → west, 1-node sites, ${opts.messages} × 1 KiB, ${opts.runs} runs:\n| round trip | msgs/s (median) | runs |\n|---|---|---|\n${rows.join('\n')}`);
console.log(`50 ms / 0 ms: ${(medians[50]! / medians[0]!).toFixed(2)}`);
const l = await lag(50);
console.log(`\nlag at ${opts.rate} msg/s with 50 ms round trip (send → consumed at west, east's clock): p50 ${pct(l, 50)} ms, p99 ${pct(l, 99)} ms, max ${Math.max(...l)} ms`);
process.exit(0);
