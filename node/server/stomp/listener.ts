// STOMP 1.2 on a node: a TCP listener on every node, and the relay between them. The leader
// serves sessions; a follower relays each client connection to the leader over one stream
// (relay.ts), so any node is an entry point, as with any RabbitMQ or NATS node.
import { createServer, type Server, type Socket } from 'node:net';
import type * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../log.ts';
import type { BrokerCore } from '../../dispatch/broker-core.ts';
import { StompConnection, type StompContext } from './connection.ts';
import { STOMP_LIMITS_DEFAULT, type StompLimits } from './frame.ts';
import { HANDLERS } from './handlers/index.ts';
import { StompRelayClient, stompRelayHandlers, type RelayRouting } from './relay.ts';
import { socketTransport, type StompTransport } from './transport.ts';

export interface StompServiceOptions {
  core: BrokerCore;
  logger: Logger;
  /** Where the leader is, for a client that reached a node that cannot serve it. */
  leaderHint(): string;
  /** The largest message body the broker accepts. */
  messageBytesMax: number;
  /** The heart-beat interval the server offers both ways (ms). */
  heartbeatMs: number;
  /** How long CONNECT waits for a just-elected leader to finish recovering. */
  readyWaitMs: number;
  /** Backpressure: written bytes waiting to leave past which a connection stops reading. */
  writeBufferBytesMax: number;
  /** ... and how long they may wait before the connection is cut. */
  drainTimeoutMs: number;
  /** How a follower finds the leader to relay to; without it a follower serves no STOMP client. */
  routing?: RelayRouting;
}

export interface RunningStompListener {
  server: Server;
  address: string;
}

export class StompService {
  readonly ctx: StompContext;
  private readonly opts: StompServiceOptions;
  private readonly connections = new Set<StompConnection>();
  private readonly relay: StompRelayClient | null;
  private listener: Server | null = null;

  constructor(opts: StompServiceOptions) {
    this.opts = opts;
    const limits: StompLimits = {
      ...STOMP_LIMITS_DEFAULT,
      bodyBytesMax: opts.messageBytesMax,
      frameBytesMax: Math.max(STOMP_LIMITS_DEFAULT.frameBytesMax, opts.messageBytesMax + (256 << 10)),
    };
    this.ctx = {
      core: opts.core,
      logger: opts.logger,
      limits,
      leaderHint: opts.leaderHint,
      readyWaitMs: opts.readyWaitMs,
      heartbeat: { send: opts.heartbeatMs, receive: opts.heartbeatMs },
      writeBufferBytesMax: opts.writeBufferBytesMax,
      drainTimeoutMs: opts.drainTimeoutMs,
    };
    this.relay = opts.routing ? new StompRelayClient(opts.routing, opts.logger, (socket) => this.serve(socketTransport(socket))) : null;
  }

  /** Connections this node serves (its own clients and relayed ones), those it relays, and those paused by backpressure. */
  get stats(): { served: number; relayed: number; paused: number } {
    let paused = 0;
    for (const c of this.connections) if (c.paused) paused++;
    return { served: this.connections.size, relayed: this.relay?.active ?? 0, paused };
  }

  /** Runs one STOMP connection here, over a socket or a relay stream. */
  serve(transport: StompTransport): void {
    const c = new StompConnection(transport, this.ctx, HANDLERS);
    this.connections.add(c);
    c.onClosed(() => this.connections.delete(c));
  }

  /** The Relay method, as this node serves it when it is the leader. */
  relayHandlers(cluster: string): grpc.UntypedServiceImplementation {
    return stompRelayHandlers({ cluster, logger: this.opts.logger, accept: (t) => this.serve(t) });
  }

  private accept(socket: Socket): void {
    const routing = this.opts.routing;
    if (this.relay && routing && !routing.isLeader()) this.relay.relay(socket);
    else this.serve(socketTransport(socket));
  }

  listen(at: { host: string; port: number }): Promise<RunningStompListener> {
    const server = createServer((socket) => this.accept(socket));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(at.port, at.host, () => {
        server.off('error', reject);
        this.listener = server;
        const a = server.address();
        resolve({ server, address: typeof a === 'object' && a ? `${at.host}:${a.port}` : `${at.host}:${at.port}` });
      });
    });
  }

  /** Stops listening and ends every connection (sessions end: unacknowledged messages return). */
  async close(): Promise<void> {
    this.relay?.close();
    for (const c of [...this.connections]) c.close(null);
    const server = this.listener;
    this.listener = null;
    if (server) await new Promise<void>((res) => server.close(() => res()));
  }
}
