// The fault proxy against a real echo server on 127.0.0.1: bytes pass intact (half-close
// included), latency, jitter, bandwidth, drops, cuts, partitions and backpressure do what they
// say, and close() leaves nothing that keeps a process alive. Serial: the timing claims need
// the two shared cores to themselves.
import test, { type ExecutionContext } from 'ava';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FaultProxy, type FaultProxyOptions } from './fault-proxy.ts';
import { freePorts } from './ports.ts';
import { sleep, waitFor } from './wait.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..', '..');

/** Resolves once `done()` holds, checked at start and after every listed event; fails at the deadline. */
function until(emitters: Array<[EventEmitter, string[]]>, done: () => boolean, opts: { timeoutMs: number; what: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const detach: Array<() => void> = [];
    const finish = (err?: Error): void => {
      clearTimeout(timer);
      for (const d of detach) d();
      if (err) reject(err);
      else resolve();
    };
    const check = (): void => {
      if (done()) finish();
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what}`)), opts.timeoutMs);
    for (const [emitter, events] of emitters) {
      for (const event of events) {
        emitter.on(event, check);
        detach.push(() => emitter.off(event, check));
      }
    }
    check();
  });
}

interface Upstream {
  port: number;
  target: string;
  /** Connections the server accepted. */
  accepted: number;
  sockets: Set<Socket>;
}

/** A TCP server on 127.0.0.1:0, closed (its connections destroyed) when the test ends. */
async function startServer(t: ExecutionContext, onSocket: (s: Socket) => void): Promise<Upstream> {
  const up: Upstream = { port: 0, target: '', accepted: 0, sockets: new Set() };
  const server: Server = createServer({ allowHalfOpen: true }, (s) => {
    up.accepted++;
    up.sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => up.sockets.delete(s));
    onSocket(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  up.port = (server.address() as AddressInfo).port;
  up.target = `127.0.0.1:${up.port}`;
  t.teardown(async () => {
    for (const s of up.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return up;
}

/** Echoes every byte and passes a half-close on (pipe ends its write side on 'end'). */
function startEcho(t: ExecutionContext): Promise<Upstream> {
  return startServer(t, (s) => s.pipe(s));
}

async function startProxy(t: ExecutionContext, opts: FaultProxyOptions): Promise<FaultProxy> {
  const proxy = await FaultProxy.start(opts);
  t.teardown(() => proxy.close());
  return proxy;
}

/** A client socket that records what it receives and how it ended. */
class Client {
  received: Buffer[] = [];
  receivedBytes = 0;
  dataEvents = 0;
  errorCode: string | null = null;
  ended = false;
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.received.push(chunk);
      this.receivedBytes += chunk.length;
      this.dataEvents++;
    });
    socket.on('error', (err: NodeJS.ErrnoException) => (this.errorCode ??= err.code ?? err.message));
    socket.on('end', () => (this.ended = true));
    socket.on('close', () => (this.closed = true));
  }

  /** Opens a connection (without waiting for it): for connections that may be reset at once. */
  static open(t: ExecutionContext, address: string): Client {
    const [host, port] = address.split(':');
    const client = new Client(connect({ host: host!, port: Number(port), allowHalfOpen: true }));
    t.teardown(() => void client.socket.destroy());
    return client;
  }

  static async connect(t: ExecutionContext, address: string): Promise<Client> {
    const client = Client.open(t, address);
    await until([[client.socket, ['connect', 'close']]], () => !client.socket.connecting || client.closed, { timeoutMs: 5_000, what: `a connection to ${address}` });
    if (client.closed) throw new Error(`connection to ${address} failed: ${client.errorCode}`);
    return client;
  }

  waitBytes(n: number, timeoutMs = 5_000): Promise<void> {
    return until([[this.socket, ['data', 'close']]], () => this.receivedBytes >= n || this.closed, { timeoutMs, what: `${n} bytes` }).then(() => {
      if (this.receivedBytes < n) throw new Error(`connection closed (${this.errorCode ?? 'no error'}) after ${this.receivedBytes} of ${n} bytes`);
    });
  }

  waitClosed(timeoutMs = 5_000): Promise<void> {
    return until([[this.socket, ['close']]], () => this.closed, { timeoutMs, what: 'the connection to close' });
  }

  /** Sends `payload` and waits for its echo; returns the round trip in ms. */
  async roundTripMs(payload: Buffer, timeoutMs = 5_000): Promise<number> {
    const expected = this.receivedBytes + payload.length;
    const startMs = performance.now();
    this.socket.write(payload);
    await this.waitBytes(expected, timeoutMs);
    return performance.now() - startMs;
  }

  all(): Buffer {
    return Buffer.concat(this.received);
  }
}

type Outcome = 'echoed' | 'closed' | 'silent';

/** Connects, sends a byte and reports whether it was echoed, the connection closed, or neither within `silentMs`. */
async function probe(t: ExecutionContext, address: string, silentMs = 2_000): Promise<{ outcome: Outcome; client: Client }> {
  const client = Client.open(t, address);
  client.socket.write('x');
  try {
    await until([[client.socket, ['data', 'close']]], () => client.receivedBytes > 0 || client.closed, { timeoutMs: silentMs, what: 'an echo or a close' });
  } catch {
    return { outcome: 'silent', client };
  }
  return { outcome: client.receivedBytes > 0 ? 'echoed' : 'closed', client };
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

test.serial('5 MB of random bytes pass both ways intact, and a half-close passes on', async (t) => {
  t.timeout(15_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const payload = randomBytes(5 * 1024 * 1024);
  const client = await Client.connect(t, proxy.address);
  client.socket.end(payload); // FIN after the data: the echo server ends its side in turn
  await until([[client.socket, ['end', 'close']]], () => client.ended || client.closed, { timeoutMs: 10_000, what: 'the echo of 5 MB and its FIN' });
  t.true(client.ended, `the echo side ended cleanly (error: ${client.errorCode})`);
  t.is(client.receivedBytes, payload.length);
  t.is(sha(client.all()), sha(payload));
  await client.waitClosed();
  t.is(client.errorCode, null);
  const stats = proxy.stats();
  t.is(stats.bytesUp, payload.length);
  t.is(stats.bytesDown, payload.length);
});

test.serial('half-close: the client ends its side and still receives what the server sends after', async (t) => {
  t.timeout(10_000);
  // Replies after the client's FIN, then ends: latency puts the FIN through the same queue as data.
  const server = await startServer(t, (s) => {
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => (got += d));
    s.on('end', () => setTimeout(() => s.end(`got ${got}; bye`), 50));
  });
  const proxy = await startProxy(t, { target: server.target });
  proxy.setLatency(20, 10);
  const client = await Client.connect(t, proxy.address);
  client.socket.end('hello');
  await until([[client.socket, ['end', 'close']]], () => client.ended || client.closed, { timeoutMs: 5_000, what: 'the reply after a half-close' });
  t.is(client.all().toString(), 'got hello; bye');
  await client.waitClosed();
  t.is(client.errorCode, null);
  await waitFor(() => proxy.stats().connectionsOpen === 0, { timeoutMs: 2_000, what: 'the proxy to forget the closed connection' });
  t.is(proxy.stats().connectionsOpen, 0, 'the proxy forgot the closed connection');
});

test.serial('latency: the round trip grows by about 2 × latency, set on an open connection', async (t) => {
  t.timeout(10_000);
  const latencyMs = 40;
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const client = await Client.connect(t, proxy.address);
  const small = Buffer.from('ping-ping-ping!!');
  const baseline: number[] = [];
  for (let i = 0; i < 3; i++) baseline.push(await client.roundTripMs(small));
  proxy.setLatency(latencyMs);
  const delayed: number[] = [];
  for (let i = 0; i < 5; i++) delayed.push(await client.roundTripMs(small));
  t.log(`round trips: baseline ${baseline.map((x) => x.toFixed(1)).join(', ')} ms; with ${latencyMs} ms latency ${delayed.map((x) => x.toFixed(1)).join(', ')} ms`);
  for (const rtt of delayed) t.true(rtt >= 2 * latencyMs - 5, `round trip ${rtt.toFixed(1)} ms < 2 × ${latencyMs} ms - 5`);
  t.true(Math.min(...delayed) <= 2 * latencyMs + 150, `fastest round trip ${Math.min(...delayed).toFixed(1)} ms is far above 2 × ${latencyMs} ms`);
  // Back to no latency on the same connection.
  proxy.setLatency(0);
  const after: number[] = [];
  for (let i = 0; i < 3; i++) after.push(await client.roundTripMs(small));
  t.true(Math.min(...after) < latencyMs, `round trip after setLatency(0): ${Math.min(...after).toFixed(1)} ms`);
});

test.serial('jitter never reorders: numbered chunks come back in order', async (t) => {
  t.timeout(10_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target, seed: 7 });
  proxy.setLatency(15, 15); // each chunk delayed by 0..30 ms, drawn independently
  const client = await Client.connect(t, proxy.address);
  const count = 150;
  const recordBytes = 8;
  for (let seq = 0; seq < count; seq++) {
    const record = Buffer.alloc(recordBytes);
    record.writeUInt32BE(seq, 0);
    record.writeUInt32BE(~seq >>> 0, 4);
    client.socket.write(record);
    await sleep(1); // separate chunks at the proxy, each with its own jitter draw
  }
  await client.waitBytes(count * recordBytes, 5_000);
  const all = client.all();
  const seqs: number[] = [];
  for (let off = 0; off < all.length; off += recordBytes) {
    t.is(all.readUInt32BE(off + 4), ~all.readUInt32BE(off) >>> 0, `record at byte ${off} is intact`);
    seqs.push(all.readUInt32BE(off));
  }
  t.deepEqual(seqs, Array.from({ length: count }, (_, i) => i));
  t.log(`${count} chunks came back in ${client.dataEvents} reads`);
  t.true(client.dataEvents >= 10, 'the records travelled as many separate chunks');
});

test.serial('bandwidth: 1 MB at 1 MB/s takes about a second; lifting the cap makes it fast again', async (t) => {
  t.timeout(15_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  proxy.setBandwidth(1_000_000);
  const client = await Client.connect(t, proxy.address);
  const payload = randomBytes(1_000_000);
  const cappedMs = await client.roundTripMs(payload, 8_000);
  t.log(`1 MB echoed at 1 MB/s in ${cappedMs.toFixed(0)} ms`);
  t.true(cappedMs >= 900, `took only ${cappedMs.toFixed(0)} ms`);
  t.true(cappedMs <= 4_000, `took ${cappedMs.toFixed(0)} ms`);
  t.is(sha(client.all()), sha(payload));
  proxy.setBandwidth(null);
  const freeMs = await client.roundTripMs(payload, 5_000);
  t.log(`1 MB echoed uncapped in ${freeMs.toFixed(0)} ms`);
  t.true(freeMs < 1_000, `uncapped took ${freeMs.toFixed(0)} ms`);
});

test.serial('drop rate 1 resets every new connection, 0 none, and a seed replays the same drops', async (t) => {
  t.timeout(15_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const open = await Client.connect(t, proxy.address);
  proxy.setDropRate(1);
  for (let i = 0; i < 5; i++) {
    const { outcome, client } = await probe(t, proxy.address);
    t.is(outcome, 'closed');
    t.not(client.errorCode, null, 'a dropped connection is reset, not closed cleanly');
  }
  t.is(proxy.stats().droppedConnections, 5);
  t.is(echo.accepted, 1, 'dropped connections never reach the target');
  t.true((await open.roundTripMs(Buffer.from('still here'))) >= 0, 'an existing connection is unaffected');
  proxy.setDropRate(0);
  for (let i = 0; i < 5; i++) t.is((await probe(t, proxy.address)).outcome, 'echoed');
  t.is(proxy.stats().droppedConnections, 5);

  const pattern = async (seed: number): Promise<string> => {
    const p = await startProxy(t, { target: echo.target, seed });
    p.setDropRate(0.5);
    let s = '';
    for (let i = 0; i < 16; i++) s += (await probe(t, p.address)).outcome === 'echoed' ? '.' : 'x';
    await p.close();
    return s;
  };
  const first = await pattern(42);
  t.log(`seed 42, drop rate 0.5: ${first}`);
  t.is(await pattern(42), first);
  t.true(first.includes('x') && first.includes('.'), 'some connections dropped, some not');
});

test.serial('cutAll resets every open connection; new ones work', async (t) => {
  t.timeout(10_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const clients = [await Client.connect(t, proxy.address), await Client.connect(t, proxy.address)];
  for (const c of clients) await c.roundTripMs(Buffer.from('hi'));
  t.is(proxy.stats().connectionsOpen, 2);
  proxy.cutAll();
  for (const c of clients) {
    await c.waitClosed(2_000);
    t.is(c.errorCode, 'ECONNRESET');
  }
  await waitFor(() => echo.sockets.size === 0, { timeoutMs: 2_000, what: 'the target side of the cut connections to close' });
  t.is(proxy.stats().connectionsOpen, 0);
  t.is((await probe(t, proxy.address)).outcome, 'echoed');
});

test.serial('partition black-holes new connections until heal; refuse mode resets them', async (t) => {
  t.timeout(15_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const before = await Client.connect(t, proxy.address);
  await before.roundTripMs(Buffer.from('hi'));

  proxy.partition();
  await before.waitClosed(2_000);
  t.is(before.errorCode, 'ECONNRESET', 'an existing connection is reset by the partition');
  const acceptedBefore = echo.accepted;
  const held = await probe(t, proxy.address, 300);
  t.is(held.outcome, 'silent', 'a write during the partition gets no answer within 300 ms');
  t.false(held.client.socket.connecting, 'the connection itself was accepted');
  t.is(echo.accepted, acceptedBefore, 'a held connection never reaches the target');
  t.like(proxy.stats(), { connectionsOpen: 1, connectionsHeld: 1 });

  proxy.heal();
  await held.client.waitClosed(2_000);
  t.is(held.client.receivedBytes, 0, 'nothing written during the partition is delivered');
  t.is((await probe(t, proxy.address)).outcome, 'echoed', 'a new connection after heal goes through');

  proxy.partition({ mode: 'refuse' });
  const refused = await probe(t, proxy.address);
  t.is(refused.outcome, 'closed');
  t.not(refused.client.errorCode, null);
  t.is(proxy.stats().connectionsHeld, 0);
  proxy.heal();
  t.is((await probe(t, proxy.address)).outcome, 'echoed');
});

test.serial('stats count connections and forwarded bytes', async (t) => {
  t.timeout(10_000);
  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  t.deepEqual(proxy.stats(), { connectionsAccepted: 0, connectionsOpen: 0, connectionsHeld: 0, bytesUp: 0, bytesDown: 0, bytesQueued: 0, droppedConnections: 0 });
  const a = await Client.connect(t, proxy.address);
  const b = await Client.connect(t, proxy.address);
  await a.roundTripMs(Buffer.alloc(1_000, 1));
  await b.roundTripMs(Buffer.alloc(500, 2));
  t.deepEqual(proxy.stats(), { connectionsAccepted: 2, connectionsOpen: 2, connectionsHeld: 0, bytesUp: 1_500, bytesDown: 1_500, bytesQueued: 0, droppedConnections: 0 });
  a.socket.end();
  b.socket.end();
  await waitFor(() => proxy.stats().connectionsOpen === 0, { timeoutMs: 2_000, what: 'both connections to close' });
  proxy.setDropRate(1);
  t.is((await probe(t, proxy.address)).outcome, 'closed');
  t.like(proxy.stats(), { connectionsAccepted: 3, connectionsOpen: 0, bytesUp: 1_500, bytesDown: 1_500, droppedConnections: 1 });
});

test.serial('resets pass through: a target that is down, a client reset, a server reset', async (t) => {
  t.timeout(10_000);
  const [deadPort] = await freePorts(1);
  const toNowhere = await startProxy(t, { target: `127.0.0.1:${deadPort}` });
  const refused = await probe(t, toNowhere.address);
  t.is(refused.outcome, 'closed', 'a client of a target that is down is reset');
  await waitFor(() => toNowhere.stats().connectionsOpen === 0, { timeoutMs: 2_000, what: 'the failed connection to be forgotten' });

  const echo = await startEcho(t);
  const proxy = await startProxy(t, { target: echo.target });
  const a = await Client.connect(t, proxy.address);
  await a.roundTripMs(Buffer.from('hi'));
  const [serverSide] = [...echo.sockets];
  a.socket.resetAndDestroy();
  await until([[serverSide!, ['close']]], () => serverSide!.destroyed, { timeoutMs: 2_000, what: 'the target side to close after the client reset' });

  const b = await Client.connect(t, proxy.address);
  await b.roundTripMs(Buffer.from('hi'));
  for (const s of echo.sockets) s.resetAndDestroy();
  await b.waitClosed(2_000);
  t.is(b.errorCode, 'ECONNRESET');
  await waitFor(() => proxy.stats().connectionsOpen === 0, { timeoutMs: 2_000, what: 'no open connections' });
  t.is(proxy.stats().connectionsAccepted, 2);
});

test.serial('backpressure: a target that stops reading stops the proxy reading, with a bounded queue', async (t) => {
  t.timeout(20_000);
  const queueBytesMax = 256 * 1024;
  let readers: Socket[] = [];
  const sink = await startServer(t, (s) => {
    s.pause();
    readers.push(s);
  });
  const proxy = await startProxy(t, { target: sink.target, queueBytesMax });
  const client = await Client.connect(t, proxy.address);
  const payload = randomBytes(32 * 1024 * 1024);
  client.socket.write(payload);
  // Wait until forwarding stalls: the target's kernel buffers are full.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await sleep(100);
    const { bytesUp } = proxy.stats();
    if (bytesUp === last) break;
    last = bytesUp;
  }
  const stalled = proxy.stats();
  t.log(`stalled with ${stalled.bytesUp} bytes forwarded, ${stalled.bytesQueued} queued in the proxy`);
  t.true(stalled.bytesUp < payload.length / 2, 'forwarding stalled');
  t.true(stalled.bytesQueued <= queueBytesMax + 128 * 1024, `the proxy holds ${stalled.bytesQueued} bytes`);
  await sleep(200);
  t.is(proxy.stats().bytesUp, stalled.bytesUp, 'no progress while the target does not read');

  // The target reads again: everything arrives, intact and in order.
  const got: Buffer[] = [];
  let gotBytes = 0;
  const [reader] = readers;
  readers = [];
  reader!.on('data', (d: Buffer) => {
    got.push(d);
    gotBytes += d.length;
  });
  reader!.resume();
  await until([[reader!, ['data', 'close']]], () => gotBytes >= payload.length, { timeoutMs: 10_000, what: 'all 32 MB at the target' });
  t.is(sha(Buffer.concat(got)), sha(payload));
});

test.serial('close() resets everything, is idempotent and leaves no handle keeping a process alive', async (t) => {
  t.timeout(30_000);
  // In-process: clients of a closed proxy are reset, and new connections are refused.
  const echo = await startEcho(t);
  const proxy = await FaultProxy.start({ target: echo.target });
  const client = await Client.connect(t, proxy.address);
  await proxy.close();
  await proxy.close();
  await client.waitClosed(2_000);
  t.is((await probe(t, proxy.address)).outcome, 'closed');

  // In a child process with timers, paused sockets and held connections in flight: after
  // close() it must exit by itself.
  const proxyUrl = pathToFileURL(join(HERE, 'fault-proxy.ts')).href;
  const script = `
    import { createServer, connect } from 'node:net';
    import { FaultProxy } from ${JSON.stringify(proxyUrl)};
    const echo = createServer({ allowHalfOpen: true }, (s) => { s.on('error', () => {}); s.pipe(s); });
    await new Promise((r) => echo.listen(0, '127.0.0.1', r));
    const target = '127.0.0.1:' + echo.address().port;
    const slow = await FaultProxy.start({ target, queueBytesMax: 64 * 1024 });
    slow.setLatency(50, 20);
    slow.setBandwidth(200_000);
    const hole = await FaultProxy.start({ target });
    hole.partition();
    const open = (address) => {
      const c = connect(Number(address.split(':')[1]), '127.0.0.1');
      c.on('error', () => {});
      c.on('data', () => {});
      return c;
    };
    for (let i = 0; i < 3; i++) open(slow.address).write(Buffer.alloc(1_000_000));
    open(hole.address).write('anyone there?');
    const inFlight = () => slow.stats().connectionsOpen === 3 && slow.stats().bytesQueued > 0 && hole.stats().connectionsHeld === 1;
    for (const deadline = Date.now() + 5000; !inFlight(); ) {
      if (Date.now() > deadline) { console.log('never in flight: ' + JSON.stringify({ slow: slow.stats(), hole: hole.stats() })); process.exit(2); }
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 100)); // latency and bandwidth timers pending, sources paused
    console.log('before close: ' + JSON.stringify({ slow: slow.stats(), hole: hole.stats() }));
    await Promise.all([slow.close(), hole.close(), slow.close()]);
    await new Promise((r) => echo.close(r));
    console.log('closed');
    // Printed only if something still keeps the process alive half a second later.
    setTimeout(() => console.log('still alive with ' + JSON.stringify(process.getActiveResourcesInfo())), 500).unref();
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(() => void child.kill('SIGKILL'));
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  const exited = (): boolean => exitCode !== undefined;
  // tsx compiles on start and the machine is shared: a generous bound to reach the end…
  await until([[child, ['exit']], [child.stdout, ['data']]], () => exited() || out.includes('closed'), { timeoutMs: 20_000, what: `the child to close its proxies\n${out}` });
  t.true(out.includes('closed'), `the child reached the end of its script\n${out}`);
  // …and a short one to exit after close(): a timer or socket left behind would keep it alive.
  await until([[child, ['exit']]], exited, { timeoutMs: 3_000, what: 'the child to exit after close()' }).catch((err: Error) => {
    throw new Error(`${err.message}\n${out}`); // the output now includes what keeps it alive
  });
  t.log(out.trim());
  t.is(exitCode, 0);
});
