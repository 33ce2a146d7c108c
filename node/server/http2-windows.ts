// HTTP/2 flow-control windows for a node's gRPC server. grpc-js lets a client raise its receive
// window ('grpc-node.flow_control_window') but not a server: a server keeps HTTP/2's 64 KiB, so a
// client streaming to it (a bridge sending batches across a WAN, a producer) can have at most
// 64 KiB in flight per round trip: 1.3 MB/s at 50 ms, whatever the bridge's window. This widens
// the server's stream and connection windows through grpc-js internals (checked: if they are not
// where expected, the server keeps the defaults and this says so once).
import type * as grpc from '@grpc/grpc-js';
import type { Http2Session } from 'node:http2';
import type { Logger } from '../log.ts';

/** The receive window a node grants each stream and each connection. */
export const SERVER_FLOW_WINDOW_BYTES = 32 << 20;

interface GrpcServerInternals {
  commonServerOptions?: { settings?: Record<string, unknown> };
  http2Servers?: Map<{ on(event: 'session', fn: (s: Http2Session) => void): void }, unknown>;
}

/** Before bindAsync: every new stream gets the wide initial window. */
export function widenStreamWindows(server: grpc.Server, logger: Logger): void {
  const s = server as unknown as GrpcServerInternals;
  if (!s.commonServerOptions) {
    logger.warn('grpc-js internals changed: HTTP/2 stream windows stay at 64 KiB (slow bridges over long round trips)');
    return;
  }
  s.commonServerOptions.settings = { ...(s.commonServerOptions.settings ?? {}), initialWindowSize: SERVER_FLOW_WINDOW_BYTES };
}

/** After bindAsync: every new connection gets the wide connection window. */
export function widenConnectionWindows(server: grpc.Server, logger: Logger): void {
  const s = server as unknown as GrpcServerInternals;
  if (!s.http2Servers || s.http2Servers.size === 0) {
    logger.warn('grpc-js internals changed: HTTP/2 connection windows stay at 64 KiB (slow bridges over long round trips)');
    return;
  }
  for (const h2 of s.http2Servers.keys()) {
    h2.on('session', (session) => {
      try {
        session.setLocalWindowSize(SERVER_FLOW_WINDOW_BYTES);
      } catch {
        // A session already closing: nothing to widen.
      }
    });
  }
}
