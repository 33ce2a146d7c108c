// A fedmq site for benchmarks: 1 to 5 node processes forked from here (fsync on, data on the
// given disk), optionally with STOMP listeners; stopped by killing their process groups.
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { freePorts } from '../cluster-tests/helpers/ports.ts';
import { sleep, waitFor } from '../cluster-tests/helpers/wait.ts';
import { FedmqClient } from '../node/client/index.ts';
import { validateNodeConfig, type NodeConfig } from '../node/server/config.ts';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'node', 'cli', 'main.ts');

export interface BenchSite {
  dir: string;
  configs: NodeConfig[];
  children: Map<number, ChildProcess>;
  /** gRPC addresses, by node id - 1. */
  servers: string[];
  /** STOMP addresses, by node id - 1 (empty without `stomp`). */
  stomp: string[];
}

export async function startSite(opts: { size: number; dir: string; stomp?: boolean; prefix?: string }): Promise<BenchSite> {
  const dir = mkdtempSync(join(opts.dir, opts.prefix ?? 'fedmq-bench-'));
  const ports = await freePorts(opts.size * 3);
  const ids = Array.from({ length: opts.size }, (_, i) => i + 1);
  const members = ids.map((id) => ({ id, grpc: `127.0.0.1:${ports[(id - 1) * 3]}` }));
  const stomp = opts.stomp ? ids.map((id) => `127.0.0.1:${ports[(id - 1) * 3 + 2]}`) : [];
  const configs = ids.map((id) =>
    validateNodeConfig({
      cluster: 'bench',
      site: 'east',
      node: id,
      dataDir: join(dir, `node-${id}`),
      listen: { grpc: members[id - 1]!.grpc, admin: `127.0.0.1:${ports[(id - 1) * 3 + 1]}`, ...(opts.stomp ? { stomp: stomp[id - 1] } : {}) },
      members,
      broker: { limits: { storeBytesMax: 900 << 20, destinationBytesMax: 900 << 20, storeMessagesMax: 5_000_000, destinationMessagesMax: 5_000_000 } },
      log: { level: process.env['FEDMQ_BENCH_LOG'] ?? 'warn' },
    }),
  );
  const site: BenchSite = { dir, configs, children: new Map(), servers: members.map((m) => m.grpc), stomp };
  try {
    await Promise.all(ids.map((id) => forkNode(site, id)));
  } catch (err) {
    await stopSite(site);
    throw err;
  }
  return site;
}

export async function forkNode(site: BenchSite, id: number): Promise<void> {
  const cfg = site.configs[id - 1]!;
  mkdirSync(cfg.dataDir, { recursive: true });
  const configPath = join(cfg.dataDir, 'node.yaml');
  writeFileSync(configPath, toYaml(cfg));
  const logFd = openSync(join(cfg.dataDir, 'node.log'), 'a');
  // FEDMQ_BENCH_PROF=DIR: each node writes a CPU profile there when the site stops.
  const prof = process.env['FEDMQ_BENCH_PROF'];
  const execArgv = ['--import', 'tsx', ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [])];
  const child = fork(MAIN, ['node', 'start', '--config', configPath], { execArgv, stdio: ['ignore', logFd, logFd, 'ipc'], detached: true });
  closeSync(logFd);
  site.children.set(id, child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node ${id} did not start`)), 30_000);
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // gone
  }
}

export async function stopSite(site: BenchSite): Promise<void> {
  if (process.env['FEDMQ_BENCH_PROF']) {
    // A graceful stop, so that each node writes its CPU profile.
    for (const c of site.children.values()) killGroup(c, 'SIGTERM');
    await sleep(3000);
  }
  for (const c of site.children.values()) killGroup(c, 'SIGKILL');
  await sleep(100);
  rmSync(site.dir, { recursive: true, force: true });
}

/** The node id of the serving leader (not `exclude`), bounded by 30 s. */
export async function leaderOf(client: FedmqClient, site: BenchSite, exclude = 0): Promise<number> {
  return waitFor(
    async () => {
      for (const [id, c] of site.children) {
        if (id === exclude || !c.pid) continue;
        const s = await client.status(site.servers[id - 1]).catch(() => null);
        if (s && s.role === 'leader' && s.serving) return id;
      }
      return null;
    },
    { timeoutMs: 30_000, intervalMs: 20, what: 'a serving leader' },
  );
}
