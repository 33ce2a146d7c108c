// One broker node: the LMDB store, the Raft host with its state machine, the gRPC server
// (Raft peers today; the client API and bridges later) and the admin HTTP listener.
import * as grpc from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import { randomInt } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, type Logger } from '../log.ts';
import { Raft, Sfc32, type ConfState } from '../raft/core/index.ts';
import { GrpcRaftTransport } from '../raft/transport/index.ts';
import { RaftHost } from '../raft/host.ts';
import { KvStateMachine } from '../raft/kv-state-machine.ts';
import { LmdbRaftStorage } from '../raft/lmdb-storage.ts';
import { Store } from '../store/index.ts';
import { startAdminServer } from './admin.ts';
import type { NodeConfig } from './config.ts';

export interface RunningNode {
  config: NodeConfig;
  host: RaftHost;
  kv: KvStateMachine;
  logger: Logger;
  addresses: { grpc: string; admin: string };
  /** Graceful stop: a leader hands over first (see shutdownTransferMs). */
  stop(opts?: { transfer?: boolean }): Promise<void>;
}

function splitHostPort(addr: string): { host: string; port: number } {
  const i = addr.lastIndexOf(':');
  return { host: addr.slice(0, i), port: Number(addr.slice(i + 1)) };
}

export async function startNode(config: NodeConfig, opts: { logger?: Logger } = {}): Promise<RunningNode> {
  const logger = opts.logger ?? createLogger({ siteId: config.site, nodeId: config.node, level: config.log.level });
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const identity = { clusterId: config.cluster, siteId: config.site, nodeId: config.node };

  const store = await Store.open({ dir: dataDir, identity });
  const bootstrap: ConfState | undefined = config.join
    ? undefined
    : {
        voters: config.members.map((m) => m.id).sort((a, b) => a - b),
        learners: [],
        members: config.members.map((m) => ({ nodeId: m.id, address: m.grpc })).sort((a, b) => a.nodeId - b.nodeId),
      };
  const log = LmdbRaftStorage.open(store, bootstrap ? { bootstrap } : {});
  const kv = new KvStateMachine(store, bootstrap ? { bootstrap } : {});
  const tick = config.raft.tickMs;
  const raft = new Raft({
    id: config.node,
    storage: log,
    prng: new Sfc32(randomInt(2 ** 31)),
    applied: kv.applied().index,
    electionTimeoutTicks: config.raft.electionTimeoutMs / tick,
    heartbeatTicks: config.raft.heartbeatMs / tick,
  });
  const host = new RaftHost({
    raft,
    log,
    stateMachine: kv,
    logger,
    tickMs: tick,
    requestTimeoutMs: config.requestTimeoutMs,
    compactEveryEntries: config.raft.compactEveryEntries,
  });

  // Snapshot images staged by an earlier run (partial, or received and never installed) are
  // of no use now and may be as large as the whole state.
  const stagingDir = join(dataDir, 'snapshots-incoming');
  rmSync(stagingDir, { recursive: true, force: true });
  const transport = new GrpcRaftTransport({
    identity,
    peers: new Map(),
    handler: host,
    logger,
    stagingDir,
  });
  const server = new grpc.Server(transport.serverOptions());
  transport.addTo(server);
  const grpcPort = await new Promise<number>((res, rej) =>
    server.bindAsync(config.listen.grpc, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? rej(err) : res(port))),
  );
  const grpcAddr = `${splitHostPort(config.listen.grpc).host}:${grpcPort}`;

  host.start(transport);
  const adminListen = splitHostPort(config.listen.admin);
  let admin: HttpServer;
  try {
    admin = await startAdminServer(
      {
        host,
        kv,
        identity: { cluster: config.cluster, site: config.site, node: config.node },
        addresses: { grpc: grpcAddr, admin: config.listen.admin },
        transportStats: () => transport.stats(),
        logger,
      },
      adminListen,
    );
  } catch (err) {
    await host.stop();
    await transport.close();
    server.forceShutdown();
    await store.close();
    throw err;
  }
  const adminAddress = admin.address();
  const adminAddr = typeof adminAddress === 'object' && adminAddress ? `${adminListen.host}:${adminAddress.port}` : config.listen.admin;
  logger.info({ grpc: grpcAddr, admin: adminAddr, dataDir, config: { ...config, members: config.members.length } }, 'node started');

  let stopping: Promise<void> | null = null;
  const stop = (stopOpts: { transfer?: boolean } = {}): Promise<void> => {
    stopping ??= (async () => {
      if (stopOpts.transfer !== false && host.isLeader()) await handOver(host, config.shutdownTransferMs, logger);
      await host.stop();
      await transport.close();
      await new Promise<void>((res) => admin.close(() => res()));
      admin.closeAllConnections();
      await new Promise<void>((res) => server.tryShutdown(() => res()));
      await store.close();
      logger.info('node stopped');
    })();
    return stopping;
  };

  return { config, host, kv, logger, addresses: { grpc: grpcAddr, admin: adminAddr }, stop };
}

/** A leader about to exit hands leadership to its most caught-up voter and waits for it to take over. */
async function handOver(host: RaftHost, waitMs: number, logger: Logger): Promise<void> {
  const s = host.status();
  let best = 0;
  let bestMatch = -1;
  for (const id of s.confState.voters) {
    if (id === s.id) continue;
    const match = s.progress[id]?.match ?? -1;
    if (match > bestMatch) {
      best = id;
      bestMatch = match;
    }
  }
  if (best === 0) return;
  logger.info({ to: best }, 'handing over leadership before exit');
  const deadline = Date.now() + waitMs;
  host.transferLeadership(best);
  while (host.isLeader() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
  }
}
