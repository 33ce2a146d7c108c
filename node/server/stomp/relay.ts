// The STOMP relay (proto/fedmq/v1/stomp.proto): any node accepts STOMP clients and the leader
// serves them. A follower opens one Relay stream per client connection to its site's leader and
// passes the bytes through untouched both ways; the leader runs the connection (parsing, limits,
// prefetch, acks) as if the client were connected to it. When the leader changes, the follower
// sends the client an ERROR frame and closes, and the client reconnects to any node.
import * as grpc from '@grpc/grpc-js';
import type { Socket } from 'node:net';
import { fedmq } from '../../../proto/gen/fedmq.js';
import type { Logger } from '../../log.ts';
import { rawBidiMethod } from '../broker-service.ts';
import { encodeFrame } from './frame.ts';
import type { StompTransport } from './transport.ts';

export const STOMP_RELAY_VERSION = 1;

export const stompRelayServiceDefinition: grpc.ServiceDefinition = {
  Relay: rawBidiMethod('/fedmq.v1.StompRelay/Relay'),
};

/** Client bytes a follower holds while it finds the leader, at most, before it stops reading. */
const PENDING_BYTES_MAX = 1 << 20;
/** After ending a relayed connection, a client that does not read the last bytes is cut this much later. */
const END_GRACE_MS = 5_000;

const chunk = (data: Uint8Array): Buffer => Buffer.from(fedmq.v1.StompChunk.encode({ data }).finish());

/** An ERROR frame as bytes: what a relay says when it, not the leader, ends a connection. */
export function errorFrameBytes(message: string, detail = message): Buffer {
  // Header values are kept free of ':' and line breaks so that every STOMP version reads them
  // alike; no content-type, as in connection.ts (stompit throws on text/plain ERROR frames).
  const header = message.replace(/[:\r\n]/g, ' ').slice(0, 1000);
  return encodeFrame({ command: 'ERROR', headers: [['message', header]], body: Buffer.from(detail, 'utf8') }, '1.2');
}

/**
 * The leader's end of a relay stream: each message is a StompChunk of the client's bytes (in) or
 * of ours (out). A chunk that is not a valid StompChunk ends the connection like a malformed frame.
 */
export function relayServerTransport(call: grpc.ServerDuplexStream<Buffer, Buffer>, peer: string): StompTransport {
  let buffered = 0;
  let ended = false;
  let drain: (() => void) | null = null;
  return {
    peer,
    get bufferedBytes() {
      return buffered;
    },
    start(events) {
      drain = () => events.drain();
      call.on('data', (raw: Buffer) => {
        let data: Uint8Array;
        try {
          data = fedmq.v1.StompChunk.decode(raw).data;
        } catch {
          // Not from a fedmq follower: nothing to say to a STOMP client; end the stream.
          ended = true;
          call.end();
          events.close();
          return;
        }
        events.data(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      });
      call.on('end', () => events.close());
      call.on('error', () => events.close());
      call.on('cancelled', () => events.close());
      call.on('close', () => events.close());
      call.on('drain', () => events.drain());
    },
    write(bytes) {
      if (ended) return;
      const b = chunk(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
      buffered += b.length;
      call.write(b, () => {
        buffered -= b.length;
        // grpc-js streams count messages, not bytes, for their own 'drain': a few large frames
        // can pass our byte limit without ever filling it. Each write that leaves is a chance to
        // resume (the connection resumes only once enough has left).
        drain?.();
      });
    },
    pauseReading: () => call.pause(),
    resumeReading: () => call.resume(),
    end() {
      if (ended) return;
      ended = true;
      call.end();
    },
    destroy() {
      if (ended) return;
      ended = true;
      call.end();
    },
  };
}

export interface RelayServerOptions {
  cluster: string;
  logger: Logger;
  /** Runs one relayed connection (the listener's StompConnection over this transport). */
  accept(transport: StompTransport): void;
}

/** The Relay method as the leader serves it. */
export function stompRelayHandlers(opts: RelayServerOptions): grpc.UntypedServiceImplementation {
  const log = opts.logger.child({ component: 'stomp-relay' });
  return {
    Relay: (call: grpc.ServerDuplexStream<Buffer, Buffer>): void => {
      const md = call.metadata;
      const version = String(md.get('fedmq-relay-version')[0] ?? '');
      const cluster = String(md.get('fedmq-cluster')[0] ?? '');
      const from = String(md.get('fedmq-relay-from')[0] ?? '?');
      const peer = String(md.get('fedmq-peer')[0] ?? 'unknown');
      const refuse = (message: string): void => {
        log.warn({ from, peer, err: message }, 'STOMP relay refused');
        call.write(chunk(errorFrameBytes(message)));
        call.end();
      };
      if (version !== String(STOMP_RELAY_VERSION)) {
        refuse(`PROTOCOL_VERSION - node ${from} relays STOMP with relay protocol version ${version || '(none)'}; this node speaks ${STOMP_RELAY_VERSION}`);
        return;
      }
      if (cluster !== opts.cluster) {
        refuse(`CLUSTER_MISMATCH - node ${from} belongs to cluster ${JSON.stringify(cluster)}, this node to ${JSON.stringify(opts.cluster)}`);
        return;
      }
      opts.accept(relayServerTransport(call, `${peer} via node ${from}`));
    },
  };
}

export interface RelayRouting {
  cluster: string;
  nodeId: number;
  site: string;
  /** The leader when it is another node: its id and gRPC address; null when unknown. */
  leader(): { id: number; address: string } | null;
  isLeader(): boolean;
  onLeaderChange(fn: (lead: number) => void): () => void;
  /** How long a client waits for a leader to be known before it is answered with ERROR. */
  waitForLeaderMs: number;
  /** The largest gRPC message a relay stream carries (a frame of the largest message). */
  grpcMessageBytesMax: number;
  /** The STOMP drain timeout: a relayed client that reads nothing for longer (plus a grace) is cut here. */
  drainTimeoutMs: number;
}

/** The follower's side: one Relay stream per STOMP client it accepted. */
export class StompRelayClient {
  private readonly routing: RelayRouting;
  private readonly log: Logger;
  private readonly clients = new Map<string, grpc.Client>();
  private readonly live = new Set<(reason: string) => void>();
  private closed = false;

  /** Serves a client on this node: for one that waited for a leader and found it is this node. */
  private readonly serveHere: (socket: Socket) => void;

  constructor(routing: RelayRouting, logger: Logger, serveHere: (socket: Socket) => void) {
    this.routing = routing;
    this.serveHere = serveHere;
    this.log = logger.child({ component: 'stomp-relay' });
  }

  get active(): number {
    return this.live.size;
  }

  private clientFor(address: string): grpc.Client {
    let c = this.clients.get(address);
    if (!c) {
      c = new grpc.Client(address, grpc.credentials.createInsecure(), {
        'grpc.max_receive_message_length': this.routing.grpcMessageBytesMax,
        'grpc.max_send_message_length': this.routing.grpcMessageBytesMax,
      });
      this.clients.set(address, c);
    }
    return c;
  }

  /** Relays one accepted client socket to the leader. */
  relay(socket: Socket): void {
    const peer = `${socket.remoteAddress}:${socket.remotePort}`;
    const log = this.log.child({ peer });
    socket.setNoDelay(true);
    let call: grpc.ClientDuplexStream<Buffer, Buffer> | null = null;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let finished = false;
    let unsubscribe: (() => void) | null = null;
    let waitTimer: NodeJS.Timeout | null = null;
    let stalledTimer: NodeJS.Timeout | null = null;
    let leaderId = 0;

    const finish = (reason: string | null): void => {
      if (finished) return;
      finished = true;
      this.live.delete(finish);
      unsubscribe?.();
      if (waitTimer) clearTimeout(waitTimer);
      if (stalledTimer) clearTimeout(stalledTimer);
      if (call) {
        call.removeAllListeners('data');
        call.cancel();
      }
      if (!socket.destroyed && !socket.writableEnded) {
        if (reason !== null) socket.write(errorFrameBytes(reason));
        socket.end();
        const t = setTimeout(() => socket.destroy(), END_GRACE_MS);
        t.unref();
        socket.once('close', () => clearTimeout(t));
      }
      if (reason !== null) log.info({ leader: leaderId || null, reason }, 'STOMP relay ended');
    };
    this.live.add(finish);

    socket.on('data', (data: Buffer) => {
      if (finished) return;
      if (call) {
        if (!call.write(chunk(data))) socket.pause();
        return;
      }
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes > PENDING_BYTES_MAX) socket.pause();
    });
    // A client that ends its side (FIN) after its last frames: the stream is half-closed so the
    // leader handles them and ends the session, then its end ends the relay (bounded by a grace).
    let clientEnded = false;
    socket.on('end', () => {
      clientEnded = true;
      call?.end();
    });
    // After the client's FIN a write may fail (it is gone): the close below decides.
    socket.on('error', () => {
      if (!clientEnded) finish(null);
    });
    socket.on('close', () => {
      if (!clientEnded || !call || finished) return finish(null);
      const t = setTimeout(() => finish(null), END_GRACE_MS);
      t.unref();
      call.once('end', () => clearTimeout(t));
    });

    const open = (lead: { id: number; address: string }): void => {
      if (waitTimer) clearTimeout(waitTimer);
      waitTimer = null;
      leaderId = lead.id;
      const md = new grpc.Metadata();
      md.set('fedmq-relay-version', String(STOMP_RELAY_VERSION));
      md.set('fedmq-cluster', this.routing.cluster);
      md.set('fedmq-relay-from', String(this.routing.nodeId));
      md.set('fedmq-peer', peer);
      const c = this.clientFor(lead.address).makeBidiStreamRequest('/fedmq.v1.StompRelay/Relay', (b: Buffer) => b, (b: Buffer) => b, md);
      call = c;
      c.on('data', (raw: Buffer) => {
        let data: Uint8Array;
        try {
          data = fedmq.v1.StompChunk.decode(raw).data;
        } catch (err) {
          finish(`BAD_FRAME - the leader (node ${lead.id}) sent a relay chunk that is not a valid protobuf: ${(err as Error).message}`);
          return;
        }
        if (!socket.write(data)) {
          c.pause();
          // A client that does not read: the leader pauses and cuts its session after its drain
          // timeout, but cannot reset the stream while its own writes wait on this one; cut here.
          stalledTimer ??= setTimeout(() => {
            log.warn({ drainTimeoutMs: this.routing.drainTimeoutMs }, 'relayed STOMP client did not read what it was sent: connection cut');
            socket.destroy();
            finish(null);
          }, this.routing.drainTimeoutMs + END_GRACE_MS);
          stalledTimer.unref();
        }
      });
      socket.on('drain', () => {
        if (stalledTimer) clearTimeout(stalledTimer);
        stalledTimer = null;
        c.resume();
      });
      c.on('drain', () => socket.resume());
      // The leader ended the session itself (after its own ERROR, or a DISCONNECT): pass the end on.
      c.on('end', () => finish(null));
      c.on('error', (err: grpc.ServiceError) => {
        if (err.code === grpc.status.CANCELLED) return finish(null);
        finish(`UNAVAILABLE - the relay to the leader (node ${lead.id}, ${lead.address}) failed: ${err.details || err.message}; reconnect to any node of site ${this.routing.site}`);
      });
      for (const p of pending) c.write(chunk(p));
      pending = [];
      pendingBytes = 0;
      socket.resume();
    };

    const route = (): boolean => {
      if (finished) return true;
      if (this.routing.isLeader()) {
        // This node became the leader while the client waited (the first election of a site, or
        // this follower won it): serve the client here, with the bytes it sent meanwhile.
        finished = true;
        this.live.delete(finish);
        unsubscribe?.();
        if (waitTimer) clearTimeout(waitTimer);
        for (const ev of ['data', 'error', 'close', 'drain']) socket.removeAllListeners(ev);
        socket.pause();
        if (pending.length > 0) socket.unshift(Buffer.concat(pending));
        pending = [];
        this.serveHere(socket);
        socket.resume();
        return true;
      }
      const lead = this.routing.leader();
      if (!lead) return false;
      open(lead);
      return true;
    };

    unsubscribe = this.routing.onLeaderChange((lead) => {
      if (finished) return;
      if (call === null) {
        route();
        return;
      }
      if (lead !== leaderId) {
        finish(`LEADER_CHANGED - the leader of site ${this.routing.site} changed (node ${leaderId} to ${lead ? `node ${lead}` : 'none yet'}): this session has ended; reconnect to any node`);
      }
    });
    if (this.closed) {
      finish(`UNAVAILABLE - node ${this.routing.nodeId} is shutting down; reconnect to another node of site ${this.routing.site}`);
      return;
    }
    if (!route()) {
      waitTimer = setTimeout(() => {
        finish(`NO_LEADER - site ${this.routing.site} has had no leader for ${this.routing.waitForLeaderMs} ms; retry shortly`);
      }, this.routing.waitForLeaderMs);
      waitTimer.unref();
    }
  }

  /** Ends every relayed connection (with an ERROR saying why) and closes the channels. */
  close(): void {
    this.closed = true;
    for (const finish of [...this.live]) finish(`UNAVAILABLE - node ${this.routing.nodeId} is shutting down; reconnect to another node of site ${this.routing.site}`);
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
