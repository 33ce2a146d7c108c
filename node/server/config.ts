// The node's configuration: YAML (the `yaml` package), validated with zod, including the
// rules that span fields. A bad config names the field and why; the node exits non-zero.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { FedmqError } from '../errors.ts';
import { DestinationKind, checkPattern, patternsOverlap } from '../broker/names.ts';

/** Every tunable of a node, with its default and the reason for it. */
export const NODE_DEFAULTS = {
  // The Raft clock. 10 ms keeps fast failover's jitter (a fifth of the election timeout) fine-grained.
  tickMs: 10,
  // A silent leader is replaced after 1-2 election timeouts; 1 s keeps a busy 2-core machine from
  // electing without cause, and a connection reset (kill -9) fails over far faster (see raft core).
  electionTimeoutMs: 1000,
  heartbeatMs: 100,
  // Compact the log once this many entries are applied past the last compaction point, keeping
  // as many again for followers that lag a little (they get a snapshot past that).
  compactEveryEntries: 10_000,
  // A proposal or read waits at most this long for its outcome.
  requestTimeoutMs: 10_000,
  // On SIGTERM a leader hands over leadership and waits at most this long before exiting.
  shutdownTransferMs: 3_000,
  logLevel: 'info',
} as const;

/**
 * The broker's defaults. Sizes line up (asserted below): a message <= a transaction <= a Raft
 * entry (4 MiB, less 64 KiB of framing) <= a gRPC message.
 */
export const BROKER_DEFAULTS = {
  autoCreate: true,
  limits: {
    messageBytesMax: 1 << 20,
    transactionBytesMax: 3 << 20,
    // A stand-in for the disk: the LMDB map is 1 GiB, and Raft's log shares it.
    storeBytesMax: 512 << 20,
    storeMessagesMax: 5_000_000,
    destinationMessagesMax: 1_000_000,
    destinationBytesMax: 256 << 20,
    memoryMessagesMax: 100_000,
    prefetchMax: 10_000,
  },
  policy: {
    maxDeliveries: 7,
    dlqStrategy: 'shared' as 'shared' | 'per-destination',
    dlqMessagesMax: 100_000,
    dlqBytesMax: 256 << 20,
    expiredToDlq: true,
    dedupeWindowMs: 10 * 60_000,
    inactiveDurableTimeoutMs: 0,
  },
  // The SDK retries a send for at most this long (its default); the dedupe window must be longer.
  clientRetryHorizonMs: 60_000,
};

/** Federation defaults: what a bridge does when its config is silent. */
export const BRIDGE_DEFAULTS = {
  // Messages per batch, at most.
  batchSize: 256,
  // A batch waits at most this long to fill (a few ms at most: DESIGN.md).
  lingerMs: 2,
  // Batches in flight on the link: throughput over a long round trip is bounded by bandwidth.
  window: 8,
  // Sites a message may cross; full meshes need only 1.
  hopLimit: 1,
  static: false,
  // A topic bridge's durable subscription keeps at most this many messages while the link is down.
  topicBacklogMax: 100_000,
  // A connected link with messages on it and no acknowledgement for this long is 'stalled'.
  stalledAfterMs: 10_000,
};

/** A Raft entry's largest data less what a command adds around its messages. */
const ENTRY_DATA_BYTES_MAX = (4 << 20) - (64 << 10);

const positive = z.number().int().positive();
const brokerSchema = z
  .object({
    autoCreate: z.boolean().default(BROKER_DEFAULTS.autoCreate),
    limits: z
      .object({
        messageBytesMax: positive.default(BROKER_DEFAULTS.limits.messageBytesMax),
        transactionBytesMax: positive.default(BROKER_DEFAULTS.limits.transactionBytesMax),
        storeBytesMax: positive.default(BROKER_DEFAULTS.limits.storeBytesMax),
        storeMessagesMax: positive.default(BROKER_DEFAULTS.limits.storeMessagesMax),
        destinationMessagesMax: positive.default(BROKER_DEFAULTS.limits.destinationMessagesMax),
        destinationBytesMax: positive.default(BROKER_DEFAULTS.limits.destinationBytesMax),
        memoryMessagesMax: positive.default(BROKER_DEFAULTS.limits.memoryMessagesMax),
        prefetchMax: positive.max(100_000).default(BROKER_DEFAULTS.limits.prefetchMax),
      })
      .strict()
      .default(BROKER_DEFAULTS.limits),
    policy: z
      .object({
        maxDeliveries: positive.max(1000).default(BROKER_DEFAULTS.policy.maxDeliveries),
        dlqStrategy: z.enum(['shared', 'per-destination']).default(BROKER_DEFAULTS.policy.dlqStrategy),
        dlqMessagesMax: positive.default(BROKER_DEFAULTS.policy.dlqMessagesMax),
        dlqBytesMax: positive.default(BROKER_DEFAULTS.policy.dlqBytesMax),
        expiredToDlq: z.boolean().default(BROKER_DEFAULTS.policy.expiredToDlq),
        dedupeWindowMs: positive.default(BROKER_DEFAULTS.policy.dedupeWindowMs),
        inactiveDurableTimeoutMs: z.number().int().min(0).default(BROKER_DEFAULTS.policy.inactiveDurableTimeoutMs),
      })
      .strict()
      .default(BROKER_DEFAULTS.policy),
    clientRetryHorizonMs: positive.default(BROKER_DEFAULTS.clientRetryHorizonMs),
  })
  .strict()
  .default(BROKER_DEFAULTS);

const hostPort = z
  .string()
  .regex(/^[A-Za-z0-9.\-]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:7100')
  .refine((s) => {
    const port = Number(s.slice(s.lastIndexOf(':') + 1));
    return port >= 0 && port <= 65535;
  }, 'port must be 0-65535');

const nodeId = z.number().int().positive().max(2 ** 31);
const name = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be lowercase letters, digits, - or _ (at most 63)');

const bridgeSchema = z
  .object({
    to: name,
    queues: z.array(z.string().min(1)).default([]),
    // Topics (names or patterns): the bridge owns a durable subscription per pattern at the origin.
    topics: z.array(z.string().min(1)).default([]),
    // That subscription's limit: past it the oldest is dropped (a WAN outage never blocks local
    // producers) or, with 'block', producers to those topics are refused with DEST_LIMIT.
    topicBacklogMax: z.number().int().min(1).default(BRIDGE_DEFAULTS.topicBacklogMax),
    topicOverflow: z.enum(['drop-oldest', 'block']).default('drop-oldest'),
    mode: z.literal('forward', { message: "must be 'forward' (mirror mode is not built yet)" }).default('forward'),
    batchSize: z.number().int().min(1).max(10_000).default(BRIDGE_DEFAULTS.batchSize),
    lingerMs: z.number().int().min(0).max(20).default(BRIDGE_DEFAULTS.lingerMs),
    window: z.number().int().min(1).max(1024).default(BRIDGE_DEFAULTS.window),
    hopLimit: z.number().int().min(1).max(16).default(BRIDGE_DEFAULTS.hopLimit),
    static: z.boolean().default(BRIDGE_DEFAULTS.static),
    // The link state turns 'stalled' when messages wait on a connected link with no progress this long.
    stalledAfterMs: z.number().int().min(100).max(3_600_000).default(BRIDGE_DEFAULTS.stalledAfterMs),
  })
  .strict();

export const federationSchema = z
  .object({
    // The other sites: their names and any of their nodes' gRPC addresses.
    sites: z.array(z.object({ name, nodes: z.array(hostPort).min(1) }).strict()).default([]),
    bridges: z.array(bridgeSchema).default([]),
  })
  .strict()
  .default({ sites: [], bridges: [] });

export const nodeConfigSchema = z
  .object({
    cluster: name,
    site: name,
    node: nodeId,
    dataDir: z.string().min(1),
    // stomp: the STOMP 1.2 listener (61613 is the standard port); absent: none.
    listen: z.object({ grpc: hostPort, admin: hostPort, stomp: hostPort.optional() }).strict(),
    members: z.array(z.object({ id: nodeId, grpc: hostPort }).strict()).min(1),
    join: z.boolean().default(false),
    raft: z
      .object({
        tickMs: z.number().int().min(1).max(1000).default(NODE_DEFAULTS.tickMs),
        electionTimeoutMs: z.number().int().min(50).max(60_000).default(NODE_DEFAULTS.electionTimeoutMs),
        heartbeatMs: z.number().int().min(1).max(10_000).default(NODE_DEFAULTS.heartbeatMs),
        compactEveryEntries: z.number().int().min(100).default(NODE_DEFAULTS.compactEveryEntries),
      })
      .strict()
      .default({
        tickMs: NODE_DEFAULTS.tickMs,
        electionTimeoutMs: NODE_DEFAULTS.electionTimeoutMs,
        heartbeatMs: NODE_DEFAULTS.heartbeatMs,
        compactEveryEntries: NODE_DEFAULTS.compactEveryEntries,
      }),
    requestTimeoutMs: z.number().int().min(10).default(NODE_DEFAULTS.requestTimeoutMs),
    shutdownTransferMs: z.number().int().min(0).default(NODE_DEFAULTS.shutdownTransferMs),
    broker: brokerSchema,
    federation: federationSchema,
    // STOMP heart-beats: the server offers to send one every heartbeatMs and to expect one as often
    // (a client may ask for slower); a silent client is cut after twice the agreed interval.
    // The STOMP listener: the heart-beat interval offered both ways; backpressure (a connection
    // whose unsent bytes pass writeBufferBytesMax stops reading until they drain, and is cut when
    // they have not within drainTimeoutMs); how long a follower holds a new client while no leader
    // is known before it answers ERROR.
    stomp: z
      .object({
        heartbeatMs: z.number().int().min(100).max(600_000).default(10_000),
        writeBufferBytesMax: z.number().int().min(64 << 10).max(1 << 30).default(8 << 20),
        drainTimeoutMs: z.number().int().min(100).max(600_000).default(30_000),
        relayWaitForLeaderMs: z.number().int().min(0).max(600_000).default(5_000),
      })
      .strict()
      .default({ heartbeatMs: 10_000, writeBufferBytesMax: 8 << 20, drainTimeoutMs: 30_000, relayWaitForLeaderMs: 5_000 }),
    log: z.object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') }).strict().default({ level: 'info' }),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set<number>();
    const addrs = new Set<string>();
    c.members.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `node id ${m.id} appears twice` });
      if (addrs.has(m.grpc)) ctx.addIssue({ code: 'custom', path: ['members', i, 'grpc'], message: `address ${m.grpc} appears twice` });
      ids.add(m.id);
      addrs.add(m.grpc);
    });
    const self = c.members.find((m) => m.id === c.node);
    if (!c.join && !self) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: `must include this node (${c.node}), or set join: true to start empty and be added later` });
    }
    if (c.join && self) {
      ctx.addIssue({ code: 'custom', path: ['join'], message: `a joining node must not be among the initial members` });
    }
    if (self && self.grpc !== c.listen.grpc && !c.listen.grpc.endsWith(':0')) {
      ctx.addIssue({ code: 'custom', path: ['listen', 'grpc'], message: `must equal this node's address in members (${self.grpc})` });
    }
    const r = c.raft;
    if (r.electionTimeoutMs % r.tickMs !== 0) {
      ctx.addIssue({ code: 'custom', path: ['raft', 'electionTimeoutMs'], message: `must be a multiple of raft.tickMs (${r.tickMs})` });
    }
    if (r.heartbeatMs % r.tickMs !== 0) {
      ctx.addIssue({ code: 'custom', path: ['raft', 'heartbeatMs'], message: `must be a multiple of raft.tickMs (${r.tickMs})` });
    }
    if (r.electionTimeoutMs < 5 * r.heartbeatMs) {
      ctx.addIssue({ code: 'custom', path: ['raft', 'electionTimeoutMs'], message: `must be at least 5 heartbeats (5 × ${r.heartbeatMs} ms)` });
    }
    if (r.electionTimeoutMs / r.tickMs < 5) {
      ctx.addIssue({ code: 'custom', path: ['raft', 'electionTimeoutMs'], message: `must be at least 5 ticks so failover jitter has room` });
    }
    const f = c.federation;
    const known = new Set<string>();
    f.sites.forEach((s, i) => {
      if (s.name === c.site) ctx.addIssue({ code: 'custom', path: ['federation', 'sites', i, 'name'], message: `is this node's own site (${c.site}); list the other sites` });
      if (known.has(s.name)) ctx.addIssue({ code: 'custom', path: ['federation', 'sites', i, 'name'], message: `site ${s.name} appears twice` });
      known.add(s.name);
    });
    const targets = new Set<string>();
    f.bridges.forEach((br, i) => {
      if (br.to === c.site) ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i, 'to'], message: `a bridge from ${c.site} to itself` });
      else if (!known.has(br.to)) ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i, 'to'], message: `unknown site ${br.to} (not in federation.sites)` });
      if (targets.has(br.to)) ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i, 'to'], message: `a second bridge to ${br.to}: put its queues in the first` });
      targets.add(br.to);
      if (br.queues.length === 0 && br.topics.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i], message: 'a bridge forwards at least one queue or topic (name or pattern)' });
      }
      for (const [field, list] of [['queues', br.queues], ['topics', br.topics]] as const) {
        list.forEach((q, k) => {
          try {
            checkPattern({ kind: field === 'queues' ? DestinationKind.QUEUE : DestinationKind.TOPIC, name: q }, field);
          } catch (err) {
            ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i, field, k], message: (err as Error).message });
            return;
          }
          for (let m = 0; m < k; m++) {
            if (patternsOverlap(list[m]!, q)) {
              ctx.addIssue({ code: 'custom', path: ['federation', 'bridges', i, field, k], message: `${q} overlaps ${list[m]} on the same bridge: a ${field === 'queues' ? 'queue' : 'topic'} would be forwarded twice` });
            }
          }
        });
      }
    });
    const b = c.broker;
    if (b.limits.messageBytesMax > b.limits.transactionBytesMax) {
      ctx.addIssue({ code: 'custom', path: ['broker', 'limits', 'messageBytesMax'], message: `must not exceed broker.limits.transactionBytesMax (${b.limits.transactionBytesMax}): a message must fit in a transaction` });
    }
    if (b.limits.transactionBytesMax > ENTRY_DATA_BYTES_MAX) {
      ctx.addIssue({ code: 'custom', path: ['broker', 'limits', 'transactionBytesMax'], message: `must be at most ${ENTRY_DATA_BYTES_MAX} (a Raft entry, 4 MiB, less 64 KiB of framing): a transaction commits as one entry` });
    }
    if (b.policy.dedupeWindowMs <= b.clientRetryHorizonMs) {
      ctx.addIssue({ code: 'custom', path: ['broker', 'policy', 'dedupeWindowMs'], message: `must be longer than broker.clientRetryHorizonMs (${b.clientRetryHorizonMs} ms), or a retried send could be stored twice` });
    }
    if (c.requestTimeoutMs < 2 * r.electionTimeoutMs) {
      ctx.addIssue({ code: 'custom', path: ['requestTimeoutMs'], message: `must be at least two election timeouts (${2 * r.electionTimeoutMs} ms) so a failover fits in one request` });
    }
  });

export type NodeConfig = z.infer<typeof nodeConfigSchema>;

/** Validates a parsed config object; throws FedmqError CONFIG_INVALID naming each bad field. */
export function validateNodeConfig(raw: unknown, source = 'config'): NodeConfig {
  const r = nodeConfigSchema.safeParse(raw);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
  throw new FedmqError('CONFIG_INVALID', `${source} is invalid:\n${lines.join('\n')}`, { issues: r.error.issues });
}

export function loadNodeConfig(path: string): NodeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new FedmqError('CONFIG_INVALID', `cannot read config ${path}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new FedmqError('CONFIG_INVALID', `config ${path} is not valid YAML: ${(err as Error).message}`);
  }
  return validateNodeConfig(raw, `config ${path}`);
}
