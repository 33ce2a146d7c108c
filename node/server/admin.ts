// The admin HTTP listener of a node: /healthz, /readyz, /status, the Raft demo's key-value
// API, leadership transfer and membership changes. JSON in and out; errors carry the
// catalogue code and, where it helps, the leader to retry on.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ConfChangeType } from '../raft/core/index.ts';
import { FedmqError, isFedmqError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Registry } from 'prom-client';
import type { RaftHost } from '../raft/host.ts';
import { kvEntry } from '../broker/state-machine.ts';
import { encodeKvDelete, encodeKvPut, type KvTable } from '../raft/kv-state-machine.ts';

/** Request bodies larger than this are refused (the demo's values are small). */
const ADMIN_BODY_BYTES_MAX = 1 << 20;

export interface AdminContext {
  host: RaftHost;
  kv: KvTable;
  identity: { cluster: string; site: string; node: number };
  addresses: { grpc: string; admin: string };
  /** Per-peer connection state and counters of the Raft transport. */
  transportStats: () => unknown;
  /** Prometheus registry (/metrics). */
  metrics: Registry;
  /** The broker's destinations as JSON (/destinations). */
  destinations: () => unknown;
  /** This node's bridges and their replication lag (/bridges). */
  bridges: () => unknown;
  logger: Logger;
}

export function startAdminServer(ctx: AdminContext, listen: { host: string; port: number }): Promise<Server> {
  const log = ctx.logger.child({ component: 'admin' });
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      log.warn({ err, url: req.url }, 'admin request failed');
      sendError(res, err);
    });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

async function handle(ctx: AdminContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://admin');
  const path = url.pathname;
  const method = req.method ?? 'GET';

  if (path === '/healthz' && method === 'GET') {
    return sendJson(res, 200, { ok: true });
  }
  if (path === '/readyz' && method === 'GET') {
    const s = ctx.host.status();
    const ready = s.lead !== 0;
    return sendJson(res, ready ? 200 : 503, { ready, lead: s.lead, term: s.term });
  }
  if (path === '/metrics' && method === 'GET') {
    const text = await ctx.metrics.metrics();
    res.writeHead(200, { 'content-type': ctx.metrics.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  if (path === '/bridges' && method === 'GET') {
    return sendJson(res, 200, { bridges: ctx.bridges() });
  }
  if (path === '/destinations' && method === 'GET') {
    return sendJson(res, 200, { destinations: ctx.destinations() });
  }
  if (path === '/status' && method === 'GET') {
    const s = ctx.host.status();
    return sendJson(res, 200, {
      ...ctx.identity,
      addresses: ctx.addresses,
      raft: { ...s, leaderAddress: s.lead !== 0 ? ctx.host.addressOf(s.lead) : null },
      transport: ctx.transportStats(),
      kv: { keys: ctx.kv.size() },
    });
  }
  if (path.startsWith('/kv/')) {
    const key = decodeURIComponent(path.slice(4));
    if (key.length === 0 || key.length > 1024) throw new FedmqError('BAD_FRAME', 'the key must be 1 to 1024 characters');
    if (method === 'GET') {
      requireLeader(ctx);
      await ctx.host.readBarrier();
      const value = ctx.kv.get(key);
      if (value === undefined) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no key ${key}` } });
      return sendJson(res, 200, { key, value: Buffer.from(value).toString('utf8') });
    }
    if (method === 'PUT') {
      requireLeader(ctx);
      const body = await readBody(req);
      const out = await ctx.host.propose(kvEntry(encodeKvPut(key, body)));
      return sendJson(res, 200, { index: out.index, term: out.term });
    }
    if (method === 'DELETE') {
      requireLeader(ctx);
      const out = await ctx.host.propose(kvEntry(encodeKvDelete(key)));
      return sendJson(res, 200, { index: out.index, term: out.term });
    }
  }
  if (path === '/raft/transfer' && method === 'POST') {
    const to = Number(url.searchParams.get('to'));
    if (!Number.isSafeInteger(to) || to <= 0) throw new FedmqError('BAD_FRAME', 'give the target node as ?to=ID');
    const ok = ctx.host.transferLeadership(to);
    if (!ok) throw new FedmqError('MEMBERSHIP_REFUSED', `cannot transfer leadership to node ${to}: it is not a voter, or no leader is known`);
    return sendJson(res, 202, { transferringTo: to });
  }
  if (path === '/raft/members' && method === 'POST') {
    requireLeader(ctx);
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as { action?: string; id?: number; address?: string };
    const types: Record<string, ConfChangeType> = {
      'add-learner': ConfChangeType.CONF_ADD_LEARNER,
      promote: ConfChangeType.CONF_PROMOTE,
      remove: ConfChangeType.CONF_REMOVE,
    };
    const type = body.action !== undefined ? types[body.action] : undefined;
    if (type === undefined) throw new FedmqError('BAD_FRAME', 'action must be add-learner, promote or remove');
    if (!Number.isSafeInteger(body.id) || (body.id ?? 0) <= 0) throw new FedmqError('BAD_FRAME', 'id must be a positive integer');
    if (type === ConfChangeType.CONF_ADD_LEARNER && !/^[A-Za-z0-9.\-]+:\d{1,5}$/.test(body.address ?? '')) {
      throw new FedmqError('BAD_FRAME', 'add-learner needs the new node address as host:port');
    }
    const out = await ctx.host.proposeConfChange({ type, nodeId: body.id!, address: body.address ?? '' });
    return sendJson(res, 200, { index: out.index, term: out.term, confState: ctx.host.status().confState });
  }
  return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no route ${method} ${path}` } });
}

function requireLeader(ctx: AdminContext): void {
  if (ctx.host.isLeader()) return;
  const lead = ctx.host.leaderId();
  if (lead === 0) throw new FedmqError('NO_LEADER', 'the site has no leader right now; retry shortly');
  throw new FedmqError('NOT_LEADER', `node ${lead} is the leader; send this to it`, { leaderId: lead, leaderAddress: ctx.host.addressOf(lead) });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (c: Buffer) => {
      bytes += c.length;
      if (bytes > ADMIN_BODY_BYTES_MAX) {
        reject(new FedmqError('ENTRY_TOO_LARGE', `request body over ${ADMIN_BODY_BYTES_MAX} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const HTTP_STATUS: Record<string, number> = {
  BAD_FRAME: 400,
  CONFIG_INVALID: 400,
  NOT_LEADER: 421,
  NO_LEADER: 503,
  LEADER_CHANGED: 503,
  OVERLOADED: 429,
  ENTRY_TOO_LARGE: 413,
  MEMBERSHIP_REFUSED: 409,
  TIMEOUT: 504,
  SHUTTING_DOWN: 503,
};

function sendError(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof SyntaxError) return sendJson(res, 400, { error: { code: 'BAD_FRAME', message: `invalid JSON: ${err.message}` } });
  if (isFedmqError(err)) {
    return sendJson(res, HTTP_STATUS[err.code] ?? 500, { error: { code: err.code, message: err.message, ...err.details } });
  }
  sendJson(res, 500, { error: { code: 'INTERNAL', message: (err as Error).message } });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
