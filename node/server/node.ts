// One broker node: the LMDB store, the Raft host with the broker's state machine, the leader's
// broker core (sessions, dispatch), the gRPC server (Raft peers and the client API, on one port)
// and the admin HTTP listener.
import * as grpc from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import { randomInt } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, type Logger } from '../log.ts';
import { FedmqError } from '../errors.ts';
import { RAFT_DEFAULTS, Raft, Sfc32, type ConfState } from '../raft/core/index.ts';
import { GrpcRaftTransport, RAFT_TRANSPORT_DEFAULTS } from '../raft/transport/index.ts';
import { RaftHost } from '../raft/host.ts';
import { fedmq } from '../../proto/gen/fedmq.js';
import { BrokerStateMachine } from '../broker/state-machine.ts';
import type { BrokerPolicy } from '../broker/policy.ts';
import { BrokerCore } from '../dispatch/broker-core.ts';
import { brokerServiceDefinition, brokerServiceHandlers } from './broker-service.ts';
import { createMetrics } from './metrics.ts';
import { widenConnectionWindows, widenStreamWindows } from './http2-windows.ts';
import { StompService, type RunningStompListener } from './stomp/listener.ts';
import { stompRelayServiceDefinition } from './stomp/relay.ts';
import { Federation, federationHandlers, federationServiceDefinition } from '../../federation/index.ts';
import { destinationUri } from '../broker/names.ts';
import { LmdbRaftStorage } from '../raft/lmdb-storage.ts';
import { Store } from '../store/index.ts';
import { startAdminServer } from './admin.ts';
import type { NodeConfig } from './config.ts';

export interface RunningNode {
  config: NodeConfig;
  host: RaftHost;
  sm: BrokerStateMachine;
  core: BrokerCore;
  logger: Logger;
  addresses: { grpc: string; admin: string; stomp: string | null };
  /** STOMP connections served here and relayed from here. */
  stomp: StompService;
  /** Graceful stop: a leader hands over first (see shutdownTransferMs). */
  stop(opts?: { transfer?: boolean }): Promise<void>;
}

function splitHostPort(addr: string): { host: string; port: number } {
  const i = addr.lastIndexOf(':');
  return { host: addr.slice(0, i), port: Number(addr.slice(i + 1)) };
}

export async function startNode(config: NodeConfig, opts: { logger?: Logger } = {}): Promise<RunningNode> {
  const logger = opts.logger ?? createLogger({ siteId: config.site, nodeId: config.node, level: config.log.level });
  // Sizes line up: a message <= a transaction (both checked with the config) <= a Raft entry <=
  // a gRPC message, before anything is opened.
  const grpcMax = RAFT_TRANSPORT_DEFAULTS.grpcMessageBytesMax;
  if (config.broker.limits.transactionBytesMax + (64 << 10) > Math.min(grpcMax, RAFT_DEFAULTS.entryBytesMax)) {
    throw new FedmqError('CONFIG_INVALID', `broker.limits.transactionBytesMax (${config.broker.limits.transactionBytesMax}) plus 64 KiB of framing exceeds a Raft entry (${RAFT_DEFAULTS.entryBytesMax}) or a gRPC message (${grpcMax})`);
  }
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
  const sm = new BrokerStateMachine(store, { site: config.site, ...(bootstrap ? { bootstrap } : {}) });
  const tick = config.raft.tickMs;
  const raft = new Raft({
    id: config.node,
    storage: log,
    prng: new Sfc32(randomInt(2 ** 31)),
    applied: sm.applied().index,
    electionTimeoutTicks: config.raft.electionTimeoutMs / tick,
    heartbeatTicks: config.raft.heartbeatMs / tick,
  });
  const host = new RaftHost({
    raft,
    log,
    stateMachine: sm,
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
  const core = new BrokerCore({
    sm,
    propose: (data) => host.propose(data),
    isLeader: () => host.isLeader(),
    logger,
    limits: config.broker.limits,
    policy: brokerPolicy(config),
    autoCreate: config.broker.autoCreate,
  });
  host.onLeaderChange(() => core.leadershipChanged());
  const federation = new Federation({
    cluster: config.cluster,
    site: config.site,
    sites: config.federation.sites,
    bridges: config.federation.bridges,
    core,
    sm,
    host,
    logger,
  });
  const stompService = new StompService({
    core,
    logger,
    messageBytesMax: config.broker.limits.messageBytesMax,
    heartbeatMs: config.stomp.heartbeatMs,
    readyWaitMs: config.requestTimeoutMs,
    writeBufferBytesMax: config.stomp.writeBufferBytesMax,
    drainTimeoutMs: config.stomp.drainTimeoutMs,
    leaderHint: () => {
      const lead = host.leaderId();
      return lead ? `node ${lead} of site ${config.site} (gRPC ${host.addressOf(lead) ?? '?'}), or any node of the site` : `any node of site ${config.site} once a leader is elected`;
    },
    routing: {
      cluster: config.cluster,
      nodeId: config.node,
      site: config.site,
      isLeader: () => host.isLeader(),
      leader: () => {
        const lead = host.leaderId();
        const address = lead && lead !== config.node ? host.addressOf(lead) : undefined;
        return lead && address ? { id: lead, address } : null;
      },
      onLeaderChange: (fn) => host.onLeaderChange((lead) => fn(lead)),
      waitForLeaderMs: config.stomp.relayWaitForLeaderMs,
      drainTimeoutMs: config.stomp.drainTimeoutMs,
      grpcMessageBytesMax: config.broker.limits.messageBytesMax + (1 << 20),
    },
  });
  const server = new grpc.Server(transport.serverOptions());
  widenStreamWindows(server, logger);
  transport.addTo(server);
  server.addService(
    brokerServiceDefinition,
    brokerServiceHandlers({
      core,
      sm,
      host,
      site: config.site,
      nodeId: config.node,
      logger,
      welcome: {
        messageBytesMax: config.broker.limits.messageBytesMax,
        transactionBytesMax: config.broker.limits.transactionBytesMax,
        dedupeWindowMs: config.broker.policy.dedupeWindowMs,
      },
      readyWaitMs: config.requestTimeoutMs,
    }),
  );
  server.addService(stompRelayServiceDefinition, stompService.relayHandlers(config.cluster));
  server.addService(
    federationServiceDefinition,
    federationHandlers({
      cluster: config.cluster,
      site: config.site,
      nodeId: config.node,
      knownSites: new Set(config.federation.sites.map((s) => s.name)),
      autoCreate: config.broker.autoCreate,
      core,
      sm,
      host,
      logger,
      readyWaitMs: config.requestTimeoutMs,
    }),
  );
  const grpcPort = await new Promise<number>((res, rej) =>
    server.bindAsync(config.listen.grpc, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? rej(err) : res(port))),
  );
  widenConnectionWindows(server, logger);
  const grpcAddr = `${splitHostPort(config.listen.grpc).host}:${grpcPort}`;

  host.start(transport);
  federation.start();
  const adminListen = splitHostPort(config.listen.admin);
  let admin: HttpServer;
  try {
    admin = await startAdminServer(
      {
        host,
        kv: sm.kv,
        identity: { cluster: config.cluster, site: config.site, node: config.node },
        addresses: { grpc: grpcAddr, admin: config.listen.admin },
        transportStats: () => transport.stats(),
        metrics: createMetrics({ sm, core, host, site: config.site, node: config.node, bridges: () => federation.stats() }),
        bridges: () => federation.stats(),
        destinations: () => {
          const counts = host.isLeader() ? core.consumerCounts() : new Map<number, number>();
          return [...sm.destinations()].map((r) => ({
            destination: r.durableSubscription ? `durable://${r.durableSubscription}` : destinationUri({ kind: r.destination!.kind!, name: r.destination!.name! }),
            depth: Number(r.depth),
            bytes: Number(r.bytes),
            enqueued: Number(r.enqueued),
            acked: Number(r.acked),
            redelivered: Number(r.redelivered),
            deadLettered: Number(r.deadLettered),
            expired: Number(r.expired),
            consumers: counts.get(r.id) ?? 0,
            temporary: r.temporary,
          }));
        },
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
  let stomp: RunningStompListener | null = null;
  if (config.listen.stomp) {
    try {
      stomp = await stompService.listen(splitHostPort(config.listen.stomp));
    } catch (err) {
      await new Promise<void>((res) => admin.close(() => res()));
      await federation.stop();
      core.close();
      await host.stop();
      await transport.close();
      server.forceShutdown();
      await store.close();
      throw err;
    }
  }
  const adminAddress = admin.address();
  const adminAddr = typeof adminAddress === 'object' && adminAddress ? `${adminListen.host}:${adminAddress.port}` : config.listen.admin;
  logger.info({ grpc: grpcAddr, admin: adminAddr, stomp: stomp?.address ?? null, dataDir, config: { ...config, members: config.members.length } }, 'node started');

  let stopping: Promise<void> | null = null;
  const stop = (stopOpts: { transfer?: boolean } = {}): Promise<void> => {
    stopping ??= (async () => {
      if (stopOpts.transfer !== false && host.isLeader()) await handOver(host, config.shutdownTransferMs, logger);
      await federation.stop();
      await stompService.close();
      core.close();
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

  return { config, host, sm, core, logger, addresses: { grpc: grpcAddr, admin: adminAddr, stomp: stomp?.address ?? null }, stomp: stompService, stop };
}

function brokerPolicy(config: NodeConfig): BrokerPolicy {
  const p = config.broker.policy;
  return {
    maxDeliveries: p.maxDeliveries,
    dlqStrategy: p.dlqStrategy === 'per-destination' ? fedmq.v1.DlqStrategy.DLQ_PER_DESTINATION : fedmq.v1.DlqStrategy.DLQ_SHARED,
    dlqMessagesMax: p.dlqMessagesMax,
    dlqBytesMax: p.dlqBytesMax,
    expiredToDlq: p.expiredToDlq,
    dedupeWindowMs: p.dedupeWindowMs,
    inactiveDurableTimeoutMs: p.inactiveDurableTimeoutMs,
  };
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
