// The receiving end of a bridge (fedmq.v1.Federation/Bridge): the target site's leader checks
// who is speaking (protocol version, cluster, a site it federates with, the target being this
// site), proposes each batch into its own Raft log in arrival order, and answers after commit.
// The state machine fences stale senders when it applies (BridgeBatchCommand); a fenced batch
// ends the session with FENCED. A follower answers NOT_LEADER with the leader's address.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../proto/gen/fedmq.js';
import { FedmqError } from '../node/errors.ts';
import type { Logger } from '../node/log.ts';
import { encodeCommand, LeaderClock } from '../node/broker/commands.ts';
import { compareFence, type BridgeResult, type BrokerStateMachine } from '../node/broker/state-machine.ts';
import type { BrokerCore } from '../node/dispatch/broker-core.ts';
import type { RaftHost } from '../node/raft/host.ts';
import { errorInfo, rawBidiMethod } from '../node/server/broker-service.ts';

const pb = fedmq.v1;
export const FEDERATION_PROTOCOL_VERSION = 1;

export const federationServiceDefinition: grpc.ServiceDefinition = {
  Bridge: rawBidiMethod('/fedmq.v1.Federation/Bridge'),
};

export interface ReceiverContext {
  cluster: string;
  site: string;
  nodeId: number;
  /** The sites this node federates with (federation.sites). */
  knownSites: ReadonlySet<string>;
  autoCreate: boolean;
  core: BrokerCore;
  sm: BrokerStateMachine;
  host: RaftHost;
  logger: Logger;
  readyWaitMs: number;
}

/** How often the receiver tells the sender its demand when it changed. */
const DEMAND_EVERY_MS = 250;

export function federationHandlers(ctx: ReceiverContext): grpc.UntypedServiceImplementation {
  const log = ctx.logger.child({ component: 'bridge-in' });
  const clock = new LeaderClock();

  const Bridge = (call: grpc.ServerDuplexStream<Buffer, Buffer>): void => {
    let hello: fedmq.v1.IBridgeHello | null = null;
    let helloSeen = false;
    let ended = false;
    /** The session's opening, then each batch's proposal, in arrival order. */
    let chain: Promise<void> = Promise.resolve();
    /** Acknowledgements, in batch order (proposals commit in the order they were proposed). */
    let acks: Promise<void> = Promise.resolve();
    let demandTimer: NodeJS.Timeout | null = null;
    let lastDemand = '';
    const write = (r: fedmq.v1.IBridgeReply): void => {
      if (!ended) call.write(Buffer.from(pb.BridgeReply.encode(r).finish()));
    };
    const end = (err: unknown | null): void => {
      if (ended) return;
      if (err) write({ closing: errorInfo(err, ctx.host) });
      ended = true;
      if (demandTimer) clearInterval(demandTimer);
      call.end();
    };

    const open = async (h: fedmq.v1.IBridgeHello): Promise<void> => {
      if (h.protocolVersion !== FEDERATION_PROTOCOL_VERSION) {
        throw new FedmqError('PROTOCOL_VERSION', `this node speaks federation protocol ${FEDERATION_PROTOCOL_VERSION}; ${h.originSite || 'the peer'} sent ${h.protocolVersion}. Upgrade the older side.`);
      }
      if (h.cluster !== ctx.cluster) throw new FedmqError('CLUSTER_MISMATCH', `the bridge belongs to cluster ${JSON.stringify(h.cluster)}; this node to ${JSON.stringify(ctx.cluster)}`);
      if (h.targetSite !== ctx.site) throw new FedmqError('UNKNOWN_SITE', `the bridge targets site ${JSON.stringify(h.targetSite)}; this node is in ${JSON.stringify(ctx.site)}`);
      if (!ctx.knownSites.has(h.originSite ?? "")) throw new FedmqError('UNKNOWN_SITE', `site ${JSON.stringify(h.originSite)} is not one this site federates with (federation.sites); refusing its bridge`);
      if (!ctx.host.isLeader()) {
        const lead = ctx.host.leaderId();
        throw lead ? new FedmqError('NOT_LEADER', `node ${ctx.nodeId} of ${ctx.site} is not the leader; the leader is node ${lead}`, { leaderId: lead, leaderAddress: ctx.host.addressOf(lead) }) : new FedmqError('NO_LEADER', `${ctx.site} has no leader right now`);
      }
      await ctx.core.ready(ctx.readyWaitMs);
      const prev = ctx.sm.fenceOf(h.originSite ?? "");
      if (prev && compareFence(h.fence ?? {}, prev) < 0) {
        throw new FedmqError('FENCED', `${h.originSite} spoke with a newer fence (epoch ${prev.siteEpoch}, term ${prev.leaderTerm}, session ${prev.session}) than this session's (epoch ${h.fence?.siteEpoch ?? 0}, term ${h.fence?.leaderTerm ?? 0}, session ${h.fence?.session ?? 0}): a newer leader speaks for it`);
      }
      hello = h;
      const demand = ctx.core.demand();
      lastDemand = demand.join('\n');
      write({ welcome: { protocolVersion: FEDERATION_PROTOCOL_VERSION, nodeId: ctx.nodeId, demand } });
      demandTimer = setInterval(() => {
        if (!ctx.core.serving) return end(new FedmqError('LEADER_CHANGED', `node ${ctx.nodeId} no longer leads ${ctx.site}`));
        const d = ctx.core.demand();
        const key = d.join('\n');
        if (key !== lastDemand) {
          lastDemand = key;
          write({ demand: d });
        }
      }, DEMAND_EVERY_MS);
      demandTimer.unref();
      log.info({ origin: h.originSite, bridge: h.bridge, fence: { epoch: h.fence?.siteEpoch, term: h.fence?.leaderTerm, session: h.fence?.session } }, 'bridge session opened');
    };

    /** Proposes a batch at once (pipelined with those before it) and queues its answer in order. */
    const onBatch = (h: fedmq.v1.IBridgeHello, b: fedmq.v1.IBridgeBatch): void => {
      // The messages as the state machine will store them (origin and path set), so that one a
      // local consumer can take at once is proposed already handed to it (dispatch-now, as for a
      // local send): no dispatch entry and no extra commit between the batch and the consumer.
      const stored = (b.messages ?? []).map((bm) => {
        const m = pb.Message.create(bm.message ?? {});
        m.originSite = h.originSite ?? '';
        m.path = bm.path ?? [];
        return m;
      });
      const proposed = ctx.core.proposeWithDispatchNow(stored, (dispatchNow) =>
        ctx.host.propose(
          encodeCommand(
            { bridge: { originSite: h.originSite, bridge: h.bridge, fence: h.fence ?? {}, messages: b.messages, autoCreate: ctx.autoCreate, hopLimit: h.hopLimit || 1, dispatchNow } },
            clock.read(),
          ),
        ),
      );
      proposed.catch(() => undefined); // observed in order below; never unhandled meanwhile
      acks = acks.then(async () => {
        const out = await proposed;
        const r = out.result as BridgeResult;
        if (r.fenced) {
          log.warn({ origin: h.originSite, batch: Number(b.batchSeq), fence: h.fence, highest: r.highest }, 'stale bridge batch refused at apply: a newer leader speaks for its site (fenced)');
          throw new FedmqError('FENCED', `batch ${b.batchSeq} refused at apply: ${h.originSite} has since spoken with a newer fence (epoch ${r.highest.siteEpoch}, term ${r.highest.leaderTerm}, session ${r.highest.session})`);
        }
        write({ ack: { batchSeq: b.batchSeq, outcomes: r.outcomes } });
      });
      acks = acks.catch((err: unknown) => end(err));
    };

    call.on('data', (buf: Buffer) => {
      if (ended) return;
      let frame: fedmq.v1.BridgeFrame;
      try {
        frame = pb.BridgeFrame.decode(buf);
      } catch (err) {
        end(new FedmqError('BAD_FRAME', `the BridgeFrame is not a valid protobuf: ${(err as Error).message}`));
        return;
      }
      if (frame.hello) {
        if (helloSeen) return end(new FedmqError('BAD_FRAME', 'BridgeHello may only be sent once'));
        helloSeen = true;
        const h = frame.hello;
        chain = open(h).catch((err: unknown) => end(err));
      } else if (!frame.batch) {
        return end(new FedmqError('BAD_FRAME', 'a BridgeFrame with neither hello nor batch'));
      }
      if (frame.batch) {
        const b = frame.batch;
        // Batches are proposed in arrival order (each after the previous one was proposed and
        // answered), so the order per destination is kept.
        chain = chain.then(() => {
          if (ended) return;
          if (!helloSeen) return end(new FedmqError('BAD_FRAME', 'the first frame of a bridge session must carry a BridgeHello'));
          if (!hello) return; // the opening failed: the session is ending
          try {
            onBatch(hello, b);
          } catch (err) {
            end(err);
          }
        });
      }
    });
    call.on('end', () => end(null));
    call.on('error', () => end(null));
    call.on('cancelled', () => end(null));
  };
  return { Bridge };
}
