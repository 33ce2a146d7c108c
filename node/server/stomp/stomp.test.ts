// STOMP 1.2 end to end on a real node (real LMDB), driven by a STOMP client library from the
// registry that nobody here wrote (stompit): every frame and ack mode, and bad input.
import test, { type ExecutionContext } from 'ava';
import { connect as netConnect } from 'node:net';
import stompit from 'stompit';
import type { Client } from 'stompit';
import { connectTo, startTestNode, until } from '../test-node.ts';
import type { RunningNode } from '../node.ts';

interface Received {
  headers: Record<string, string>;
  body: string;
  message: Client.Message;
}

function port(node: RunningNode): number {
  return Number(node.addresses.stomp!.split(':')[1]);
}

async function client(t: ExecutionContext, node: RunningNode, headers: Record<string, string> = {}): Promise<Client> {
  const c = await new Promise<Client>((resolve, reject) => {
    stompit.connect({ host: '127.0.0.1', port: port(node), connectHeaders: { host: '/', login: 'guest', passcode: 'guest', 'heart-beat': '0,0', 'accept-version': '1.2', ...headers } }, (err, cl) => (err ? reject(err) : resolve(cl)));
  });
  c.on('error', () => undefined);
  t.teardown(() => c.destroy(new Error('test over')));
  return c;
}

function send(c: Client, headers: Record<string, string>, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const f = c.send({ ...headers, receipt: 'r' }, { onReceipt: () => resolve(), onError: reject });
    f.write(body);
    f.end();
  });
}

function subscribe(c: Client, headers: Record<string, string>, into: Received[]): void {
  c.subscribe(headers, (err, message) => {
    if (err) return;
    message.readString('utf-8', (e, body) => {
      if (!e) into.push({ headers: (message as unknown as { headers: Record<string, string> }).headers, body: body ?? '', message });
    });
  });
}

test('SEND with persistent:true and a receipt, SUBSCRIBE with ack:auto, DISCONNECT with a receipt', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const c = await client(t, node);
  await send(c, { destination: '/queue/orders', persistent: 'true', 'content-type': 'text/plain', color: 'red' }, 'hello');
  t.is(Number(node.sm.destination(1, 'orders')?.depth), 1, 'stored (quorum commit, flushed) before the RECEIPT');
  const got: Received[] = [];
  subscribe(c, { destination: '/queue/orders', ack: 'auto', id: 's1' }, got);
  await until('the message', () => got.length === 1);
  t.is(got[0]!.body, 'hello');
  t.is(got[0]!.headers['destination'], '/queue/orders');
  t.is(got[0]!.headers['color'], 'red');
  t.is(got[0]!.headers['redelivered'], 'false');
  t.is(got[0]!.headers['subscription'], 's1');
  await until('auto ack removes it', () => Number(node.sm.destination(1, 'orders')?.depth) === 0);
  const disconnected = await new Promise<boolean>((resolve) => c.disconnect((err) => resolve(!err)));
  t.true(disconnected, 'DISCONNECT answered with its RECEIPT');
});

test('client-individual ACK and NACK: a nacked message comes back redelivered, an acked one is removed', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const c = await client(t, node);
  await send(c, { destination: '/queue/work', persistent: 'true' }, 'a');
  await send(c, { destination: '/queue/work', persistent: 'true' }, 'b');
  const got: Received[] = [];
  subscribe(c, { destination: '/queue/work', ack: 'client-individual', id: 's1', 'activemq.prefetchSize': '10' }, got);
  await until('two messages', () => got.length === 2);
  c.ack(got[0]!.message);
  c.nack(got[1]!.message);
  await until('the nacked one again', () => got.length === 3);
  t.is(got[2]!.body, 'b');
  t.is(got[2]!.headers['redelivered'], 'true');
  t.is(got[2]!.headers['fedmq-delivery-count'], '2');
  c.ack(got[2]!.message);
  await until('both removed', () => Number(node.sm.destination(1, 'work')?.depth) === 0);
  t.is(Number(node.sm.destination(1, 'work')!.acked), 2);
});

test('ack:client is cumulative; a transaction commits its SENDs and ACKs together, ABORT stores nothing', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const c = await client(t, node);
  for (const b of ['1', '2', '3']) await send(c, { destination: '/queue/cum', persistent: 'true' }, b);
  const got: Received[] = [];
  subscribe(c, { destination: '/queue/cum', ack: 'client', id: 's1' }, got);
  await until('three messages', () => got.length === 3);
  c.ack(got[1]!.message); // covers 1 and 2
  await until('two removed', () => Number(node.sm.destination(1, 'cum')?.depth) === 1);

  const tx = c.begin();
  const f = tx.send({ destination: '/queue/txq', persistent: 'true' });
  f.write('in-tx');
  f.end();
  c.ack(got[2]!.message, { transaction: String((tx as unknown as { id: number }).id) });
  await new Promise<void>((resolve, reject) => {
    tx.commit();
    // The commit's effect, checked on the node.
    until('the commit', () => Number(node.sm.destination(1, 'txq')?.depth ?? 0) === 1 && Number(node.sm.destination(1, 'cum')?.depth) === 0).then(resolve, reject);
  });
  const tx2 = c.begin();
  const g = tx2.send({ destination: '/queue/aborted', persistent: 'true' });
  g.write('never');
  g.end();
  tx2.abort();
  await send(c, { destination: '/queue/after', persistent: 'true' }, 'x'); // ordered after the ABORT
  t.is(node.sm.destination(1, 'aborted'), undefined);
});

test('a durable topic subscription (client-id and activemq.subscriptionName) keeps messages while its client is away', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const sub = await client(t, node, { 'client-id': 'app1' });
  const first: Received[] = [];
  subscribe(sub, { destination: '/topic/news', ack: 'auto', id: 'd1', 'activemq.subscriptionName': 'news-sub' }, first);
  await until('the durable subscription', () => node.sm.durable('app1', 'news-sub') !== undefined);
  sub.destroy(new Error('away'));
  const pub = await client(t, node);
  await send(pub, { destination: '/topic/news', persistent: 'true' }, 'while away');
  const again = await client(t, node, { 'client-id': 'app1' });
  const got: Received[] = [];
  subscribe(again, { destination: '/topic/news', ack: 'auto', id: 'd1', 'activemq.subscriptionName': 'news-sub' }, got);
  await until('the kept message', () => got.length === 1);
  t.is(got[0]!.body, 'while away');
});

test('fedmq-msg-id makes a SEND idempotent; a selector filters; prefetch-count bounds what is held', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const c = await client(t, node);
  await send(c, { destination: '/queue/idem', persistent: 'true', 'fedmq-msg-id': 'm-1' }, 'once');
  await send(c, { destination: '/queue/idem', persistent: 'true', 'fedmq-msg-id': 'm-1' }, 'once');
  t.is(Number(node.sm.destination(1, 'idem')?.depth), 1);
  for (let i = 0; i < 10; i++) await send(c, { destination: '/queue/sel', persistent: 'true', kind: i % 2 ? 'odd' : 'even' }, String(i));
  const got: Received[] = [];
  subscribe(c, { destination: '/queue/sel', ack: 'client-individual', id: 's', selector: "kind = 'odd'", 'prefetch-count': '2' }, got);
  await until('two held', () => got.length === 2);
  await new Promise((r) => setTimeout(r, 200));
  t.is(got.length, 2, 'no more than the prefetch unacknowledged');
  t.true(got.every((m) => m.headers['kind'] === 'odd'));
});

/** Raw bytes to the listener; resolves with what came back before the server closed. */
function raw(node: RunningNode, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const s = netConnect(port(node), '127.0.0.1');
    let out = '';
    const timer = setTimeout(() => {
      s.destroy();
      resolve(out);
    }, 3000);
    s.on('data', (d) => (out += d.toString('latin1')));
    s.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
    s.on('error', () => undefined);
    s.write(bytes);
  });
}

for (const [what, bytes, pattern] of [
  ['a header line without a colon', 'CONNECT\naccept-version:1.2\nhost:/\n\n\0SEND\ndestination /queue/a\n\nx\0', /ERROR[\s\S]*message:header line "destination \/queue\/a" has no/],
  ['an unknown command', 'CONNECT\naccept-version:1.2\nhost:/\n\n\0FROB\n\n\0', /ERROR[\s\S]*FROB/],
  ['a frame before CONNECT', 'SEND\ndestination:/queue/a\n\nx\0', /ERROR[\s\S]*before CONNECT/],
  ['a bad destination', 'CONNECT\naccept-version:1.2\nhost:/\n\n\0SEND\ndestination:/nowhere/a\nreceipt:1\n\nx\0', /ERROR[\s\S]*\/queue\/NAME or \/topic\/NAME/],
  ['an unsupported version', 'CONNECT\naccept-version:2.0\nhost:/\n\n\0', /ERROR[\s\S]*version:1\.2,1\.1,1\.0/],
] as const) {
  test(`${what} gets an ERROR frame that says so, then the connection closes; the node keeps serving`, async (t) => {
    const node = await startTestNode(t, { stomp: true });
    const reply = await raw(node, bytes);
    t.regex(reply, pattern);
    const c = await client(t, node);
    await send(c, { destination: '/queue/still', persistent: 'true' }, 'ok');
    t.is(Number(node.sm.destination(1, 'still')?.depth), 1);
  });
}

test('heart-beats are negotiated both ways, and a client that goes silent is cut after twice the interval', async (t) => {
  const node = await startTestNode(t, { stomp: true, stompHeartbeatMs: 200 });
  const s = netConnect(port(node), '127.0.0.1');
  let out = '';
  let closedAt = 0;
  s.on('data', (d) => (out += d.toString('latin1')));
  s.on('close', () => (closedAt = Date.now()));
  s.on('error', () => undefined);
  t.teardown(() => s.destroy());
  const sentAt = Date.now();
  // The client sends every 100 ms and wants one every 100 ms; the server offers 200,200.
  s.write('CONNECT\naccept-version:1.2\nhost:/\nheart-beat:100,100\n\n\0');
  await until('CONNECTED', () => out.includes('CONNECTED'));
  t.regex(out, /heart-beat:200,200/);
  await new Promise((r) => setTimeout(r, 700));
  const beats = (out.slice(out.indexOf('\0') + 1).match(/\n/g) ?? []).length;
  t.true(beats >= 2, `the server heart-beats (every max(200, 100) ms): ${beats} in 700 ms`);
  // The client never heart-beats: cut after twice max(100, 200) ms, give or take a check interval.
  await until('the server to cut the silent client', () => closedAt > 0, 5_000);
  t.true(closedAt - sentAt >= 400, `cut after ${closedAt - sentAt} ms`);
});

test('pipelined frames are answered in frame order: a RECEIPT on the last SEND of a batch covers the batch', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const socket = netConnect(port(node), '127.0.0.1');
  t.teardown(() => socket.destroy());
  let text = '';
  socket.on('data', (b: Buffer) => (text += b.toString('latin1')));
  const frame = (cmd: string, headers: Record<string, string>, body = ''): string => `${cmd}\n${Object.entries(headers).map(([k, v]) => `${k}:${v}\n`).join('')}\n${body}\u0000`;
  socket.write(frame('CONNECT', { 'accept-version': '1.2', host: '/', 'heart-beat': '0,0' }));
  await until('CONNECTED', () => text.includes('CONNECTED'));
  // Persistent SENDs (quorum commit) interleaved with non-persistent ones (answered from memory).
  let batch = '';
  for (let i = 0; i < 40; i++) batch += frame('SEND', { destination: '/queue/order', persistent: i % 2 === 0 ? 'true' : 'false', receipt: `r${i}` }, `m${i}`);
  socket.write(batch);
  await until('40 receipts', () => (text.match(/receipt-id:r\d+/g) ?? []).length === 40);
  const order = (text.match(/receipt-id:r(\d+)/g) ?? []).map((m) => Number(m.slice('receipt-id:r'.length)));
  t.deepEqual(order, Array.from({ length: 40 }, (_, i) => i));
  t.is(Number(node.sm.destination(1, 'order')?.depth), 20, 'the persistent ones are stored');
});

for (const version of ['1.1', '1.0'] as const) {
  test(`a STOMP ${version} client acknowledges by message-id: ACK removes, ${version === '1.1' ? 'NACK redelivers, ' : ''}ack:client is cumulative`, async (t) => {
    const node = await startTestNode(t, { stomp: true });
    const c = await client(t, node, { 'accept-version': version });
    for (const b of ['a', 'b', 'c', 'd']) await send(c, { destination: `/queue/v${version}`, persistent: 'true' }, b);
    const got: Received[] = [];
    subscribe(c, { destination: `/queue/v${version}`, ack: version === '1.1' ? 'client-individual' : 'client', id: 's1', 'activemq.prefetchSize': '10' }, got);
    await until('four messages', () => got.length === 4);
    t.falsy(got[0]!.headers['ack'], `no ack header in ${version}`);
    if (version === '1.1') {
      c.ack(got[0]!.message);
      c.nack(got[1]!.message);
      await until('the nacked one again', () => got.length === 5);
      t.is(got[4]!.body, 'b');
      t.is(got[4]!.headers['redelivered'], 'true');
      for (const m of [got[2]!, got[3]!, got[4]!]) c.ack(m.message);
    } else {
      // ack:client: acknowledging the last acknowledges every earlier one.
      c.ack(got[3]!.message);
    }
    await until('all acknowledged', () => Number(node.sm.destination(1, `v${version}`)?.depth) === 0);
    t.is(Number(node.sm.destination(1, `v${version}`)!.acked), 4);
  });
}

test('a client that sends, disconnects and closes at once, asking for no receipt, still has its SENDs stored', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const socket = netConnect(port(node), '127.0.0.1');
  t.teardown(() => socket.destroy());
  let text = '';
  socket.on('data', (b: Buffer) => (text += b.toString('latin1')));
  socket.write('CONNECT\naccept-version:1.2\nhost:/\n\n\u0000');
  await until('CONNECTED', () => text.includes('CONNECTED'));
  // A transaction first: its COMMIT waits for a quorum commit, so the close arrives while the
  // frames after it are still waiting their turn.
  let frames = 'BEGIN\ntransaction:t1\n\n\u0000';
  for (let i = 0; i < 10; i++) frames += `SEND\ndestination:/queue/fire-and-forget\ntransaction:t1\npersistent:true\n\ntx${i}\u0000`;
  frames += 'COMMIT\ntransaction:t1\n\n\u0000';
  for (let i = 0; i < 10; i++) frames += `SEND\ndestination:/queue/fire-and-forget\npersistent:true\n\nm${i}\u0000`;
  socket.end(frames + 'DISCONNECT\n\n\u0000');
  await until('all 20 stored', () => Number(node.sm.destination(1, 'fire-and-forget')?.depth) === 20);
  await until('the session ended', () => node.stomp.stats.served === 0);
  t.is(Number(node.sm.destination(1, 'fire-and-forget')?.depth), 20);
});

test('when a client goes, its subscriptions end at once: nothing is auto-acknowledged to nobody while its last frames are handled', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const producer = await connectTo(t, node);
  const total = 200;
  await Promise.all(Array.from({ length: total }, (_, i) => producer.send({ queue: 'watched' }, `w${i}`, { messageId: `w-${i}` })));
  const socket = netConnect(port(node), '127.0.0.1');
  t.teardown(() => socket.destroy());
  let text = '';
  socket.on('data', (b: Buffer) => (text += b.toString('latin1')));
  const closed = new Promise<void>((res) => socket.on('close', () => res()));
  socket.write('CONNECT\naccept-version:1.2\nhost:/\n\n\u0000');
  await until('CONNECTED', () => text.includes('CONNECTED'));
  // An auto-ack subscription with a small prefetch, then frames that keep the connection busy
  // (a transaction's COMMIT waits for its commit), then the client is gone.
  let frames = 'SUBSCRIBE\ndestination:/queue/watched\nid:1\nack:auto\nactivemq.prefetchSize:2\n\n\u0000';
  for (let k = 0; k < 5; k++) {
    frames += `BEGIN\ntransaction:t${k}\n\n\u0000`;
    for (let i = 0; i < 5; i++) frames += `SEND\ndestination:/queue/elsewhere\ntransaction:t${k}\npersistent:true\n\nx\u0000`;
    frames += `COMMIT\ntransaction:t${k}\n\n\u0000`;
  }
  socket.end(frames);
  await closed;
  await until('the session ended', () => node.stomp.stats.served === 0);
  await until('every transaction committed', () => Number(node.sm.destination(1, 'elsewhere')?.depth) === 25);
  const received = (text.match(/\nMESSAGE\n|^MESSAGE\n|\u0000\n*MESSAGE\n/g) ?? []).length;
  const left = Number(node.sm.destination(1, 'watched')?.depth);
  t.is(received + left, total, `every message was either received by the client (${received}) or is still queued (${left})`);
});

test('a STOMP 1.1 client that acknowledges in a transaction it aborts can acknowledge the redelivery by message-id', async (t) => {
  const node = await startTestNode(t, { stomp: true });
  const c = await client(t, node, { 'accept-version': '1.1' });
  await send(c, { destination: '/queue/txack', persistent: 'true' }, 'only');
  const got: Received[] = [];
  subscribe(c, { destination: '/queue/txack', ack: 'client-individual', id: 's1' }, got);
  await until('the message', () => got.length === 1);
  const tx = c.begin();
  // The typings leave out the transaction's id (stompit has it).
  c.ack(got[0]!.message, { transaction: (tx as unknown as { id: number }).id });
  tx.abort();
  await until('redelivered after the ABORT', () => got.length === 2);
  t.is(got[1]!.headers['redelivered'], 'true');
  c.ack(got[1]!.message);
  await until('acknowledged', () => Number(node.sm.destination(1, 'txack')?.depth) === 0);
  t.is(Number(node.sm.destination(1, 'txack')!.acked), 1);
});
