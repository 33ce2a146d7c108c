// Site operations of `fedmq`: membership changes and leadership transfer, through the admin HTTP
// listeners (any node: a follower's refusal names the leader, and the request goes there).
import type { Command } from 'commander';
import { FedmqError, type ErrorCode } from '../errors.ts';

/** The default local topology's admin listeners (deploy/local/site.yaml). */
export const DEFAULT_ADMINS = ['127.0.0.1:8100', '127.0.0.1:8101', '127.0.0.1:8102'];

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
