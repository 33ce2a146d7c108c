// The STOMP load generator against the null server (each mode, ~1 s, small settings), and its
// failure paths: an ERROR frame rejects runLoad with the server's message, and a server that stops
// answering trips the watchdog.
//
//   npx ava bench/stomp-load.test.ts
import test from 'ava';
import { createServer, type Server } from 'node:net';
import { runLoad, type LatencyStats } from './stomp-load.ts';
import { startNullServer } from './stomp-null-server.ts';

const ordered = (s: LatencyStats | undefined): boolean =>
  s !== undefined && s.count > 0 && s.minMs >= 0 && s.minMs <= s.p50Ms && s.p50Ms <= s.p99Ms && s.p99Ms <= s.maxMs;

test('produce, consume and latency against the null server', async (t) => {
  const server = await startNullServer({ port: 0 });
  try {
    const p = await runLoad({ servers: server.address, mode: 'produce', connections: 2, window: 8, seconds: 0.8, warmupSeconds: 0.2 });
    t.true(p.messages > 0, 'produce counted receipts');
    t.is(p.receipts, p.sent, 'every SEND got its RECEIPT');
    t.true(p.msgsPerSec > 0);
    t.true(ordered(p.receiptLatency), JSON.stringify(p.receiptLatency));
    t.is(p.receiptLatency!.count, p.messages);

    const c = await runLoad({ servers: [server.address], mode: 'consume', connections: 2, window: 16, count: 3000, prefetch: 100 });
    t.is(c.fill!.messages, 3000);
    t.is(c.sent, 3000);
    t.is(c.receipts, 3000);
    t.is(c.consumed, 3000, 'consumed what was filled');
    t.is(c.messages, 3000);
    t.true(c.msgsPerSec > 0);

    const l = await runLoad({ servers: server.address, mode: 'latency', connections: 2, window: 16, rate: 2000, seconds: 0.8, warmupSeconds: 0.2, ack: 'client-individual' });
    t.true(l.messages > 0);
    t.is(l.receipts, l.sent);
    t.is(l.consumed, l.sent, 'the consumer got every message');
    t.is(l.endToEnd!.count, l.messages);
    t.true(ordered(l.endToEnd), JSON.stringify(l.endToEnd));
    t.true(ordered(l.receiptLatency), JSON.stringify(l.receiptLatency));
    // 2000 msg/s for 0.8 s: about 1600 (timer slack allowed).
    t.true(l.messages > 1000 && l.messages < 2000, `latency messages ${l.messages}`);

    const st = server.stats();
    t.is(st.dropped, 0);
    t.is(st.backlog, p.sent, 'only the produce run (no subscriber) left messages waiting');
  } finally {
    await server.close();
  }
});

/** A server that answers CONNECT, then reacts to the first SEND with `onSend`. */
async function fakeServer(onSend: 'error' | 'silence'): Promise<{ server: Server; address: string }> {
  const server = createServer((sock) => {
    let buf = '';
    sock.on('data', (chunk: Buffer) => {
      buf += chunk.toString('latin1');
      if (buf.startsWith('CONNECT\n') && buf.includes('\0') && !buf.includes('SEND\n')) {
        sock.write('CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0');
        buf = buf.slice(buf.indexOf('\0') + 1);
      }
      if (buf.includes('SEND\n') && onSend === 'error') {
        sock.end('ERROR\nmessage:queue quota exceeded\\c try later\ncontent-type:text/plain\n\nthe queue /queue/x is full\0');
      }
    });
    sock.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return { server, address: `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

test('an ERROR frame rejects runLoad with the server message', async (t) => {
  const { server, address } = await fakeServer('error');
  try {
    const e = await t.throwsAsync(runLoad({ servers: address, mode: 'produce', window: 4, seconds: 1, warmupSeconds: 0 }));
    t.regex(e!.message, /STOMP ERROR from 127\.0\.0\.1:\d+ .*queue quota exceeded: try later -- the queue \/queue\/x is full/);
  } finally {
    server.close();
  }
});

test('a server that stops answering trips the watchdog', async (t) => {
  const { server, address } = await fakeServer('silence');
  try {
    const started = Date.now();
    const e = await t.throwsAsync(runLoad({ servers: address, mode: 'produce', window: 4, seconds: 5, warmupSeconds: 0, stallSeconds: 0.5 }));
    t.regex(e!.message, /watchdog: no frame .* while waiting for RECEIPTs/);
    t.true(Date.now() - started < 3000);
  } finally {
    server.close();
  }
});
