// Site operations of `fedmq`: membership changes and leadership transfer, through the admin HTTP
// listeners (any node: a follower's refusal names the leader, and the request goes there).
import type { Command } from 'commander';
import { FedmqError, type ErrorCode } from '../errors.ts';

/** The default local topology's admin listeners (deploy/local/site.yaml). */
export const DEFAULT_ADMINS = ['127.0.0.1:8100', '127.0.0.1:8101', '127.0.0.1:8102'];
/** Where `fedmq lag` looks by default: every node of deploy/local/two-sites.yaml. */
export const DEFAULT_LAG_ADMINS = [...DEFAULT_ADMINS, '127.0.0.1:8200', '127.0.0.1:8201', '127.0.0.1:8202'];

interface BridgeRow {
  bridge: string;
  state: string;
  lagMessages: number;
  lagBytes: number;
  lagSeconds: number;
  pendingMessages: number;
  committed: number;
  throughput: number;
  lastAckAtMs: number;
  lastError: string;
}

/** Every running bridge (on each site's leader) with its replication lag. */
async function collectLag(list: string[]): Promise<Array<BridgeRow & { node: string }>> {
  const rows: Array<BridgeRow & { node: string }> = [];
  await Promise.all(
    list.map(async (addr) => {
      const r = await call(addr, 'GET', '/bridges', undefined, 3_000).catch(() => null);
      const bridges = (r?.body as { bridges?: BridgeRow[] } | undefined)?.bridges ?? [];
      for (const b of bridges) if (b.state !== 'stopped') rows.push({ ...b, node: addr });
    }),
  );
  return rows.sort((a, b) => a.bridge.localeCompare(b.bridge));
}

function lagTable(rows: Array<BridgeRow & { node: string }>): string {
  const now = Date.now();
  const head = `${'BRIDGE'.padEnd(20)} ${'STATE'.padEnd(12)} ${'LAG MSGS'.padStart(9)} ${'LAG BYTES'.padStart(10)} ${'LAG S'.padStart(7)} ${'ON LINK'.padStart(8)} ${'MSG/S'.padStart(8)} ${'LAST ACK'.padStart(9)}  NODE`;
  const lines = rows.map((r) =>
    `${r.bridge.padEnd(20)} ${r.state.padEnd(12)} ${String(r.lagMessages).padStart(9)} ${String(r.lagBytes).padStart(10)} ${r.lagSeconds.toFixed(1).padStart(7)} ${String(r.pendingMessages).padStart(8)} ${r.throughput.toFixed(0).padStart(8)} ${(r.lastAckAtMs ? `${((now - r.lastAckAtMs) / 1000).toFixed(1)}s ago` : 'never').padStart(9)}  ${r.node}${r.state !== 'connected' && r.lastError ? `\n    ${r.lastError}` : ''}`,
  );
  return [head, ...(lines.length > 0 ? lines : ['(no bridge is running: is a site leader up?)'])].join('\n');
}

function admins(opt: string | undefined): string[] {
  const raw = opt ?? process.env['FEDMQ_ADMIN'];
  const list = raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_ADMINS;
  for (const a of list) if (!/^[A-Za-z0-9.\-]+:\d{1,5}$/.test(a)) throw new FedmqError('BAD_REQUEST', `--admin: ${JSON.stringify(a)} is not host:port`);
  return list;
}

interface Reply {
  status: number;
  body: { error?: { code: string; message: string; details?: { leaderId?: number } } } & Record<string, unknown>;
}

async function call(addr: string, method: string, path: string, body?: unknown, timeoutMs = 15_000): Promise<Reply> {
  const res = await fetch(`http://${addr}${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

/** Sends to each admin listener until the leader takes it; other errors are final. */
async function toLeader(list: string[], method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  let last = '';
  for (let round = 0; round < 3; round++) {
    for (const addr of list) {
      let r: Reply;
      try {
        r = await call(addr, method, path, body);
      } catch (err) {
        last = `${addr}: ${(err as Error).message}`;
        continue;
      }
      if (r.status < 300) return r.body;
      const code = r.body.error?.code ?? 'INTERNAL';
      last = `${addr}: ${code}: ${r.body.error?.message ?? r.status}`;
      if (code !== 'NOT_LEADER' && code !== 'NO_LEADER') throw new FedmqError(code as ErrorCode, r.body.error?.message ?? `HTTP ${r.status}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new FedmqError('NO_LEADER', `no admin listener of ${list.join(',')} accepted it as leader (last: ${last})`);
}

interface LeaderStatus {
  raft?: { state: string; commit: number; progress: Record<string, { match: number }> };
}

/** The status of the node that says it leads (the others' progress is empty). */
async function leaderStatus(list: string[]): Promise<LeaderStatus> {
  for (const addr of list) {
    const r = await call(addr, 'GET', '/status').catch(() => null);
    const st = r?.body as LeaderStatus | undefined;
    if (st?.raft?.state === 'leader') return st;
  }
  return {};
}

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n <= 0) throw new FedmqError('BAD_REQUEST', `${name} must be a positive integer, got ${JSON.stringify(v)}`);
    return n;
  };
}

export function addSiteCommands(program: Command, run: (fn: () => Promise<void>) => Promise<void>): void {
  const members = program.command('members').description("change the site's membership, one server at a time");
  members
    .command('add')
    .description('add a node: as a learner first, promoted to voter once it has caught up')
    .requiredOption('--id <n>', 'the new node id', int('--id'))
    .requiredOption('--address <host:port>', "the new node's gRPC address (it runs with join: true)")
    .option('--admin <list>', 'admin host:port of any nodes (or FEDMQ_ADMIN)')
    .option('--learner', 'stay a learner (do not promote)')
    .option('--catch-up-timeout <ms>', 'how long to wait for it to catch up', int('--catch-up-timeout'), 120_000)
    .option('--json', 'JSON')
    .action((o: { id: number; address: string; admin?: string; learner?: boolean; catchUpTimeout: number; json?: boolean }) =>
      run(async () => {
        const list = admins(o.admin);
        await toLeader(list, 'POST', '/raft/members', { action: 'add-learner', id: o.id, address: o.address });
        if (!o.json) process.stdout.write(`node ${o.id} added as a learner; waiting for it to catch up\n`);
        if (o.learner) return;
        const deadline = Date.now() + o.catchUpTimeout;
        for (;;) {
          const st = await leaderStatus(list);
          const match = st.raft?.progress[String(o.id)]?.match ?? 0;
          if (st.raft && match >= st.raft.commit) break;
          if (Date.now() > deadline) throw new FedmqError('TIMEOUT', `node ${o.id} did not catch up within ${o.catchUpTimeout} ms (match ${match}, commit ${st.raft?.commit}); it stays a learner`);
          await new Promise((r) => setTimeout(r, 200));
        }
        const out = await toLeader(list, 'POST', '/raft/members', { action: 'promote', id: o.id });
        process.stdout.write(o.json ? `${JSON.stringify(out)}\n` : `node ${o.id} is a voter\n`);
      }),
    );
  members
    .command('remove')
    .description('remove a node (the leader itself included: it hands over first)')
    .requiredOption('--id <n>', 'the node id', int('--id'))
    .option('--admin <list>', 'admin host:port of any nodes (or FEDMQ_ADMIN)')
    .option('--json', 'JSON')
    .action((o: { id: number; admin?: string; json?: boolean }) =>
      run(async () => {
        const out = await toLeader(admins(o.admin), 'POST', '/raft/members', { action: 'remove', id: o.id });
        process.stdout.write(o.json ? `${JSON.stringify(out)}\n` : `node ${o.id} removed\n`);
      }),
    );

  program
    .command('lag')
    .description('replication lag of every bridge: messages, bytes and seconds not yet committed at the remote site, link state')
    .option('--admin <list>', 'admin host:port of nodes of every site (or FEDMQ_ADMIN); default: deploy/local/two-sites.yaml')
    .option('--json', 'JSON')
    .option('--watch [ms]', 'refresh in place (every second, or every ms)')
    .action((o: { admin?: string; json?: boolean; watch?: string | boolean }) =>
      run(async () => {
        const list = o.admin ?? process.env['FEDMQ_ADMIN'] ? admins(o.admin) : DEFAULT_LAG_ADMINS;
        const every = typeof o.watch === 'string' ? Math.max(100, Number(o.watch) || 1000) : 1000;
        for (;;) {
          const rows = await collectLag(list);
          if (o.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
          else process.stdout.write(`${o.watch ? '\x1b[H\x1b[2J' : ''}${lagTable(rows)}\n`);
          if (!o.watch) return;
          await new Promise((r) => setTimeout(r, every));
        }
      }),
    );

  program
    .command('leader')
    .description('leadership')
    .command('transfer')
    .description('hand leadership to a named voter')
    .requiredOption('--to <n>', 'the node to lead', int('--to'))
    .option('--admin <list>', 'admin host:port of any nodes (or FEDMQ_ADMIN)')
    .option('--json', 'JSON')
    .action((o: { to: number; admin?: string; json?: boolean }) =>
      run(async () => {
        const out = await toLeader(admins(o.admin), 'POST', `/raft/transfer?to=${o.to}`);
        process.stdout.write(o.json ? `${JSON.stringify(out)}\n` : `node ${o.to} leads\n`);
      }),
    );
}
