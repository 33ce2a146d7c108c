// A site of real node processes on 127.0.0.1 for cluster tests, with helpers that read like
// prose: `const site = await TestSite.start(t, { nodes: 3 })`, `await site.waitForLeader()`,
// `site.kill9(leader)`, `await site.restart(id)`. Each node runs `fedmq node start` in its own
// process group with its own ports and data directory; teardown resumes (SIGCONT) and kills
// (SIGKILL) every group and removes the directories, so nothing outlives the test.
import type { ExecutionContext } from 'ava';
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { freePorts } from './ports.ts';
import { sleep, waitFor } from './wait.ts';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node', 'cli', 'main.ts');
/** A node process has this long to start (tsx compiles on first start; the machine is shared). */
const NODE_START_MS = 30_000;

export interface SiteNode {
  id: number;
  grpc: string;
  admin: string;
  dataDir: string;
  configPath: string;
  logPath: string;
  child: ChildProcess | null;
}

export interface NodeStatus {
  raft: { id: number; term: number; lead: number; state: string; commit: number; applied: number; lastIndex: number; confState: { voters: number[]; learners: number[] } };
  kv: { keys: number };
}

export class TestSite {
  readonly dir: string;
  readonly nodes = new Map<number, SiteNode>();
  readonly electionTimeoutMs: number;

  private constructor(dir: string, electionTimeoutMs: number) {
    this.dir = dir;
    this.electionTimeoutMs = electionTimeoutMs;
  }

  static async start(t: ExecutionContext, opts: { nodes: number; electionTimeoutMs?: number; heartbeatMs?: number; site?: string }): Promise<TestSite> {
    const dir = mkdtempSync(join(tmpdir(), 'fedmq-site-'));
    const site = new TestSite(dir, opts.electionTimeoutMs ?? 1000);
    t.teardown(() => site.destroy());
    const ports = await freePorts(opts.nodes * 2);
    const ids = Array.from({ length: opts.nodes }, (_, i) => i + 1);
    const members = ids.map((id) => ({ id, grpc: `127.0.0.1:${ports[(id - 1) * 2]}` }));
    for (const id of ids) {
      const dataDir = join(dir, `node-${id}`);
      mkdirSync(dataDir, { recursive: true });
      const node: SiteNode = {
        id,
        grpc: members[id - 1]!.grpc,
        admin: `127.0.0.1:${ports[(id - 1) * 2 + 1]}`,
        dataDir,
        configPath: join(dataDir, 'node.yaml'),
        logPath: join(dataDir, 'node.log'),
        child: null,
      };
      writeFileSync(
        node.configPath,
        toYaml({
          cluster: 'test',
          site: opts.site ?? 'east',
          node: id,
          dataDir,
          listen: { grpc: node.grpc, admin: node.admin },
          members,
          raft: { tickMs: 10, electionTimeoutMs: site.electionTimeoutMs, heartbeatMs: opts.heartbeatMs ?? 100 },
          requestTimeoutMs: Math.max(10_000, site.electionTimeoutMs * 10),
          log: { level: 'info' },
        }),
      );
      site.nodes.set(id, node);
    }
    await Promise.all(ids.map((id) => site.startNode(id)));
    return site;
  }

  node(id: number): SiteNode {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  }

  liveIds(): number[] {
    return [...this.nodes.values()].filter((n) => n.child !== null).map((n) => n.id);
  }

  /** Starts (or restarts) a node's process and waits until it reports ready. */
  async startNode(id: number): Promise<void> {
    const n = this.node(id);
    if (n.child) throw new Error(`node ${id} is already running`);
    const fd = openSync(n.logPath, 'a');
    const child = fork(MAIN, ['node', 'start', '--config', n.configPath], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', fd, fd, 'ipc'],
      detached: true, // its own process group, killed as a group in teardown
    });
    closeSync(fd);
    n.child = child;
    child.once('exit', () => {
      if (n.child === child) n.child = null;
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`node ${id} did not start within ${NODE_START_MS} ms; log tail:\n${this.logTail(id)}`)), NODE_START_MS);
      child.once('message', (m: { type?: string }) => {
        if (m?.type === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`node ${id} exited during start (${signal ?? code}); log tail:\n${this.logTail(id)}`));
      });
    });
  }

  /** kill -9: the process dies at once; the kernel resets its connections. */
  kill9(id: number): void {
    const n = this.node(id);
    if (!n.child?.pid) throw new Error(`node ${id} is not running`);
    process.kill(-n.child.pid, 'SIGKILL');
    n.child = null;
  }

  async waitExited(id: number, timeoutMs = 10_000): Promise<void> {
    const child = this.node(id).child;
    if (!child) return;
    await waitFor(() => child.exitCode !== null || child.signalCode !== null, { timeoutMs, what: `node ${id} to exit` });
  }

  async restart(id: number): Promise<void> {
    await this.startNode(id);
  }

  pause(id: number): void {
    const pid = this.node(id).child?.pid;
    if (!pid) throw new Error(`node ${id} is not running`);
    process.kill(-pid, 'SIGSTOP');
  }

  resume(id: number): void {
    const pid = this.node(id).child?.pid;
    if (!pid) throw new Error(`node ${id} is not running`);
    process.kill(-pid, 'SIGCONT');
  }

  async status(id: number): Promise<NodeStatus> {
    const res = await fetch(`http://${this.node(id).admin}/status`, { signal: AbortSignal.timeout(2_000) });
    return (await res.json()) as NodeStatus;
  }

  /** Waits until every live node (except `exclude`) follows the same leader, and returns it. */
  async waitForLeader(opts: { timeoutMs?: number; exclude?: number[] } = {}): Promise<number> {
    const ids = this.liveIds().filter((id) => !(opts.exclude ?? []).includes(id));
    return waitFor(
      async () => {
        const statuses = await Promise.all(ids.map((id) => this.status(id)));
        const lead = statuses[0]!.raft.lead;
        if (lead === 0 || (opts.exclude ?? []).includes(lead)) return null;
        const leaderStatus = statuses.find((s) => s.raft.id === lead);
        if (!leaderStatus || leaderStatus.raft.state !== 'leader') return null;
        return statuses.every((s) => s.raft.lead === lead && s.raft.term === leaderStatus.raft.term) ? lead : null;
      },
      { timeoutMs: opts.timeoutMs ?? this.electionTimeoutMs * 15, what: 'a leader all live nodes agree on' },
    );
  }

  /** PUT through the leader, retrying on leader changes within a deadline. Returns the commit index. */
  async put(key: string, value: string, opts: { timeoutMs?: number } = {}): Promise<number> {
    return waitFor(
      async () => {
        const lead = await this.anyLeader();
        if (!lead) return null;
        const res = await fetch(`http://${this.node(lead).admin}/kv/${encodeURIComponent(key)}`, {
          method: 'PUT',
          body: value,
          signal: AbortSignal.timeout(this.electionTimeoutMs * 5),
        });
        if (res.status !== 200) return null;
        return ((await res.json()) as { index: number }).index;
      },
      { timeoutMs: opts.timeoutMs ?? this.electionTimeoutMs * 20, intervalMs: 20, what: `PUT ${key} to commit` },
    );
  }

  /** A linearizable GET through the leader. */
  async get(key: string): Promise<string | null> {
    return waitFor(
      async () => {
        const lead = await this.anyLeader();
        if (!lead) return null;
        const res = await fetch(`http://${this.node(lead).admin}/kv/${encodeURIComponent(key)}`, { signal: AbortSignal.timeout(this.electionTimeoutMs * 5) });
        if (res.status === 404) return { value: null };
        if (res.status !== 200) return null;
        return { value: ((await res.json()) as { value: string }).value };
      },
      { timeoutMs: this.electionTimeoutMs * 20, what: `GET ${key}` },
    ).then((r) => r.value);
  }

  /** Some live node's view of the leader, if that leader is live. */
  async anyLeader(): Promise<number | null> {
    for (const id of this.liveIds()) {
      try {
        const s = await this.status(id);
        if (s.raft.lead !== 0 && this.nodes.get(s.raft.lead)?.child) return s.raft.lead;
      } catch {
        // node busy or restarting
      }
    }
    return null;
  }

  async waitApplied(id: number, index: number, timeoutMs = this.electionTimeoutMs * 20): Promise<void> {
    await waitFor(async () => (await this.status(id)).raft.applied >= index, { timeoutMs, what: `node ${id} to apply ${index}` });
  }

  logTail(id: number, lines = 30): string {
    try {
      return readFileSync(this.node(id).logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Kills every node process group (resuming paused ones first) and removes the data. */
  async destroy(): Promise<void> {
    for (const n of this.nodes.values()) {
      const pid = n.child?.pid;
      if (!pid) continue;
      try {
        process.kill(-pid, 'SIGCONT');
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      n.child = null;
    }
    await sleep(50);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
