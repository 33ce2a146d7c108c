// Prometheus metrics of a node (prom-client): per destination, Raft, per-peer replication lag, and
// the process. Values are read when scraped, from the applied state and the leader's core, so
// nothing on the hot path updates a metric.
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { BrokerStateMachine } from '../broker/state-machine.ts';
import { destinationUri } from '../broker/names.ts';
import type { BrokerCore } from '../dispatch/broker-core.ts';
import type { RaftHost } from '../raft/host.ts';
import type { BridgeStats } from '../../federation/forwarder.ts';

const LINK_STATES = ['stopped', 'connecting', 'connected', 'stalled', 'backing-off', 'fenced'] as const;

export interface MetricsContext {
  sm: BrokerStateMachine;
  core: BrokerCore;
  host: RaftHost;
  site: string;
  node: number;
  bridges: () => BridgeStats[];
}

/** Destinations listed per scrape, at most (a label per destination). */
const DESTINATIONS_MAX = 10_000;

export function createMetrics(ctx: MetricsContext): Registry {
  const register = new Registry();
  register.setDefaultLabels({ site: ctx.site, node: String(ctx.node) });
  collectDefaultMetrics({ register, prefix: 'fedmq_' }); // fedmq_process_*, fedmq_nodejs_*

  // Every gauge is set in one pass when the registry is scraped: this one is registered first,
  // so it is collected before the others are read.
  new Gauge({
    name: 'fedmq_scrape_destinations',
    help: 'Destinations reported in this scrape',
    registers: [register],
    collect() {
      for (const g of [depth, bytes, enqueued, acked, redelivered, deadLettered, expired, discarded, consumers, peerMatch, peerLag, bridgeState, bridgePending, bridgePendingBytes, bridgeOldest, bridgeBacklog, bridgeCommitted, bridgeThroughput, bridgeLastAck]) g.reset();
      for (const b of ctx.bridges()) {
        const l = { bridge: b.bridge };
        for (const st of LINK_STATES) bridgeState.set({ ...l, state: st }, b.state === st ? 1 : 0);
        bridgePending.set(l, b.lagMessages);
        bridgePendingBytes.set(l, b.lagBytes);
        bridgeOldest.set(l, b.lagSeconds);
        bridgeBacklog.set(l, b.pendingMessages);
        bridgeCommitted.set(l, b.committed);
        bridgeThroughput.set(l, b.throughput);
        bridgeLastAck.set(l, b.lastAckAtMs / 1000);
      }
      const counts = ctx.host.isLeader() ? ctx.core.consumerCounts() : new Map<number, number>();
      let n = 0;
      for (const rec of ctx.sm.destinations()) {
        if (n++ >= DESTINATIONS_MAX) break;
        const d = rec.destination!;
        const label = { destination: rec.durableSubscription ? `durable://${rec.durableSubscription}` : destinationUri({ kind: d.kind!, name: d.name! }) };
        depth.set(label, Number(rec.depth));
        bytes.set(label, Number(rec.bytes));
        enqueued.set(label, Number(rec.enqueued));
        acked.set(label, Number(rec.acked));
        redelivered.set(label, Number(rec.redelivered));
        deadLettered.set(label, Number(rec.deadLettered));
        expired.set(label, Number(rec.expired));
        if (Number(rec.discarded) > 0) discarded.set(label, Number(rec.discarded));
        const live = rec.destination!.kind === 2 && !rec.durableSubscription ? (ctx.host.isLeader() ? ctx.core.topicSubscriberCount(d.name!) : 0) : (counts.get(rec.id) ?? 0);
        consumers.set(label, live);
      }
      this.set(Math.min(n, DESTINATIONS_MAX));
      const t = ctx.sm.totals();
      storeMessages.set(Number(t.messages));
      storeBytes.set(Number(t.bytes));
      const s = ctx.host.status();
      term.set(s.term);
      commit.set(s.commit);
      applied.set(s.appliedState);
      lastIndex.set(s.lastIndex);
      isLeader.set(s.state === 'leader' ? 1 : 0);
      leaderId.set(s.lead);
      if (s.state === 'leader') {
        for (const [id, p] of Object.entries(s.progress)) {
          if (Number(id) === s.id) continue;
          peerMatch.set({ peer: id }, p.match);
          peerLag.set({ peer: id }, Math.max(0, s.lastIndex - p.match));
        }
      }
    },
  });

  const destLabels = ['destination'] as const;
  const bl = ['bridge'] as const;
  const bridgeState = new Gauge({ name: 'fedmq_bridge_link_state', help: 'Link state of a bridge (1 for its current state)', labelNames: ['bridge', 'state'] as const, registers: [register] });
  const bridgePending = new Gauge({ name: 'fedmq_bridge_lag_messages', help: 'Messages in the bridged queues not yet committed at the remote site', labelNames: bl, registers: [register] });
  const bridgePendingBytes = new Gauge({ name: 'fedmq_bridge_lag_bytes', help: 'Bytes in the bridged queues not yet committed at the remote site', labelNames: bl, registers: [register] });
  const bridgeOldest = new Gauge({ name: 'fedmq_bridge_lag_seconds', help: "Age of the oldest message not yet committed at the remote site (origin's clock)", labelNames: bl, registers: [register] });
  const bridgeBacklog = new Gauge({ name: 'fedmq_bridge_inflight_messages', help: 'Messages on the link: taken and sent, not yet acknowledged by the remote site', labelNames: bl, registers: [register] });
  const bridgeCommitted = new Gauge({ name: 'fedmq_bridge_committed_total', help: 'Messages committed at the remote site by this node as leader', labelNames: bl, registers: [register] });
  const bridgeThroughput = new Gauge({ name: 'fedmq_bridge_throughput_messages_per_second', help: 'Messages committed at the remote site per second (last 5 s)', labelNames: bl, registers: [register] });
  const bridgeLastAck = new Gauge({ name: 'fedmq_bridge_last_ack_timestamp_seconds', help: 'When the remote site last acknowledged a batch', labelNames: bl, registers: [register] });
  const depth = new Gauge({ name: 'fedmq_destination_depth', help: 'Messages stored in the destination (delivered and unacknowledged included)', labelNames: destLabels, registers: [register] });
  const bytes = new Gauge({ name: 'fedmq_destination_bytes', help: 'Bytes stored in the destination', labelNames: destLabels, registers: [register] });
  const enqueued = new Gauge({ name: 'fedmq_destination_enqueued_total', help: 'Messages enqueued since the destination was created', labelNames: destLabels, registers: [register] });
  const acked = new Gauge({ name: 'fedmq_destination_acked_total', help: 'Messages acknowledged', labelNames: destLabels, registers: [register] });
  const redelivered = new Gauge({ name: 'fedmq_destination_redelivered_total', help: 'Deliveries that ended without an ack (nack, consumer gone, leader change)', labelNames: destLabels, registers: [register] });
  const deadLettered = new Gauge({ name: 'fedmq_destination_dead_lettered_total', help: 'Messages moved to a DLQ', labelNames: destLabels, registers: [register] });
  const expired = new Gauge({ name: 'fedmq_destination_expired_total', help: 'Messages expired', labelNames: destLabels, registers: [register] });
  const discarded = new Gauge({ name: 'fedmq_dlq_discarded_total', help: 'Dead letters discarded because the DLQ was full', labelNames: destLabels, registers: [register] });
  const consumers = new Gauge({ name: 'fedmq_destination_consumers', help: 'Live consumers on the leader', labelNames: destLabels, registers: [register] });
  const storeMessages = new Gauge({ name: 'fedmq_store_messages', help: 'Messages stored on this node', registers: [register] });
  const storeBytes = new Gauge({ name: 'fedmq_store_bytes', help: 'Message bytes stored on this node', registers: [register] });

  const term = new Gauge({ name: 'fedmq_raft_term', help: 'Current Raft term', registers: [register] });
  const commit = new Gauge({ name: 'fedmq_raft_commit_index', help: 'Raft commit index', registers: [register] });
  const applied = new Gauge({ name: 'fedmq_raft_applied_index', help: 'Index applied to the state machine', registers: [register] });
  const lastIndex = new Gauge({ name: 'fedmq_raft_last_index', help: 'Last index of the local log', registers: [register] });
  const isLeader = new Gauge({ name: 'fedmq_raft_is_leader', help: '1 on the leader', registers: [register] });
  const leaderId = new Gauge({ name: 'fedmq_raft_leader_id', help: 'The node this node follows (0: none)', registers: [register] });
  const peerMatch = new Gauge({ name: 'fedmq_raft_peer_match_index', help: "The leader's view of each peer's replicated index", labelNames: ['peer'] as const, registers: [register] });
  const peerLag = new Gauge({ name: 'fedmq_raft_peer_lag_entries', help: 'Entries a peer is behind the leader (intra-site replication lag)', labelNames: ['peer'] as const, registers: [register] });

  return register;
}
