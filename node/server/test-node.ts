// Test support: one broker node in this process, on 127.0.0.1 with OS-chosen ports, a temp data
// directory, real LMDB and real gRPC; stopped and removed at the end of the test.
import type { ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../log.ts';
import { FedmqClient, type ClientOptions } from '../client/index.ts';
import { validateNodeConfig } from './config.ts';
import { startNode, type RunningNode } from './node.ts';

export interface TestNodeOptions {
  broker?: Record<string, unknown>;
  site?: string;
  federation?: Record<string, unknown>;
  /** Also listen for STOMP (on a port the OS picks). */
  stomp?: boolean;
  stompHeartbeatMs?: number;
  /** The node's `stomp:` config section (heartbeatMs, writeBufferBytesMax, drainTimeoutMs, ...). */
  stompConfig?: Record<string, unknown>;
  /** Overrides of the `raft:` config section (tickMs 10, electionTimeoutMs 200, ...). */
  raft?: Record<string, unknown>;
  /** Return at once instead of when the node serves clients (it is elected a moment later). */
  noWait?: boolean;
}

/** A 1-node site serving clients. */
export async function startTestNode(t: ExecutionContext, opts: TestNodeOptions = {}): Promise<RunningNode> {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-node-'));
  const config = validateNodeConfig({
    cluster: 'test',
    site: opts.site ?? 'test',
    node: 1,
    dataDir: dir,
    listen: { grpc: '127.0.0.1:0', admin: '127.0.0.1:0', ...(opts.stomp ? { stomp: '127.0.0.1:0' } : {}) },
    members: [{ id: 1, grpc: '127.0.0.1:0' }],
    raft: { tickMs: 10, electionTimeoutMs: 200, heartbeatMs: 20, compactEveryEntries: 10_000, ...opts.raft },
    requestTimeoutMs: 5_000,
    ...(opts.broker ? { broker: opts.broker } : {}),
    ...(opts.federation ? { federation: opts.federation } : {}),
    ...(opts.stompHeartbeatMs || opts.stompConfig ? { stomp: { ...(opts.stompHeartbeatMs ? { heartbeatMs: opts.stompHeartbeatMs } : {}), ...opts.stompConfig } } : {}),
    log: { level: 'silent' },
  });
  const node = await startNode(config, { logger: createLogger({ siteId: 'test', nodeId: 1, level: 'silent' }) });
  t.teardown(async () => {
    await node.stop({ transfer: false });
    rmSync(dir, { recursive: true, force: true });
  });
  if (opts.noWait) return node;
  const deadline = Date.now() + 10_000;
  while (!node.core.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  if (!node.core.serving) throw new Error('the test node did not start serving within 10 s');
  return node;
}

export async function connectTo(t: ExecutionContext, node: RunningNode, opts: Partial<ClientOptions> = {}): Promise<FedmqClient> {
  const c = await FedmqClient.connect({ servers: [node.addresses.grpc], ...opts });
  t.teardown(() => c.close());
  return c;
}

/** Waits for a condition, bounded in time. */
export async function until(what: string, cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
