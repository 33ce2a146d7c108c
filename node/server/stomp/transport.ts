// What a STOMP connection runs over: a client's TCP socket on the leader, or, for a client that
// reached a follower, the relay stream the follower opened to the leader (relay.ts). Both give
// bytes in, bytes out, how many written bytes have not left yet (for backpressure), and a way to
// stop reading while the client does not read what it is sent.
import type { Socket } from 'node:net';

export interface StompTransportEvents {
  data(chunk: Buffer): void;
  /** The peer went away or the transport failed: no more data, writes are dropped. */
  close(): void;
  /** Written bytes that had backed up have left. */
  drain(): void;
}

export interface StompTransport {
  /** Who is on the other end, for logs ("127.0.0.1:50312", "127.0.0.1:50312 via node 2"). */
  readonly peer: string;
  /** Bytes written and not yet handed to the kernel (or to the relay stream's peer). */
  readonly bufferedBytes: number;
  start(events: StompTransportEvents): void;
  write(bytes: Buffer | string): void;
  pauseReading(): void;
  resumeReading(): void;
  /** Ends after what was written has left. */
  end(): void;
  /** Ends now, dropping what has not left. */
  destroy(): void;
}

/** After end(), a socket whose peer does not read the last bytes is destroyed this much later. */
const END_GRACE_MS = 5_000;

export function socketTransport(socket: Socket): StompTransport {
  socket.setNoDelay(true);
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  return {
    peer: `${socket.remoteAddress}:${socket.remotePort}`,
    get bufferedBytes() {
      return socket.writableLength;
    },
    start(events) {
      socket.on('data', (chunk: Buffer) => events.data(chunk));
      socket.on('error', () => events.close());
      socket.on('close', () => events.close());
      socket.on('drain', () => events.drain());
    },
    write: (bytes) => {
      if (socket.destroyed) return;
      // Frames written in one turn (the receipts of one commit, say) leave in one write.
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(uncork);
      }
      socket.write(bytes);
    },
    pauseReading: () => socket.pause(),
    resumeReading: () => socket.resume(),
    end: () => {
      if (socket.destroyed || socket.writableEnded) return;
      // Closed once the last bytes have left, or after the grace if the client never reads them.
      socket.destroySoon();
      const t = setTimeout(() => socket.destroy(), END_GRACE_MS);
      t.unref();
      socket.once('close', () => clearTimeout(t));
    },
    destroy: () => {
      if (!socket.destroyed) socket.destroy();
    },
  };
}
