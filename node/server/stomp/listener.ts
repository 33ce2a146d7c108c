// The STOMP 1.2 listener (TCP): every node has one; the leader serves sessions. A follower
// answers CONNECT with an ERROR naming the leader (relaying a session to the leader is not built
// yet: clients reconnect to the leader, or to any node through a load balancer that retries).
import { createServer, type Server } from 'node:net';
import type { Logger } from '../../log.ts';
import type { BrokerCore } from '../../dispatch/broker-core.ts';
import { StompConnection, type StompContext } from './connection.ts';
import { STOMP_LIMITS_DEFAULT, type StompLimits } from './frame.ts';
import { HANDLERS } from './handlers/index.ts';

export interface StompListenerOptions {
  core: BrokerCore;
  logger: Logger;
  listen: { host: string; port: number };
  /** Where the leader is, for a client that reached a follower. */
  leaderHint(): string;
  /** The largest message body the broker accepts. */
  messageBytesMax: number;
  /** The heart-beat interval the server offers both ways (ms). */
  heartbeatMs: number;
}

/** A client whose socket holds this much unsent data for DRAIN_TIMEOUT_MS is cut. */
const WRITE_BUFFER_BYTES_MAX = 16 << 20;
const DRAIN_TIMEOUT_MS = 30_000;

export interface RunningStompListener {
  server: Server;
  address: string;
  close(): Promise<void>;
}

export function startStompListener(opts: StompListenerOptions): Promise<RunningStompListener> {
  const limits: StompLimits = {
    ...STOMP_LIMITS_DEFAULT,
    bodyBytesMax: opts.messageBytesMax,
    frameBytesMax: Math.max(STOMP_LIMITS_DEFAULT.frameBytesMax, opts.messageBytesMax + (256 << 10)),
  };
  const ctx: StompContext = {
    core: opts.core,
    logger: opts.logger,
    limits,
    leaderHint: opts.leaderHint,
    heartbeat: { send: opts.heartbeatMs, receive: opts.heartbeatMs },
    writeBufferBytesMax: WRITE_BUFFER_BYTES_MAX,
    drainTimeoutMs: DRAIN_TIMEOUT_MS,
  };
  const connections = new Set<StompConnection>();
  const server = createServer((socket) => {
    const c = new StompConnection(socket, ctx, HANDLERS);
    connections.add(c);
    socket.on('close', () => connections.delete(c));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.listen.port, opts.listen.host, () => {
      server.off('error', reject);
      const a = server.address();
      const address = typeof a === 'object' && a ? `${opts.listen.host}:${a.port}` : `${opts.listen.host}:${opts.listen.port}`;
      resolve({
        server,
        address,
        close: () =>
          new Promise<void>((res) => {
            for (const c of connections) c.close(null);
            server.close(() => res());
          }),
      });
    });
  });
}
