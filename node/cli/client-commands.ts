// The client commands of `fedmq`: send, consume, browse, purge, destinations, status. Each
// works through any node of a site (--server, or FEDMQ_SERVER, or the default local topology)
// and prints JSON with --json.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { FedmqError } from '../errors.ts';
import { FedmqClient, type DestinationRef, type ReceivedMessage } from '../client/index.ts';
import type { Headers } from '../broker/headers.ts';

/** The default local topology's nodes (deploy/local/site.yaml): the first keeps port 7100. */
export const DEFAULT_SERVERS = ['127.0.0.1:7100', '127.0.0.1:7101', '127.0.0.1:7102'];

export function servers(opt: string | undefined): string[] {
  const raw = opt ?? process.env['FEDMQ_SERVER'];
  if (!raw) return DEFAULT_SERVERS;
  const list = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const s of list) {
    if (!/^[A-Za-z0-9.\-]+:\d{1,5}$/.test(s)) throw new FedmqError('BAD_REQUEST', `--server: ${JSON.stringify(s)} is not host:port`);
  }
  if (list.length === 0) throw new FedmqError('BAD_REQUEST', '--server: no address given');
  return list;
}

/** "queue://a", "topic://b", or a bare name (a queue). */
export function parseDestination(s: string): DestinationRef {
  if (s.startsWith('queue://')) return { queue: s.slice(8) };
  if (s.startsWith('topic://')) return { topic: s.slice(8) };
  if (s.includes('://')) throw new FedmqError('DESTINATION_INVALID', `${JSON.stringify(s)}: use queue://NAME or topic://NAME`);
  return { queue: s };
}

function uri(d: DestinationRef): string {
  return 'queue' in d ? `queue://${d.queue}` : `topic://${d.topic}`;
}

function parseHeaders(list: string[]): Headers {
  const h: Headers = {};
  for (const kv of list) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new FedmqError('BAD_REQUEST', `--header ${JSON.stringify(kv)}: expected NAME=VALUE`);
    const v = kv.slice(i + 1);
    h[kv.slice(0, i)] = /^-?\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
  }
  return h;
}

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < 0) throw new FedmqError('BAD_REQUEST', `${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
    return n;
  };
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

function messageJson(m: ReceivedMessage): Record<string, unknown> {
  return {
    id: m.id,
    destination: uri(m.destination),
    headers: m.headers,
    body: m.body.toString('utf8'),
    persistent: m.persistent,
    priority: m.priority,
    timestampMs: m.timestampMs,
    expiresAtMs: m.expiresAtMs,
    correlationId: m.correlationId,
    replyTo: m.replyTo ? uri(m.replyTo) : null,
    deliveryCount: m.deliveryCount,
    redelivered: m.redelivered,
  };
}

function print(json: boolean, obj: unknown, human: string): void {
  process.stdout.write(json ? `${JSON.stringify(obj)}\n` : `${human}\n`);
}

export function addClientCommands(program: Command, run: (fn: () => Promise<void>) => Promise<void>): void {
  program
    .command('send')
    .description('send messages (persistent: acknowledged after quorum commit)')
    .argument('<destination>', 'queue://NAME, topic://NAME, or a queue name')
    .argument('[body]', 'the body (default: standard input)')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--count <n>', 'send the body this many times', int('--count'), 1)
    .option('--header <name=value>', 'a header (repeatable)', collect, [])
    .option('--priority <0-9>', 'priority', int('--priority'))
    .option('--ttl <ms>', 'time to live', int('--ttl'))
    .option('--delay <ms>', 'delivery delay', int('--delay'))
    .option('--correlation-id <id>', 'correlation id')
    .option('--reply-to <destination>', 'reply-to destination')
    .option('--message-id <id>', 'the message id (idempotent retries); with --count, a suffix -N is added')
    .option('--non-persistent', "held in the leader's memory only: lost on failover")
    .option('--json', 'one JSON line per receipt')
    .action((dest: string, body: string | undefined, o: { server?: string; count: number; header: string[]; priority?: number; ttl?: number; delay?: number; correlationId?: string; replyTo?: string; messageId?: string; nonPersistent?: boolean; json?: boolean }) =>
      run(async () => {
        const d = parseDestination(dest);
        const payload = body ?? readFileSync(0, 'utf8');
        const client = await FedmqClient.connect({ servers: servers(o.server), clientName: 'fedmq-cli' });
        try {
          const sends = [];
          for (let i = 0; i < o.count; i++) {
            sends.push(
              client.send(d, payload, {
                headers: parseHeaders(o.header),
                persistent: !o.nonPersistent,
                ...(o.priority !== undefined ? { priority: o.priority } : {}),
                ...(o.ttl !== undefined ? { ttlMs: o.ttl } : {}),
                ...(o.delay !== undefined ? { delayMs: o.delay } : {}),
                ...(o.correlationId ? { correlationId: o.correlationId } : {}),
                ...(o.replyTo ? { replyTo: parseDestination(o.replyTo) } : {}),
                ...(o.messageId ? { messageId: o.count > 1 ? `${o.messageId}-${i + 1}` : o.messageId } : {}),
              }),
            );
          }
          const receipts = await Promise.all(sends);
          for (const r of receipts) print(!!o.json, { destination: uri(d), ...r }, `sent ${r.messageId} to ${uri(d)}${r.duplicate ? ' (duplicate: the site already had it)' : ''}`);
        } finally {
          client.close();
        }
      }),
    );

  program
    .command('consume')
    .description('receive messages and acknowledge them')
    .argument('<destination>', 'queue://NAME, topic://NAME, or a queue name (wildcards * and > allowed)')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--count <n>', 'stop after this many (0: until Ctrl-C or --timeout)', int('--count'), 0)
    .option('--timeout <ms>', 'stop when nothing arrives for this long (0: wait forever)', int('--timeout'), 0)
    .option('--selector <sql>', 'JMS selector over headers')
    .option('--prefetch <n>', 'unacknowledged messages held at most', int('--prefetch'), 100)
    .option('--ack <mode>', 'auto | client | individual', 'auto')
    .option('--durable <name>', 'a durable topic subscription (needs --client-id)')
    .option('--client-id <id>', 'the client id (durable subscriptions)')
    .option('--json', 'one JSON line per message')
    .action((dest: string, o: { server?: string; count: number; timeout: number; selector?: string; prefetch: number; ack: string; durable?: string; clientId?: string; json?: boolean }) =>
      run(async () => {
        if (!['auto', 'client', 'individual'].includes(o.ack)) throw new FedmqError('BAD_REQUEST', `--ack must be auto, client or individual, got ${o.ack}`);
        const client = await FedmqClient.connect({ servers: servers(o.server), clientName: 'fedmq-cli', ...(o.clientId ? { clientId: o.clientId } : {}) });
        let n = 0;
        let last = Date.now();
        let done!: () => void;
        const finished = new Promise<void>((r) => (done = r));
        const consumer = await client.subscribe(
          parseDestination(dest),
          async (m) => {
            if (o.count > 0 && n >= o.count) throw new Error('enough'); // returned unacknowledged
            n++;
            last = Date.now();
            print(!!o.json, messageJson(m), `${m.id} ${uri(m.destination)} ${m.redelivered ? `(redelivered, delivery ${m.deliveryCount}) ` : ''}${m.body.toString('utf8')}`);
            if (o.ack !== 'auto') await m.ack();
            if (o.count > 0 && n >= o.count) done();
          },
          { ackMode: o.ack as 'auto' | 'client' | 'individual', prefetch: o.count > 0 ? Math.min(o.prefetch, o.count) : o.prefetch, ...(o.selector ? { selector: o.selector } : {}), ...(o.durable ? { durableName: o.durable } : {}) },
        );
        const idle = o.timeout > 0 ? setInterval(() => Date.now() - last >= o.timeout && done(), Math.min(100, o.timeout)) : null;
        process.once('SIGINT', () => done());
        await finished;
        if (idle) clearInterval(idle);
        await new Promise((r) => setTimeout(r, 50)); // let the last acks leave
        await consumer.close();
        client.close();
        if (!o.json) process.stderr.write(`received ${n}\n`);
      }),
    );

  program
    .command('browse')
    .description('show the messages in a queue (or durable subscription CLIENT:NAME) without removing them')
    .argument('<destination>', 'queue://NAME or a queue name; durable://CLIENT:NAME for a durable subscription')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--limit <n>', 'at most this many', int('--limit'), 100)
    .option('--selector <sql>', 'JMS selector over headers')
    .option('--json', 'JSON')
    .action((dest: string, o: { server?: string; limit: number; selector?: string; json?: boolean }) =>
      run(async () => {
        const client = FedmqClient.lazy({ servers: servers(o.server) });
        try {
          const target = dest.startsWith('durable://') ? { durable: dest.slice(10) } : parseDestination(dest);
          const msgs = await client.browse(target, { limit: o.limit, ...(o.selector ? { selector: o.selector } : {}) });
          if (o.json) print(true, msgs.map(messageJson), '');
          else for (const m of msgs) process.stdout.write(`${m.id} p${m.priority} deliveries=${m.deliveryCount} ${m.body.toString('utf8')}\n`);
        } finally {
          client.close();
        }
      }),
    );

  program
    .command('purge')
    .description('remove every message of a queue')
    .argument('<destination>', 'queue://NAME or a queue name')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--json', 'JSON')
    .action((dest: string, o: { server?: string; json?: boolean }) =>
      run(async () => {
        const client = FedmqClient.lazy({ servers: servers(o.server) });
        try {
          const d = parseDestination(dest);
          const removed = await client.purge(d);
          print(!!o.json, { destination: uri(d), removed }, `purged ${removed} messages from ${uri(d)}`);
        } finally {
          client.close();
        }
      }),
    );

  program
    .command('destinations')
    .description('list destinations with their depth and counters')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--json', 'JSON')
    .action((o: { server?: string; json?: boolean }) =>
      run(async () => {
        const client = FedmqClient.lazy({ servers: servers(o.server) });
        try {
          const list = await client.listDestinations();
          const rows = list.map((d) => ({
            destination: d.durableSubscription ? `durable://${d.durableSubscription}` : uri(d.destination?.kind === 2 ? { topic: d.destination.name ?? '' } : { queue: d.destination?.name ?? '' }),
            depth: Number(d.depth ?? 0),
            enqueued: Number(d.enqueued ?? 0),
            acked: Number(d.acked ?? 0),
            redelivered: Number(d.redelivered ?? 0),
            deadLettered: Number(d.deadLettered ?? 0),
            expired: Number(d.expired ?? 0),
            consumers: d.consumers ?? 0,
            temporary: d.temporary ?? false,
          }));
          if (o.json) print(true, rows, '');
          else {
            process.stdout.write(`${'DESTINATION'.padEnd(40)} ${'DEPTH'.padStart(9)} ${'ENQUEUED'.padStart(9)} ${'ACKED'.padStart(9)} ${'DLQ'.padStart(6)} ${'CONSUMERS'.padStart(9)}\n`);
            for (const r of rows) process.stdout.write(`${r.destination.padEnd(40)} ${String(r.depth).padStart(9)} ${String(r.enqueued).padStart(9)} ${String(r.acked).padStart(9)} ${String(r.deadLettered).padStart(6)} ${String(r.consumers).padStart(9)}\n`);
          }
        } finally {
          client.close();
        }
      }),
    );

  program
    .command('status')
    .description('the status of each node: role, term, commit and applied index, replication lag')
    .option('--server <list>', 'host:port[,host:port...] of any nodes (or FEDMQ_SERVER)')
    .option('--json', 'JSON')
    .action((o: { server?: string; json?: boolean }) =>
      run(async () => {
        const list = servers(o.server);
        const client = FedmqClient.lazy({ servers: list });
        try {
          const rows = await Promise.all(
            list.map((addr) =>
              client.status(addr).then(
                (s) => ({
                  address: addr,
                  ok: true as const,
                  status: { site: s.site, nodeId: s.nodeId, role: s.role, term: s.term, leaderId: s.leaderId, leaderAddress: s.leaderAddress, commit: s.commit, applied: s.applied, lastIndex: s.lastIndex, serving: s.serving, peers: s.peers.map((p) => ({ nodeId: p.nodeId, address: p.address, voter: p.voter, match: p.match, lag: p.lag })) },
                }),
                (err: unknown) => ({ address: addr, ok: false as const, error: (err as Error).message }),
              ),
            ),
          );
          if (o.json) print(true, rows, '');
          else {
            for (const r of rows) {
              if (!r.ok) {
                process.stdout.write(`${r.address}: unreachable (${r.error})\n`);
                continue;
              }
              const s = r.status;
              process.stdout.write(`${r.address}: site ${s.site} node ${s.nodeId} ${s.role}${s.serving ? ' (serving)' : ''} term ${s.term} commit ${s.commit} applied ${s.applied} leader ${s.leaderId || 'none'}\n`);
              if (s.role === "leader") for (const p of s.peers.filter((x) => x.nodeId !== s.nodeId)) process.stdout.write(`    peer ${p.nodeId}: match ${p.match}, lag ${p.lag} entries\n`);
            }
          }
          if (rows.every((r) => !r.ok)) throw new FedmqError('NO_LEADER', `no node of ${list.join(',')} answered`);
        } finally {
          client.close();
        }
      }),
    );
}
