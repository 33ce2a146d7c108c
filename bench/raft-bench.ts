// The Raft benchmark (results and method in BENCHMARKS.md):
//   1. the disk's serial fsync rate (1 KiB append + fdatasync, one at a time): the reference;
//   2. committed proposals per second of a 3-node group on loopback with fsync on, 1 KiB
//      entries, 1 / 64 / 1024 proposals in flight, with p50/p99 commit latency. Node 1 runs in
//      this process (it is made leader and proposes directly to its Raft host); nodes 2 and 3 are
//      real `fedmq node start` processes;
//   3. time to a new leader after kill -9 of the leader (connections reset) and after SIGSTOP
//      (silent), over N trials each, with the default election timeout.
// Each measurement is repeated --runs times and the median reported, with ratios taken within
// the same run (the machine is shared and noisy).
//
//   npm run bench -- [--seconds 8] [--runs 3] [--inflight 1,64,1024] [--trials 20] [--dir DIR] [--skip-throughput] [--skip-failover]
import { Command } from 'commander';
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { freePorts } from '../cluster-tests/helpers/ports.ts';
import { sleep, waitFor } from '../cluster-tests/helpers/wait.ts';
import { createLogger } from '../node/log.ts';
import type { LoopStats } from '../node/raft/host.ts';
import { encodeKvPut } from '../node/raft/kv-state-machine.ts';
import { validateNodeConfig, type NodeConfig } from '../node/server/config.ts';
import { startNode, type RunningNode } from '../node/server/node.ts';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'node', 'cli', 'main.ts');

const opts = new Command()
  .option('--seconds <n>', 'seconds per throughput measurement', (v) => Number(v), 8)
  .option('--runs <n>', 'repetitions of each measurement (median reported)', (v) => Number(v), 3)
  .option('--inflight <list>', 'proposals in flight', '1,64,1024')
  .option('--trials <n>', 'failover trials of each kind', (v) => Number(v), 20)
  .option('--dir <dir>', 'where the nodes keep their data (a real disk, not tmpfs)', join(tmpdir()))
  .option('--skip-throughput', 'skip the throughput part')
  .option('--skip-failover', 'skip the failover part')
  .parse()
  .opts<{ seconds: number; runs: number; inflight: string; trials: number; dir: string; skipThroughput?: boolean; skipFailover?: boolean }>();

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/**
 * Serial 1 KiB appends, each followed by fdatasync, for `ms`: the disk's durable-write rate. It
 * runs in a worker thread: node 1 lives in this process and its event loop must keep ticking.
 */
function fsyncRate(dir: string, ms: number): Promise<number> {
  const code = `
    const { closeSync, fdatasyncSync, openSync, rmSync, writeSync } = require('node:fs');
    const { parentPort, workerData } = require('node:worker_threads');
    const fd = openSync(workerData.path, 'w');
    const buf = Buffer.alloc(1024, 7);
    let n = 0;
    const end = performance.now() + workerData.ms;
    while (performance.now() < end) { writeSync(fd, buf); fdatasyncSync(fd); n++; }
    closeSync(fd);
    rmSync(workerData.path);
    parentPort.postMessage((n * 1000) / workerData.ms);`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { path: join(dir, 'fsync-probe'), ms } });
    w.once('message', (rate: number) => resolve(rate));
    w.once('error', reject);
  });
}

interface Cluster {
  dir: string;
  configs: NodeConfig[];
  children: Map<number, ChildProcess>;
  leaderEvents: Array<{ node: number; lead: number; term: number; atMs: number }>;
}

async function makeCluster(root: string): Promise<Cluster> {
  const dir = mkdtempSync(join(root, 'fedmq-bench-'));
  const ports = await freePorts(6);
  const members = [1, 2, 3].map((id) => ({ id, grpc: `127.0.0.1:${ports[(id - 1) * 2]}` }));
  const configs = [1, 2, 3].map((id) =>
    validateNodeConfig({
      cluster: 'bench',
      site: 'east',
      node: id,
      dataDir: join(dir, `node-${id}`),
      listen: { grpc: members[id - 1]!.grpc, admin: `127.0.0.1:${ports[(id - 1) * 2 + 1]}` },
      members,
      log: { level: process.env.FEDMQ_BENCH_LOG ?? 'warn' },
    }),
  );
  return { dir, configs, children: new Map(), leaderEvents: [] };
}

async function forkNode(c: Cluster, id: number): Promise<void> {
  const cfg = c.configs[id - 1]!;
  mkdirSync(cfg.dataDir, { recursive: true });
  const configPath = join(cfg.dataDir, 'node.yaml');
  writeFileSync(configPath, toYaml(cfg));
  const logFd = openSync(join(cfg.dataDir, 'node.log'), 'a');
  const child = fork(MAIN, ['node', 'start', '--config', configPath], { execArgv: ['--import', 'tsx'], stdio: ['ignore', logFd, logFd, 'ipc'], detached: true });
  closeSync(logFd);
  c.children.set(id, child);
  child.on('message', (m: { type?: string; node: number; lead: number; term: number; atMs: number }) => {
    if (m.type === 'leader') c.leaderEvents.push({ node: m.node, lead: m.lead, term: m.term, atMs: m.atMs });
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node ${id} did not start`)), 30_000);
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // gone
  }
}

async function destroy(c: Cluster): Promise<void> {
  for (const child of c.children.values()) {
    killGroup(child, 'SIGCONT');
    killGroup(child, 'SIGKILL');
  }
  await sleep(100);
  if (process.env.FEDMQ_BENCH_KEEP) console.log(`kept ${c.dir}`);
  else rmSync(c.dir, { recursive: true, force: true });
}

interface Status {
  raft: { lead: number; term: number; state: string; commit: number; applied: number; loop: LoopStats };
  transport: { peers: Array<{ nodeId: number; connected: boolean }> };
}

async function statusOf(cfg: NodeConfig): Promise<Status> {
  const res = await fetch(`http://${cfg.listen.admin}/status`, { signal: AbortSignal.timeout(2000) });
  return (await res.json()) as Status;
}

async function loopStats(c: Cluster, host: RunningNode['host']): Promise<LoopStats[]> {
  return [host.status().loop, ...(await Promise.all([2, 3].map(async (id) => (await statusOf(c.configs[id - 1]!)).raft.loop)))];
}

// ---------------------------------------------------------------- throughput

async function throughput(): Promise<void> {
  const c = await makeCluster(opts.dir);
  let local: RunningNode | null = null;
  try {
    await Promise.all([forkNode(c, 2), forkNode(c, 3)]);
    local = await startNode(c.configs[0]!, { logger: createLogger({ siteId: 'east', nodeId: 1, level: process.env.FEDMQ_BENCH_LOG ?? 'warn' }) });
    const host = local.host;
    await waitFor(() => host.leaderId() !== 0, { timeoutMs: 20_000, what: 'a leader' });
    if (!host.isLeader()) {
      await fetch(`http://${c.configs[host.leaderId() - 1]!.listen.admin}/raft/transfer?to=1`, { method: 'POST' });
      await waitFor(() => host.isLeader(), { timeoutMs: 20_000, what: 'node 1 to lead' });
    }
    let leaderChanges = 0;
    host.onLeaderChange(() => leaderChanges++);
    await sleep(1000);
    const value = Buffer.alloc(1024 - 16, 'x');
    const inflights = opts.inflight.split(',').map(Number);
    const rows: string[] = [];
    const results: Record<number, { rate: number[]; p50: number[]; p99: number[]; ratio: number[] }> = {};
    for (const w of inflights) results[w] = { rate: [], p50: [], p99: [], ratio: [] };

    for (let run = 1; run <= opts.runs; run++) {
      const fsync = await fsyncRate(c.configs[0]!.dataDir, 2000);
      for (const w of inflights) {
        const lat: number[] = [];
        let done = 0;
        let stop = false;
        let failed = 0;
        const worker = async (i: number): Promise<void> => {
          const cmd = encodeKvPut(`k${i % 64}`, value);
          while (!stop) {
            const t0 = performance.now();
            try {
              await host.propose(cmd);
            } catch (err) {
              // A leader change or overload: counted, never measured as a commit.
              failed++;
              if (failed === 1) console.log(`  (a proposal failed: ${(err as Error).message})`);
              await sleep(10);
              continue;
            }
            lat.push(performance.now() - t0);
            done++;
          }
        };
        // Warm up for a second, then measure.
        const workers = Array.from({ length: w }, (_, i) => worker(i));
        await sleep(1000);
        const loops0 = process.env.FEDMQ_BENCH_LOOPS ? await loopStats(c, host) : null;
        const d0 = done;
        lat.length = 0;
        const t0 = performance.now();
        await sleep(opts.seconds * 1000);
        const elapsed = (performance.now() - t0) / 1000;
        const rate = (done - d0) / elapsed;
        stop = true;
        await Promise.all(workers);
        results[w]!.rate.push(rate);
        if (loops0) {
          // Where each node's loop spent the measured interval.
          const loops1 = await loopStats(c, host);
          for (const [i, l] of loops1.entries()) {
            const b = loops0[i]!;
            const readies = l.readies - b.readies;
            console.log(`  node ${i + 1}: ${readies} readies, ${((l.entriesPersisted - b.entriesPersisted) / Math.max(1, readies)).toFixed(0)} entries/ready, write ${(l.writeMs - b.writeMs).toFixed(0)} ms, flush+apply wait ${(l.flushWaitMs - b.flushWaitMs).toFixed(0)} ms, idle ${(l.idleMs - b.idleMs).toFixed(0)} ms`);
          }
        }
        results[w]!.p50.push(pct(lat, 50));
        results[w]!.p99.push(pct(lat, 99));
        results[w]!.ratio.push(rate / fsync);
        if (failed > 0) console.log(`  ${failed} proposals failed during this measurement`);
        console.log(`run ${run}: inflight ${w}: ${rate.toFixed(0)} entries/s, p50 ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms; serial fsync ${fsync.toFixed(0)}/s → ${(rate / fsync).toFixed(1)}x`);
      }
    }
    rows.push('| in flight | committed entries/s (median) | p50 commit ms | p99 commit ms | × serial fsync (same run) |');
    rows.push('|---:|---:|---:|---:|---:|');
    for (const w of inflights) {
      const r = results[w]!;
      rows.push(`| ${w} | ${median(r.rate).toFixed(0)} | ${median(r.p50).toFixed(2)} | ${median(r.p99).toFixed(2)} | ${median(r.ratio).toFixed(1)} |`);
    }
    if (leaderChanges > 0) console.log(`warning: leadership changed ${leaderChanges} times during the measurements`);
    console.log(`\nthroughput, 3 nodes, 1 KiB entries, fsync on, ${opts.runs} runs × ${opts.seconds} s:\n${rows.join('\n')}`);
  } finally {
    await local?.stop({ transfer: false });
    await destroy(c);
  }
}

// ---------------------------------------------------------------- failover

async function failover(): Promise<void> {
  const c = await makeCluster(opts.dir);
  try {
    await Promise.all([1, 2, 3].map((id) => forkNode(c, id)));
    const leader = async (): Promise<number> =>
      waitFor(
        async () => {
          const ss = await Promise.all(c.configs.filter((cfg) => c.children.has(cfg.node)).map((cfg) => statusOf(cfg).catch(() => null)));
          const lead = ss[0]?.raft.lead ?? 0;
          return lead !== 0 && ss.every((s) => s?.raft.lead === lead) ? lead : null;
        },
        { timeoutMs: 30_000, what: 'a leader' },
      );
    const newLeaderAfter = async (old: number, t0: number): Promise<number> => {
      const ev = await waitFor(() => c.leaderEvents.find((e) => e.atMs >= t0 && e.lead === e.node && e.node !== old), { timeoutMs: 30_000, intervalMs: 2, what: 'a new leader' });
      return ev.atMs - t0;
    };
    const caughtUp = async (): Promise<void> => {
      await waitFor(
        async () => {
          const ss = await Promise.all(c.configs.map((cfg) => statusOf(cfg).catch(() => null)));
          if (ss.some((s) => s === null)) return false;
          const commit = Math.max(...ss.map((s) => s!.raft.commit));
          // Caught up, and a full mesh again: the restarted node's peers have redialed it.
          return ss.every((s) => s!.raft.applied >= commit && s!.raft.lead !== 0 && s!.transport.peers.every((p) => p.connected));
        },
        { timeoutMs: 30_000, what: 'all nodes caught up and connected' },
      );
    };

    const kills: number[] = [];
    const stops: number[] = [];
    for (let i = 0; i < opts.trials; i++) {
      const lead = await leader();
      await caughtUp();
      const t0 = Date.now();
      killGroup(c.children.get(lead), 'SIGKILL');
      c.children.delete(lead);
      const ms = await newLeaderAfter(lead, t0);
      kills.push(ms);
      await forkNode(c, lead);
      console.log(`kill -9 trial ${i + 1}: new leader after ${ms} ms`);
    }
    for (let i = 0; i < opts.trials; i++) {
      const lead = await leader();
      await caughtUp();
      const child = c.children.get(lead);
      const t0 = Date.now();
      killGroup(child, 'SIGSTOP');
      const ms = await newLeaderAfter(lead, t0);
      stops.push(ms);
      killGroup(child, 'SIGCONT');
      console.log(`SIGSTOP trial ${i + 1}: new leader after ${ms} ms`);
    }
    console.log(`\nfailover, 3 nodes, election timeout 1000 ms, ${opts.trials} trials each:`);
    console.log('| fault | median ms | p90 ms | min ms | max ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, xs] of [['kill -9 (connections reset)', kills], ['SIGSTOP (silent)', stops]] as const) {
      console.log(`| ${name} | ${median(xs).toFixed(0)} | ${pct(xs, 90).toFixed(0)} | ${Math.min(...xs)} | ${Math.max(...xs)} |`);
    }
  } finally {
    await destroy(c);
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, data in ${opts.dir}`);
if (!opts.skipThroughput) await throughput();
if (!opts.skipFailover) await failover();
process.exit(0);
