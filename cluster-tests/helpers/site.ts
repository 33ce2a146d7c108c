// A site of real node processes on 127.0.0.1 for cluster tests, with helpers that read like
// prose: `const site = await TestSite.start(t, { nodes: 3 })`, `await site.waitForLeader()`,
// `site.kill9(leader)`, `await site.restart(id)`, `await site.addJoiningNode(4)`,
// `await site.sigterm(leader)`. Each node runs `fedmq node start` in its own process group with
// its own ports and data directory; teardown resumes (SIGCONT) and kills (SIGKILL) every group
// and removes the directories, so nothing outlives the test.
import type { ExecutionContext } from 'ava';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkNode, signalGroup, writeNodeConfig, type NodeExit } from './node-process.ts';
import { freePorts } from './ports.ts';
import { sleep, waitFor } from './wait.ts';

/** A node process has this long to start (tsx compiles on first start; the machine is shared). */
const NODE_START_MS = 30_000;
/** One admin request, at most (a paused or busy node must not stall a wait loop). */
const ADMIN_REQUEST_MS = 2_000;

export interface SiteNode {
  id: number;
  grpc: string;
  admin: string;
  /** The STOMP listener, when the site was started with `stomp: true`. */
  stomp: string | null;
  dataDir: string;
  configPath: string;
  logPath: string;
  /** The node's config as written to configPath. */
  config: Record<string, unknown>;
  child: ChildProcess | null;
  /** Every exit of this node's processes, oldest first. */
  exits: NodeExit[];
}

export interface Member {
  id: number;
  grpc: string;
}

export interface NodeStatus {
  raft: {
    id: number;
    term: number;
    lead: number;
    state: string;
    commit: number;
    applied: number;
    firstIndex: number;
    lastIndex: number;
    leadTransferee: number;
    leaderAddress: string | null;
    confState: { voters: number[]; learners: number[]; members: { nodeId: number; address: string }[] };
    progress: Record<string, { match: number; next: number; state: string; isLearner: boolean; recentActive: boolean; inflight: number }>;
  };
  transport: {
    peers: { nodeId: number; addr: string | null; connected: boolean; msgsSent: number; msgsReceived: number; snapshotsSent: number; snapshotsFailed: number }[];
    snapshotsReceived: number;
    snapshotChunksReceived: number;
    snapshotChunkBytesMaxReceived: number;
  };
  kv: { keys: number };
}

/** A leader change as a node reported it over IPC, time-stamped by the node. */
export interface LeaderEvent {
  node: number;
  lead: number;
  term: number;
  atMs: number;
}

export interface AdminReply {
  status: number;
  body: { error?: { code: string; message: string; leaderId?: number; leaderAddress?: string } } & Record<string, unknown>;
}

export interface TestSiteOptions {
  nodes: number;
  electionTimeoutMs?: number;
  heartbeatMs?: number;
  site?: string;
  /** raft.compactEveryEntries (the node's default is 10,000). */
  compactEveryEntries?: number;
  /** How long a leader on SIGTERM waits for its handover (the node's default is 3 s). */
  shutdownTransferMs?: number;
  /** The nodes' `broker:` config section. */
  broker?: Record<string, unknown>;
  /** The nodes' `federation:` config section (or one per node id). */
  federation?: Record<string, unknown> | ((id: number) => Record<string, unknown>);
  /** Ports to use (gRPC, admin per node), e.g. chosen before another site's config names them. */
  ports?: number[];
  /** Give every node a STOMP listener (on a free port) too. */
  stomp?: boolean;
}

export class TestSite {
  readonly dir: string;
  readonly nodes = new Map<number, SiteNode>();
  readonly electionTimeoutMs: number;
  /** The initial members: what a joining node's config lists. */
  readonly members: Member[];
  /** Every leader change every node reported, in arrival order. */
  readonly leaderEvents: LeaderEvent[] = [];
  private readonly opts: TestSiteOptions;
  /** The leader the last request went to; asked first next time. */
  private knownLeader: number | null = null;

  private constructor(dir: string, opts: TestSiteOptions, members: Member[]) {
    this.dir = dir;
    this.opts = opts;
    this.electionTimeoutMs = opts.electionTimeoutMs ?? 1000;
    this.members = members;
  }

  static async start(t: ExecutionContext, opts: TestSiteOptions): Promise<TestSite> {
    const dir = mkdtempSync(join(tmpdir(), 'fedmq-site-'));
    const ports = opts.ports ?? (await freePorts(opts.nodes * 2));
    const ids = Array.from({ length: opts.nodes }, (_, i) => i + 1);
    const members = ids.map((id) => ({ id, grpc: `127.0.0.1:${ports[(id - 1) * 2]}` }));
    const site = new TestSite(dir, opts, members);
    t.teardown(() => site.destroy());
    const stompPorts = opts.stomp ? await freePorts(opts.nodes) : [];
    for (const id of ids)
      site.defineNode(id, {
        grpc: members[id - 1]!.grpc,
        admin: `127.0.0.1:${ports[(id - 1) * 2 + 1]}`,
        join: false,
        ...(opts.stomp ? { stomp: `127.0.0.1:${stompPorts[id - 1]}` } : {}),
      });
    await Promise.all(ids.map((id) => site.startNode(id)));
    return site;
  }

  /** Writes a node's data directory and config; `join` nodes start empty and wait to be added. */
  private defineNode(id: number, where: { grpc: string; admin: string; join: boolean; stomp?: string }): SiteNode {
    if (this.nodes.has(id)) throw new Error(`node ${id} is already defined`);
    const dataDir = join(this.dir, `node-${id}`);
    mkdirSync(dataDir, { recursive: true });
    const config: Record<string, unknown> = {
      cluster: 'test',
      site: this.opts.site ?? 'east',
      node: id,
      dataDir,
      listen: { grpc: where.grpc, admin: where.admin, ...(where.stomp ? { stomp: where.stomp } : {}) },
      members: this.members,
      ...(where.join ? { join: true } : {}),
      raft: {
        tickMs: 10,
        electionTimeoutMs: this.electionTimeoutMs,
        heartbeatMs: this.opts.heartbeatMs ?? 100,
        ...(this.opts.compactEveryEntries !== undefined ? { compactEveryEntries: this.opts.compactEveryEntries } : {}),
      },
      requestTimeoutMs: Math.max(10_000, this.electionTimeoutMs * 10),
      ...(this.opts.shutdownTransferMs !== undefined ? { shutdownTransferMs: this.opts.shutdownTransferMs } : {}),
      ...(this.opts.broker ? { broker: this.opts.broker } : {}),
      ...(this.opts.federation ? { federation: typeof this.opts.federation === 'function' ? this.opts.federation(id) : this.opts.federation } : {}),
      log: { level: 'info' },
    };
    const node: SiteNode = {
      id,
      grpc: where.grpc,
      admin: where.admin,
      stomp: where.stomp ?? null,
      dataDir,
      configPath: join(dataDir, 'node.yaml'),
      logPath: join(dataDir, 'node.log'),
      config,
      child: null,
      exits: [],
    };
    writeNodeConfig(node.configPath, config);
    this.nodes.set(id, node);
    return node;
  }

  /** Starts a new node with `join: true` (members: the initial site): it waits, empty, to be added. */
  async addJoiningNode(id: number): Promise<SiteNode> {
    const [grpcPort, adminPort] = await freePorts(2);
    const node = this.defineNode(id, { grpc: `127.0.0.1:${grpcPort}`, admin: `127.0.0.1:${adminPort}`, join: true });
    await this.startNode(id);
    return node;
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
    const child = forkNode(n.configPath, ['ignore', fd, fd, 'ipc']);
    closeSync(fd);
    n.child = child;
    child.once('exit', (code, signal) => {
      n.exits.push({ code, signal, atMs: Date.now() });
      if (n.child === child) n.child = null;
    });
    child.on('message', (m: { type?: string } & Partial<LeaderEvent>) => {
      if (m?.type === 'leader') this.leaderEvents.push({ node: m.node!, lead: m.lead!, term: m.term!, atMs: m.atMs! });
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

  /** SIGTERM (a graceful stop: a leader hands over first); resolves with the exit. */
  async sigterm(id: number, timeoutMs = this.electionTimeoutMs * 15): Promise<NodeExit> {
    const n = this.node(id);
    const child = n.child;
    if (!child?.pid) throw new Error(`node ${id} is not running`);
    const exitsBefore = n.exits.length;
    process.kill(child.pid, 'SIGTERM');
    await waitFor(() => n.exits.length > exitsBefore, { timeoutMs, intervalMs: 10, what: `node ${id} to exit after SIGTERM` });
    return n.exits[exitsBefore]!;
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
    const child = this.node(id).child;
    if (!child || !signalGroup(child, 'SIGSTOP')) throw new Error(`node ${id} is not running`);
  }

  resume(id: number): void {
    const child = this.node(id).child;
    if (!child || !signalGroup(child, 'SIGCONT')) throw new Error(`node ${id} is not running`);
  }

  async status(id: number): Promise<NodeStatus> {
    const res = await fetch(`http://${this.node(id).admin}/status`, { signal: AbortSignal.timeout(ADMIN_REQUEST_MS) });
    return (await res.json()) as NodeStatus;
  }

  /** One admin request to node `id`; the reply whatever its status. */
  async admin(id: number, method: string, path: string, body?: unknown, timeoutMs = this.electionTimeoutMs * 15): Promise<AdminReply> {
    const res = await fetch(`http://${this.node(id).admin}${path}`, {
      method,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, body: text.length > 0 ? (JSON.parse(text) as AdminReply['body']) : {} };
  }

  /** POST /raft/members on node `id` (the leader, unless the test wants the refusal). */
  changeMembership(id: number, change: { action: 'add-learner' | 'promote' | 'remove'; id: number; address?: string }, opts: { timeoutMs?: number } = {}): Promise<AdminReply> {
    return this.admin(id, 'POST', '/raft/members', change, opts.timeoutMs);
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

  /**
   * The live node that calls itself leader in the highest term, or null. A node's own state is
   * asked, not its view of the leader: a removed or partitioned node's view can be stale.
   */
  async findLeader(): Promise<number | null> {
    const ids = this.liveIds();
    const statuses = await Promise.allSettled(ids.map((id) => this.status(id)));
    let best: { id: number; term: number } | null = null;
    for (const r of statuses) {
      if (r.status !== 'fulfilled' || r.value.raft.state !== 'leader') continue;
      if (!best || r.value.raft.term > best.term) best = { id: r.value.raft.id, term: r.value.raft.term };
    }
    return best?.id ?? null;
  }

  /** Kept for older tests: some live node that calls itself leader. */
  async anyLeader(): Promise<number | null> {
    return this.findLeader();
  }

  /**
   * One request to the leader, retried (within the deadline) on leader changes and refusals:
   * the last leader seen is asked first, a 421's leader hint is followed, else the site is asked.
   */
  private async toLeader<T>(what: string, timeoutMs: number, attempt: (admin: string) => Promise<Response>, accept: (res: Response) => Promise<T | null>): Promise<T> {
    return waitFor(
      async () => {
        let lead = this.knownLeader !== null && this.nodes.get(this.knownLeader)?.child ? this.knownLeader : null;
        lead ??= this.knownLeader = await this.findLeader();
        if (lead === null) return null;
        let res: Response;
        try {
          res = await attempt(this.node(lead).admin);
        } catch (err) {
          this.knownLeader = null;
          throw err;
        }
        const out = await accept(res);
        if (out !== null) return out;
        // Read the refusal whatever it is, so the connection is released.
        const refusal = (await res.json().catch(() => ({}))) as AdminReply['body'];
        const hint = res.status === 421 ? refusal.error?.leaderId : undefined;
        this.knownLeader = hint !== undefined && this.nodes.get(hint)?.child ? hint : null;
        return null;
      },
      { timeoutMs, intervalMs: 20, what },
    );
  }

  /** PUT through the leader, retrying on leader changes within a deadline. Returns the commit index. */
  async put(key: string, value: string, opts: { timeoutMs?: number } = {}): Promise<number> {
    return this.toLeader(
      `PUT ${key} to commit`,
      opts.timeoutMs ?? this.electionTimeoutMs * 20,
      (admin) => fetch(`http://${admin}/kv/${encodeURIComponent(key)}`, { method: 'PUT', body: value, signal: AbortSignal.timeout(this.electionTimeoutMs * 5) }),
      async (res) => (res.status === 200 ? ((await res.json()) as { index: number }).index : null),
    );
  }

  /** A linearizable GET through the leader. */
  async get(key: string): Promise<string | null> {
    const r = await this.toLeader(
      `GET ${key}`,
      this.electionTimeoutMs * 20,
      (admin) => fetch(`http://${admin}/kv/${encodeURIComponent(key)}`, { signal: AbortSignal.timeout(this.electionTimeoutMs * 5) }),
      async (res) => {
        if (res.status === 404) {
          await res.body?.cancel();
          return { value: null };
        }
        if (res.status !== 200) return null;
        return { value: ((await res.json()) as { value: string }).value };
      },
    );
    return r.value;
  }

  async waitApplied(id: number, index: number, timeoutMs = this.electionTimeoutMs * 20): Promise<void> {
    await waitFor(async () => (await this.status(id)).raft.applied >= index, { timeoutMs, what: `node ${id} to apply ${index}` });
  }

  /** The first leader event matching `pred`, waiting for it within the deadline. */
  async waitLeaderEvent(pred: (e: LeaderEvent) => boolean, opts: { timeoutMs?: number; what: string }): Promise<LeaderEvent> {
    return waitFor(() => this.leaderEvents.find(pred), { timeoutMs: opts.timeoutMs ?? this.electionTimeoutMs * 15, intervalMs: 10, what: opts.what });
  }

  logTail(id: number, lines = 30): string {
    try {
      return readFileSync(this.node(id).logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** The node's log (pino JSON lines, one object each). */
  logRecords(id: number): Record<string, unknown>[] {
    let text: string;
    try {
      text = readFileSync(this.node(id).logPath, 'utf8');
    } catch {
      return [];
    }
    const out: Record<string, unknown>[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // a line cut short by kill -9
      }
    }
    return out;
  }

  /** Kills every node process group (resuming paused ones first) and removes the data. */
  async destroy(): Promise<void> {
    for (const n of this.nodes.values()) {
      if (!n.child) continue;
      signalGroup(n.child, 'SIGCONT');
      signalGroup(n.child, 'SIGKILL');
      n.child = null;
    }
    await sleep(50);
    // FEDMQ_KEEP_TEST_DATA=1 keeps the data directories and logs for a post-mortem.
    if (process.env.FEDMQ_KEEP_TEST_DATA) console.error(`fedmq test data kept in ${this.dir}`);
    else rmSync(this.dir, { recursive: true, force: true });
  }
}
