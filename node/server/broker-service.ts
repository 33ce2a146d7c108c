// The client API over gRPC (fedmq.v1.Broker): one Session stream per client connection, with
// batched frames both ways, and unary calls for operators. Frames are decoded here (not by
// grpc-js) so that a malformed protobuf is answered with BAD_FRAME instead of an opaque INTERNAL.
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError, isFedmqError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { DestinationKind, checkDestination, destinationUri } from '../broker/names.ts';
import { selectorView } from '../broker/headers.ts';
import { compileSelector } from '../broker/selector/index.ts';
import type { BrokerStateMachine, SendOutcome } from '../broker/state-machine.ts';
import type { BrokerCore, Session } from '../dispatch/broker-core.ts';
import { KIND_DURABLE_STORE } from '../broker/keys.ts';
import type { RaftHost } from '../raft/host.ts';

const pb = fedmq.v1;

export const CLIENT_PROTOCOL_VERSION = 1;
const SERVICE = '/fedmq.v1.Broker/';
/** Browse returns at most this many messages per call. */
export const BROWSE_LIMIT_MAX = 10_000;
/** The bytes a ServerFrame aims at (a delivery larger than that travels alone); clients receive up to 8 MiB. */
const FRAME_BYTES_TARGET = 2 << 20;
/** Requests one session may have unanswered at once; past it the stream is paused. */
const SESSION_REQUESTS_INFLIGHT_MAX = 10_000;

const asIs = (b: Buffer): Buffer => b;

/** A unary method: requests stay bytes (decoded by the handler), responses are encoded here. */
function unary<Res>(name: string, res: { encode(m: Res): { finish(): Uint8Array } }): grpc.MethodDefinition<Buffer, Res> {
  return {
    path: SERVICE + name,
    requestStream: false,
    responseStream: false,
    requestSerialize: asIs,
    requestDeserialize: asIs,
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => b as unknown as Res,
  };
}

/**
 * A bidirectional stream of raw frames: each side decodes them itself, so a malformed protobuf
 * is answered with BAD_FRAME instead of grpc-js's opaque INTERNAL (the bridge stream uses it too).
 */
export function rawBidiMethod(path: string): grpc.MethodDefinition<Buffer, Buffer> {
  return { path, requestStream: true, responseStream: true, requestSerialize: asIs, requestDeserialize: asIs, responseSerialize: asIs, responseDeserialize: asIs };
}

/** The service as grpc-js sees it (the SDK builds its client from the same definition). */
export const brokerServiceDefinition: grpc.ServiceDefinition = {
  Session: rawBidiMethod(SERVICE + 'Session'),
  ListDestinations: unary('ListDestinations', pb.ListDestinationsResponse),
  Browse: unary('Browse', pb.BrowseResponse),
  Purge: unary('Purge', pb.PurgeResponse),
  RemoveSubscription: unary('RemoveSubscription', pb.RemoveSubscriptionResponse),
  Status: unary('Status', pb.StatusResponse),
};

export interface BrokerServiceContext {
  core: BrokerCore;
  sm: BrokerStateMachine;
  host: RaftHost;
  site: string;
  nodeId: number;
  logger: Logger;
  welcome: { messageBytesMax: number; transactionBytesMax: number; dedupeWindowMs: number };
  /** How long a session waits for a new leader to finish recovering. */
  readyWaitMs: number;
}

/** The error as a client sees it, with the leader to retry on when there is one. */
export function errorInfo(err: unknown, host?: RaftHost): fedmq.v1.IErrorInfo {
  const e = isFedmqError(err) ? err : new FedmqError('OUTCOME_UNKNOWN', (err as Error)?.message ?? String(err));
  const info: fedmq.v1.IErrorInfo = { code: e.code, message: e.message };
  const leaderId = Number(e.details['leaderId'] ?? (host && !host.isLeader() ? host.leaderId() : 0));
  if (leaderId > 0) {
    info.leaderId = leaderId;
    info.leaderAddress = String(e.details['leaderAddress'] ?? host?.addressOf(leaderId) ?? '');
  }
  return info;
}

function grpcError(err: unknown, host: RaftHost): grpc.ServiceError {
  const e = isFedmqError(err) ? err : new FedmqError('OUTCOME_UNKNOWN', (err as Error)?.message ?? String(err));
  const info = errorInfo(e, host);
  const metadata = new grpc.Metadata();
  metadata.set('fedmq-code', e.code);
  if (info.leaderId) {
    metadata.set('fedmq-leader-id', String(info.leaderId));
    metadata.set('fedmq-leader-address', info.leaderAddress ?? '');
  }
  return Object.assign(new Error(e.message), { code: e.grpcStatus, details: `${e.code}: ${e.message}`, metadata }) as grpc.ServiceError;
}

function outcomeResult(requestId: number, o: SendOutcome): fedmq.v1.IRequestResult {
  if (o.ok) return { requestId, duplicate: o.duplicate };
  return { requestId, error: { code: o.code, message: o.message } };
}

export function brokerServiceHandlers(ctx: BrokerServiceContext): grpc.UntypedServiceImplementation {
  const log = ctx.logger.child({ component: 'client-api' });

  function decodeOr<T>(codec: { decode(b: Uint8Array): T }, buf: Buffer, what: string): T {
    try {
      return codec.decode(buf);
    } catch (err) {
      throw new FedmqError('BAD_FRAME', `the ${what} is not a valid protobuf: ${(err as Error).message}`);
    }
  }

  async function leaderOnly(): Promise<void> {
    if (!ctx.host.isLeader()) {
      const lead = ctx.host.leaderId();
      throw lead
        ? new FedmqError('NOT_LEADER', `node ${ctx.nodeId} is not the leader; the leader is node ${lead}`, { leaderId: lead, leaderAddress: ctx.host.addressOf(lead) })
        : new FedmqError('NO_LEADER', 'the site has no leader right now; retry shortly');
    }
    await ctx.core.ready(ctx.readyWaitMs);
  }

  const Session = (call: grpc.ServerDuplexStream<Buffer, Buffer>): void => {
    let session: Session | null = null;
    let helloSeen = false;
    let ended = false;
    let inflight = 0;
    let paused = false;
    const out: fedmq.v1.IServerFrame = { results: [], deliveries: [] };
    let outBytes = 0;
    let flushScheduled = false;

    const flush = (): void => {
      flushScheduled = false;
      if (ended || (out.results!.length === 0 && out.deliveries!.length === 0)) return;
      const frame = pb.ServerFrame.encode({ results: out.results, deliveries: out.deliveries }).finish();
      out.results = [];
      out.deliveries = [];
      outBytes = 0;
      call.write(Buffer.from(frame));
    };
    const queueFlush = (): void => {
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    };
    const result = (r: fedmq.v1.IRequestResult): void => {
      inflight--;
      if (paused && inflight < SESSION_REQUESTS_INFLIGHT_MAX / 2) {
        paused = false;
        call.resume();
      }
      if (Number(r.requestId ?? 0) === 0 && !r.error) return;
      out.results!.push(r);
      queueFlush();
    };
    const end = (closing: fedmq.v1.IErrorInfo | null): void => {
      if (ended) return;
      flush();
      ended = true;
      if (session) ctx.core.closeSession(session);
      if (closing) call.write(Buffer.from(pb.ServerFrame.encode({ closing }).finish()));
      call.end();
    };

    const handle = async (req: fedmq.v1.IClientRequest, s: Session): Promise<fedmq.v1.IRequestResult> => {
      const requestId = Number(req.requestId);
      switch (req.body) {
        case 'send':
          return outcomeResult(requestId, await ctx.core.send(s, req.send!));
        case 'subscribe':
          await ctx.core.subscribe(s, req.subscribe!);
          return { requestId };
        case 'unsubscribe':
          ctx.core.unsubscribe(s, req.unsubscribe!.consumerId ?? '');
          return { requestId };
        case 'ack':
          await ctx.core.ack(s, req.ack!);
          return { requestId };
        case 'nack':
          await ctx.core.nack(s, req.nack!);
          return { requestId };
        case 'begin':
          ctx.core.begin(s, req.begin!.transactionId ?? '');
          return { requestId };
        case 'commit': {
          const r = await ctx.core.commit(s, req.commit!.transactionId ?? '');
          if (!r.committed) return { requestId, error: { code: 'TX_ROLLED_BACK', message: `transaction ${req.commit!.transactionId} rolled back: ${r.reason}` }, duplicate: r.duplicate };
          const failed = r.sends.find((o) => !o.ok);
          if (failed && !failed.ok) return { requestId, error: { code: failed.code, message: failed.message } };
          return { requestId, duplicate: r.duplicate };
        }
        case 'rollback':
          await ctx.core.rollback(s, req.rollback!.transactionId ?? '');
          return { requestId };
        case 'createTemporaryQueue':
          return { requestId, temporaryQueue: await ctx.core.createTemporaryQueue(s) };
        default:
          throw new FedmqError('BAD_REQUEST', 'a request with no body this node understands (a newer client?)');
      }
    };

    const onHello = async (hello: fedmq.v1.ISessionHello): Promise<void> => {
      if (hello.protocolVersion !== CLIENT_PROTOCOL_VERSION) {
        throw new FedmqError('PROTOCOL_VERSION', `this node speaks client protocol version ${CLIENT_PROTOCOL_VERSION}; the client sent ${hello.protocolVersion ?? 0}. Upgrade the older side.`);
      }
      await leaderOnly();
      if (ended) return;
      session = ctx.core.openSession(hello.clientId ?? '', {
        deliver: (d) => {
          // Frames stay near FRAME_BYTES_TARGET: a large delivery goes out in a frame of its own.
          const size = (d.message?.body?.length ?? 0) + 512;
          if (outBytes > 0 && outBytes + size > FRAME_BYTES_TARGET) flush();
          out.deliveries!.push(d);
          outBytes += size;
          queueFlush();
        },
        close: (err) => end(errorInfo(err, ctx.host)),
      });
      call.write(
        Buffer.from(
          pb.ServerFrame.encode({
            welcome: {
              protocolVersion: CLIENT_PROTOCOL_VERSION,
              site: ctx.site,
              nodeId: ctx.nodeId,
              sessionId: session.id,
              messageBytesMax: ctx.welcome.messageBytesMax,
              transactionBytesMax: ctx.welcome.transactionBytesMax,
              dedupeWindowMs: ctx.welcome.dedupeWindowMs,
            },
          }).finish(),
        ),
      );
    };

    let helloDone: Promise<void> = Promise.resolve();
    call.on('data', (buf: Buffer) => {
      if (ended) return;
      let frame: fedmq.v1.ClientFrame;
      try {
        frame = decodeOr(pb.ClientFrame, buf, 'ClientFrame');
      } catch (err) {
        end(errorInfo(err));
        return;
      }
      if (!helloSeen) {
        if (!frame.hello) {
          end(errorInfo(new FedmqError('BAD_FRAME', 'the first frame of a session must carry a SessionHello')));
          return;
        }
        helloSeen = true;
        helloDone = onHello(frame.hello).catch((err: unknown) => end(errorInfo(err, ctx.host)));
      } else if (frame.hello) {
        end(errorInfo(new FedmqError('BAD_FRAME', 'SessionHello may only be sent once, in the first frame')));
        return;
      }
      const requests = frame.requests ?? [];
      if (requests.length === 0) return;
      inflight += requests.length;
      if (!paused && inflight >= SESSION_REQUESTS_INFLIGHT_MAX) {
        paused = true;
        call.pause();
      }
      void helloDone.then(() => {
        const s = session;
        for (const req of requests) {
          if (ended || !s) return;
          handle(req, s).then(result, (err: unknown) => result({ requestId: req.requestId, error: errorInfo(err, ctx.host) }));
        }
      });
    });
    call.on('end', () => end(null));
    call.on('error', (err) => {
      log.debug({ err: err.message, session: session?.id }, 'session stream failed');
      end(null);
    });
    call.on('cancelled', () => end(null));
    call.on('close', () => {
      ended = true;
      if (session) ctx.core.closeSession(session);
    });
  };

  const ListDestinations = (call: grpc.ServerUnaryCall<Buffer, fedmq.v1.IListDestinationsResponse>, cb: grpc.sendUnaryData<fedmq.v1.IListDestinationsResponse>): void => {
    (async () => {
      decodeOr(pb.ListDestinationsRequest, call.request, 'ListDestinationsRequest');
      await ctx.host.readBarrier();
      const consumers = ctx.host.isLeader() ? ctx.core.consumerCounts() : new Map<number, number>();
      const destinations: fedmq.v1.IDestinationInfo[] = [];
      for (const rec of ctx.sm.destinations()) {
        const d = rec.destination!;
        destinations.push({
          destination: { kind: d.kind, name: d.name },
          depth: rec.depth,
          bytes: rec.bytes,
          enqueued: rec.enqueued,
          acked: rec.acked,
          redelivered: rec.redelivered,
          deadLettered: rec.deadLettered,
          expired: rec.expired,
          consumers: d.kind === DestinationKind.TOPIC && !rec.durableSubscription ? (ctx.host.isLeader() ? ctx.core.topicSubscriberCount(d.name!) : 0) : (consumers.get(rec.id) ?? 0),
          temporary: rec.temporary,
          durableSubscription: rec.durableSubscription,
        });
      }
      return { destinations };
    })().then((r) => cb(null, r), (err: unknown) => cb(grpcError(err, ctx.host)));
  };

  const Browse = (call: grpc.ServerUnaryCall<Buffer, fedmq.v1.IBrowseResponse>, cb: grpc.sendUnaryData<fedmq.v1.IBrowseResponse>): void => {
    (async () => {
      const req = decodeOr(pb.BrowseRequest, call.request, 'BrowseRequest');
      const limit = req.limit === 0 ? 100 : req.limit;
      if (limit > BROWSE_LIMIT_MAX) throw new FedmqError('BAD_REQUEST', `limit must be at most ${BROWSE_LIMIT_MAX}, got ${limit}`);
      const selector = req.selector ? compileSelector(req.selector) : null;
      await ctx.host.readBarrier();
      let rec;
      const name = req.destination?.name ?? '';
      if (req.destination?.kind === DestinationKind.TOPIC && name.includes(':')) {
        rec = ctx.sm.destination(KIND_DURABLE_STORE, name);
      } else {
        const d = checkDestination(req.destination);
        if (d.kind !== DestinationKind.QUEUE) throw new FedmqError('BAD_REQUEST', 'browse a queue, or a durable subscription as topic "client_id:name"');
        rec = ctx.sm.destination(d.kind, d.name);
      }
      if (!rec) throw new FedmqError('DESTINATION_NOT_FOUND', `${destinationUri({ kind: req.destination?.kind ?? DestinationKind.QUEUE, name })} does not exist`);
      // Delivery order: priority first, then sequence.
      const all: Array<{ seq: number; stored: fedmq.v1.StoredMessage }> = [];
      for (const m of ctx.sm.messages(rec.id)) {
        if (selector && !selector.matches(selectorView(m.stored.message!))) continue;
        all.push(m);
      }
      all.sort((a, b) => (b.stored.message?.priority ?? 4) - (a.stored.message?.priority ?? 4) || a.seq - b.seq);
      const messages = all.slice(0, limit).map((m) => ({ message: m.stored.message, deliveryCount: m.stored.deliveryCount, redelivered: m.stored.deliveryCount > 0 }));
      return { messages };
    })().then((r) => cb(null, r), (err: unknown) => cb(grpcError(err, ctx.host)));
  };

  const Purge = (call: grpc.ServerUnaryCall<Buffer, fedmq.v1.IPurgeResponse>, cb: grpc.sendUnaryData<fedmq.v1.IPurgeResponse>): void => {
    (async () => {
      const req = decodeOr(pb.PurgeRequest, call.request, 'PurgeRequest');
      await leaderOnly();
      return { removed: await ctx.core.purge(req.destination) };
    })().then((r) => cb(null, r), (err: unknown) => cb(grpcError(err, ctx.host)));
  };

  const RemoveSubscription = (call: grpc.ServerUnaryCall<Buffer, fedmq.v1.IRemoveSubscriptionResponse>, cb: grpc.sendUnaryData<fedmq.v1.IRemoveSubscriptionResponse>): void => {
    (async () => {
      const req = decodeOr(pb.RemoveSubscriptionRequest, call.request, 'RemoveSubscriptionRequest');
      await leaderOnly();
      await ctx.core.removeSubscription(req.clientId, req.name);
      return {};
    })().then((r) => cb(null, r), (err: unknown) => cb(grpcError(err, ctx.host)));
  };

  const Status = (call: grpc.ServerUnaryCall<Buffer, fedmq.v1.IStatusResponse>, cb: grpc.sendUnaryData<fedmq.v1.IStatusResponse>): void => {
    (async () => {
      decodeOr(pb.StatusRequest, call.request, 'StatusRequest');
      const st = ctx.host.status();
      const peers: fedmq.v1.IPeerStatus[] = st.confState.members.map((m) => {
        const p = st.progress[m.nodeId];
        const match = p?.match ?? 0;
        return { nodeId: m.nodeId, address: m.address, voter: st.confState.voters.includes(m.nodeId), match, lag: st.state === 'leader' ? Math.max(0, st.lastIndex - match) : 0 };
      });
      return {
        site: ctx.site,
        nodeId: ctx.nodeId,
        role: st.state,
        term: st.term,
        leaderId: st.lead,
        leaderAddress: st.lead ? (ctx.host.addressOf(st.lead) ?? '') : '',
        commit: st.commit,
        applied: st.appliedState,
        lastIndex: st.lastIndex,
        peers,
        serving: ctx.core.serving,
      };
    })().then((r) => cb(null, r), (err: unknown) => cb(grpcError(err, ctx.host)));
  };

  return { Session, ListDestinations, Browse, Purge, RemoveSubscription, Status };
}
