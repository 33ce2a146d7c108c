// Every bad input gets a clear error and loses nothing, end to end over real gRPC and LMDB on a
// 1-node site: limits (message size, store, destination), selectors, destination names,
// autoCreate off, acknowledgements of what is not outstanding, the protocol version, malformed
// frames and unary requests, out-of-range fields.
import test from 'ava';
import * as grpc from '@grpc/grpc-js';
import { fedmq } from '../../proto/gen/fedmq.js';
import { connectTo, startTestNode, until } from './test-node.ts';
import { ClientError, type FedmqClient, type ReceivedMessage, type SendReceipt } from '../client/index.ts';
import { brokerServiceDefinition, CLIENT_PROTOCOL_VERSION } from './broker-service.ts';
import type { RunningNode } from './node.ts';

const pb = fedmq.v1;
const QUEUE = 1;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** The bound on every wait for something that should happen: generous, for a loaded machine. */
const WAIT = 15_000;

function depth(node: RunningNode, queue: string): number {
  const rec = node.sm.destination(QUEUE, queue);
  return rec ? Number(rec.depth) : -1;
}

/** The internal request API of the SDK, for requests the public API never makes. */
function raw(client: FedmqClient): { request(body: fedmq.v1.IClientRequest, retry: boolean): Promise<fedmq.v1.IRequestResult> } {
  return client as unknown as { request(body: fedmq.v1.IClientRequest, retry: boolean): Promise<fedmq.v1.IRequestResult> };
}

/** Consumes (individual acks) until `n` messages arrived and were acknowledged; returns their ids. */
async function drain(client: FedmqClient, queue: string, n: number, timeoutMs = WAIT): Promise<ReceivedMessage[]> {
  const got: ReceivedMessage[] = [];
  let acked = 0;
  const consumer = await client.subscribe(
    { queue },
    async (m) => {
      got.push(m);
      await m.ack();
      acked++;
    },
    { ackMode: 'individual', prefetch: 50 },
  );
  await until(`${n} messages from ${queue} consumed`, () => acked >= n, timeoutMs);
  await sleep(100);
  await consumer.close();
  return got;
}

// ------------------------------------------------------------------ a raw Session stream

const BrokerClient = grpc.makeGenericClientConstructor(brokerServiceDefinition, 'Broker');

interface RawSession {
  frames: fedmq.v1.ServerFrame[];
  ended: Promise<void>;
  write(b: Uint8Array): void;
}

function openRawSession(t: { teardown(fn: () => void): void }, node: RunningNode): RawSession {
  const stub = new BrokerClient(node.addresses.grpc, grpc.credentials.createInsecure());
  const call = stub.makeBidiStreamRequest(
    brokerServiceDefinition['Session']!.path,
    (b: Buffer) => b,
    (b: Buffer) => b,
    new grpc.Metadata(),
    { deadline: Date.now() + 10_000 },
  ) as grpc.ClientDuplexStream<Buffer, Buffer>;
  const frames: fedmq.v1.ServerFrame[] = [];
  const ended = new Promise<void>((resolve) => {
    call.on('data', (b: Buffer) => frames.push(pb.ServerFrame.decode(b)));
    call.on('end', () => {
      call.end(); // our half too, so the stream is done and the server can shut down at once
      resolve();
    });
    call.on('error', () => resolve());
  });
  t.teardown(() => {
    call.cancel();
    stub.close();
  });
  return { frames, ended, write: (b) => call.write(Buffer.from(b)) };
}

/** Whether the stream ended within `ms` (the timer is cleared, so it keeps nothing alive). */
async function endsWithin(s: RawSession, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([s.ended.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function unaryRaw(node: RunningNode, method: string, body: Buffer): Promise<grpc.ServiceError | Buffer> {
  const stub = new BrokerClient(node.addresses.grpc, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    stub.makeUnaryRequest(
      brokerServiceDefinition[method]!.path,
      (b: Buffer) => b,
      (b: Buffer) => b,
      body,
      new grpc.Metadata(),
      { deadline: Date.now() + 5_000 },
      (err: grpc.ServiceError | null, res?: Buffer) => {
        stub.close();
        resolve(err ?? res!);
      },
    );
  });
}

// ------------------------------------------------------------------ 1. oversized message

test('a message over messageBytesMax is refused with MSG_TOO_LARGE and nothing is stored', async (t) => {
  const node = await startTestNode(t, { broker: { limits: { messageBytesMax: 1024, transactionBytesMax: 4096 } } });
  const client = await connectTo(t, node);
  t.is(client.session?.messageBytesMax, 1024);
  await client.send({ queue: 'sized' }, 'before');
  const err = await t.throwsAsync(client.send({ queue: 'sized' }, Buffer.alloc(2048, 1)), { instanceOf: ClientError, code: 'MSG_TOO_LARGE' });
  t.regex(err.message, /messageBytesMax/);
  t.regex(err.message, /1024/);
  t.is(depth(node, 'sized'), 1);
  t.is(Number(node.sm.totals().messages), 1);
  // A too-large message to a queue that does not exist does not create it either.
  await t.throwsAsync(client.send({ queue: 'never.created' }, Buffer.alloc(2048, 1)), { code: 'MSG_TOO_LARGE' });
  t.is(depth(node, 'never.created'), -1);
  // Also inside a transaction.
  const tx = await client.begin();
  await t.throwsAsync(tx.send({ queue: 'sized' }, Buffer.alloc(2048, 1)), { code: 'MSG_TOO_LARGE' });
  await tx.rollback();
  // The session is still good.
  t.false((await client.send({ queue: 'sized' }, 'small')).duplicate);
  t.is(depth(node, 'sized'), 2);
  t.deepEqual((await client.browse({ queue: 'sized' })).map((m) => m.body.toString()), ['before', 'small']);
});

// ------------------------------------------------------------------ 2. storeBytesMax as a full disk

const STORE_BYTES_MAX = 20_000;
const BODY = Buffer.alloc(900, 7);

/** Sends one at a time until a refusal; returns the receipts and the refusal. */
async function fillStore(client: FedmqClient, queue: string): Promise<{ receipts: SendReceipt[]; refusal: ClientError }> {
  const receipts: SendReceipt[] = [];
  for (let i = 0; i < 100; i++) {
    try {
      receipts.push(await client.send({ queue }, BODY));
    } catch (err) {
      return { receipts, refusal: err as ClientError };
    }
  }
  throw new Error(`100 sends of ${BODY.length} bytes never filled storeBytesMax ${STORE_BYTES_MAX}`);
}

test('past storeBytesMax sends fail with STORE_FULL; everything acknowledged was stored; room comes back', async (t) => {
  const node = await startTestNode(t, { broker: { limits: { storeBytesMax: STORE_BYTES_MAX } } });
  const client = await connectTo(t, node);
  const { receipts, refusal } = await fillStore(client, 'disk');
  t.true(refusal instanceof ClientError);
  t.is(refusal.code, 'STORE_FULL');
  t.regex(refusal.message, /storeBytesMax/);
  t.true(receipts.length >= 10, `${receipts.length} sends fit`);
  t.is(depth(node, 'disk'), receipts.length);
  t.true(Number(node.sm.totals().bytes) <= STORE_BYTES_MAX);
  // Still full: another one is refused too, and nothing was dropped to make room.
  await t.throwsAsync(client.send({ queue: 'other' }, BODY), { code: 'STORE_FULL' });
  t.is(depth(node, 'disk'), receipts.length);

  const got = await drain(client, 'disk', receipts.length);
  t.is(got.length, receipts.length);
  t.deepEqual(got.map((m) => m.id), receipts.map((r) => r.messageId));
  t.is(depth(node, 'disk'), 0);
  t.false((await client.send({ queue: 'disk' }, BODY)).duplicate);
  t.is(depth(node, 'disk'), 1);
});

test('with flowControlWaitMs a send past storeBytesMax waits for room instead of failing', async (t) => {
  const node = await startTestNode(t, { broker: { limits: { storeBytesMax: STORE_BYTES_MAX } } });
  const client = await connectTo(t, node);
  const { refusal } = await fillStore(client, 'disk');
  t.is(refusal.code, 'STORE_FULL');
  const t0 = Date.now();
  const waiting = client.send({ queue: 'disk' }, BODY, { flowControlWaitMs: 10_000 });
  let settled = false;
  void waiting.then(
    () => (settled = true),
    () => (settled = true),
  );
  await sleep(200);
  t.false(settled, 'the send waits while the store is full');
  const consumer = await client.subscribe({ queue: 'disk' }, () => undefined, { prefetch: 5 });
  const receipt = await waiting;
  t.false(receipt.duplicate);
  t.true(Date.now() - t0 >= 200);
  await consumer.close();
  await until('the waited message stored', () => (node.sm.destination(QUEUE, 'disk') ? true : false), WAIT);
  const browsed = await client.browse({ queue: 'disk' }, { limit: 1000 });
  t.true(browsed.some((m) => m.id === receipt.messageId));
  // A wait that times out fails with the limit named.
  t.is((await fillStore(client, 'disk2')).refusal.code, 'STORE_FULL');
  const timedOut = await t.throwsAsync(client.send({ queue: 'disk2' }, BODY, { flowControlWaitMs: 150 }), { code: 'STORE_FULL' });
  t.regex(timedOut.message, /storeBytesMax/);
  t.regex(timedOut.message, /waited 150 ms/);
});

test('concurrent sends cannot push the store past storeBytesMax', async (t) => {
  // Regression (fixed in 0b3b2e8): BrokerCore.send checked the limits in waitForRoom and
  // reserved the bytes only after an await, so every request of one frame passed the check
  // before any reserved: 60 concurrent 900-byte sends were all accepted with storeBytesMax 20000.
  const node = await startTestNode(t, { broker: { limits: { storeBytesMax: STORE_BYTES_MAX } } });
  const client = await connectTo(t, node);
  const results = await Promise.allSettled(Array.from({ length: 60 }, () => client.send({ queue: 'burst' }, BODY)));
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as ClientError);
  t.true(refused.length > 0, `all ${ok} sends of ${BODY.length} bytes were accepted`);
  t.true(refused.every((e) => e.code === 'STORE_FULL'));
  t.is(depth(node, 'burst'), ok, 'everything acknowledged is stored');
  t.true(Number(node.sm.totals().bytes) <= STORE_BYTES_MAX, `the store holds ${Number(node.sm.totals().bytes)} bytes, storeBytesMax ${STORE_BYTES_MAX}`);
});

// ------------------------------------------------------------------ 3. destinationMessagesMax

test('a queue at destinationMessagesMax refuses sends with DEST_LIMIT naming the limit', async (t) => {
  const node = await startTestNode(t, { broker: { limits: { destinationMessagesMax: 5 } } });
  const client = await connectTo(t, node);
  const receipts: SendReceipt[] = [];
  for (let i = 0; i < 5; i++) receipts.push(await client.send({ queue: 'capped' }, `m${i}`));
  const err = await t.throwsAsync(client.send({ queue: 'capped' }, 'm5'), { instanceOf: ClientError, code: 'DEST_LIMIT' });
  t.regex(err.message, /destinationMessagesMax/);
  t.regex(err.message, /queue:\/\/capped/);
  t.is(depth(node, 'capped'), 5);
  // Another queue is not affected.
  await client.send({ queue: 'uncapped' }, 'x');
  t.is(depth(node, 'uncapped'), 1);
  // Consuming one makes room for one.
  const got: ReceivedMessage[] = [];
  const consumer = await client.subscribe({ queue: 'capped' }, (m) => void got.push(m), { ackMode: 'individual', prefetch: 1 });
  await until('one delivery', () => got.length === 1, WAIT);
  t.is(got[0]!.id, receipts[0]!.messageId);
  await got[0]!.ack();
  await consumer.close();
  t.is(depth(node, 'capped'), 4);
  await client.send({ queue: 'capped' }, 'm6');
  t.is(depth(node, 'capped'), 5);
  await t.throwsAsync(client.send({ queue: 'capped' }, 'm7'), { code: 'DEST_LIMIT' });
});

test('concurrent sends cannot push a queue past destinationMessagesMax', async (t) => {
  // Regression (fixed in 0b3b2e8): the same check-then-reserve race let 10 of 10 concurrent
  // sends into a queue with destinationMessagesMax 5.
  const node = await startTestNode(t, { broker: { limits: { destinationMessagesMax: 5 } } });
  const client = await connectTo(t, node);
  const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => client.send({ queue: 'capped' }, `m${i}`)));
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  t.is(depth(node, 'capped'), ok, 'everything acknowledged is stored');
  t.is(ok, 5, `${ok} of 10 concurrent sends accepted with destinationMessagesMax 5`);
  t.true(results.filter((r) => r.status === 'rejected').every((r) => ((r as PromiseRejectedResult).reason as ClientError).code === 'DEST_LIMIT'));
});

// ------------------------------------------------------------------ 4. bad selector

test('a bad selector is refused with SELECTOR_INVALID naming the position', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  await client.send({ queue: 'sel' }, 'kept', { headers: { a: 1 } });
  const err = await t.throwsAsync(client.subscribe({ queue: 'sel' }, () => undefined, { selector: 'a = = 1' }), { instanceOf: ClientError, code: 'SELECTOR_INVALID' });
  t.regex(err.message, /position 5/);
  // Nothing was consumed, and a good selector works on the same session.
  t.is(depth(node, 'sel'), 1);
  const got: ReceivedMessage[] = [];
  await client.subscribe({ queue: 'sel' }, (m) => void got.push(m), { selector: 'a = 1' });
  await until('the message', () => got.length === 1, WAIT);
  t.is(got[0]!.body.toString(), 'kept');
});

// ------------------------------------------------------------------ 5. bad destination names

test('invalid destination names are refused with DESTINATION_INVALID', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  for (const [name, pattern] of [
    ['orders.*', /wildcard/],
    ['orders.>', /wildcard/],
    ['', /1 to 200 characters/],
    ['has space', /segment/],
    ['a..b', /empty segment/],
  ] as const) {
    const err = await t.throwsAsync(client.send({ queue: name }, 'x'), { instanceOf: ClientError, code: 'DESTINATION_INVALID' }, `queue ${JSON.stringify(name)}`);
    t.regex(err.message, pattern);
  }
  await t.throwsAsync(client.send({ topic: 'news.*' }, 'x'), { code: 'DESTINATION_INVALID' });
  await t.throwsAsync(client.send({ queue: 'ok' }, 'x', { replyTo: { queue: 'bad name' } }), { code: 'DESTINATION_INVALID' });
  await t.throwsAsync(client.subscribe({ queue: 'a.>.b' }, () => undefined), { code: 'DESTINATION_INVALID' });
  await t.throwsAsync(client.subscribe({ queue: 'has space' }, () => undefined), { code: 'DESTINATION_INVALID' });
  t.is([...node.sm.destinations()].length, 0, 'nothing was created');
  await client.send({ queue: 'ok' }, 'fine');
  t.is(depth(node, 'ok'), 1);
});

// ------------------------------------------------------------------ 6. autoCreate off

test('with autoCreate off a send to a missing queue fails with DESTINATION_NOT_FOUND', async (t) => {
  const node = await startTestNode(t, { broker: { autoCreate: false } });
  const client = await connectTo(t, node);
  const err = await t.throwsAsync(client.send({ queue: 'missing' }, 'x'), { instanceOf: ClientError, code: 'DESTINATION_NOT_FOUND' });
  t.regex(err.message, /queue:\/\/missing/);
  await t.throwsAsync(client.send({ queue: 'missing' }, 'x', { persistent: false }), { code: 'DESTINATION_NOT_FOUND' });
  await t.throwsAsync(client.subscribe({ queue: 'missing' }, () => undefined), { code: 'DESTINATION_NOT_FOUND' });
  t.is(node.sm.destination(QUEUE, 'missing'), undefined);
  t.is(Number(node.sm.totals().messages), 0);
});

// ------------------------------------------------------------------ 7. acks of what is not outstanding

test('acknowledging an unknown delivery tag, or the same message twice, fails with NOT_OUTSTANDING', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  await client.send({ queue: 'acks' }, 'one');
  await client.send({ queue: 'acks' }, 'two');
  const got: ReceivedMessage[] = [];
  const consumer = await client.subscribe({ queue: 'acks' }, (m) => void got.push(m), { ackMode: 'individual', prefetch: 10 });
  await until('2 deliveries', () => got.length === 2, WAIT);

  const unknown = await t.throwsAsync(raw(client).request({ ack: { consumerId: consumer.id, deliveryTags: [999999] } }, false), { instanceOf: ClientError, code: 'NOT_OUTSTANDING' });
  t.regex(unknown.message, /999999/);
  await t.throwsAsync(raw(client).request({ ack: { consumerId: 'no-such-consumer', deliveryTags: [1] } }, false), { code: 'NOT_OUTSTANDING' });
  await t.throwsAsync(raw(client).request({ nack: { consumerId: consumer.id, deliveryTags: [999999] } }, false), { code: 'NOT_OUTSTANDING' });
  t.is(depth(node, 'acks'), 2, 'a refused ack removes nothing');

  await got[0]!.ack();
  t.is(depth(node, 'acks'), 1);
  await t.throwsAsync(got[0]!.ack(), { instanceOf: ClientError, code: 'NOT_OUTSTANDING' });
  await t.throwsAsync(got[0]!.nack(), { code: 'NOT_OUTSTANDING' });
  // Two acks of one message at once: exactly one succeeds.
  const both = await Promise.allSettled([got[1]!.ack(), got[1]!.ack()]);
  t.is(both.filter((r) => r.status === 'fulfilled').length, 1);
  t.is(((both.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as ClientError).code, 'NOT_OUTSTANDING');
  t.is(depth(node, 'acks'), 0);
  t.is(Number(node.sm.destination(QUEUE, 'acks')!.acked), 2);
});

// ------------------------------------------------------------------ 8. protocol version

test('a hello with another protocol version is answered with PROTOCOL_VERSION and the stream ends', async (t) => {
  const node = await startTestNode(t);
  const s = openRawSession(t, node);
  s.write(pb.ClientFrame.encode({ hello: { protocolVersion: 99, clientName: 'from-the-future' } }).finish());
  t.true(await endsWithin(s, WAIT), 'the stream ended');
  t.is(s.frames.length, 1);
  const closing = s.frames[0]!.closing;
  t.truthy(closing);
  t.is(closing!.code, 'PROTOCOL_VERSION');
  t.regex(closing!.message ?? '', new RegExp(`\\b${CLIENT_PROTOCOL_VERSION}\\b`));
  t.regex(closing!.message ?? '', /\b99\b/);
  t.falsy(s.frames[0]!.welcome);
});

// ------------------------------------------------------------------ 9. malformed frames

test('malformed frames close the session with BAD_FRAME; the node keeps serving and loses nothing', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  const before: SendReceipt[] = [];
  for (let i = 0; i < 5; i++) before.push(await client.send({ queue: 'safe' }, `before${i}`));

  const garbage = openRawSession(t, node);
  garbage.write(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
  t.true(await endsWithin(garbage, WAIT));
  t.is(garbage.frames.length, 1);
  t.is(garbage.frames[0]!.closing?.code, 'BAD_FRAME');
  t.regex(garbage.frames[0]!.closing!.message ?? '', /ClientFrame/);

  const noHello = openRawSession(t, node);
  noHello.write(pb.ClientFrame.encode({ requests: [{ requestId: 1, send: { messageId: 'sneaky', destination: { kind: QUEUE, name: 'safe' }, body: Buffer.from('x'), persistent: true } }] }).finish());
  t.true(await endsWithin(noHello, WAIT));
  t.is(noHello.frames.length, 1);
  t.is(noHello.frames[0]!.closing?.code, 'BAD_FRAME');
  t.regex(noHello.frames[0]!.closing!.message ?? '', /SessionHello/);

  const twice = openRawSession(t, node);
  twice.write(pb.ClientFrame.encode({ hello: { protocolVersion: CLIENT_PROTOCOL_VERSION } }).finish());
  await until('the welcome', () => twice.frames.length === 1, WAIT);
  t.truthy(twice.frames[0]!.welcome);
  twice.write(pb.ClientFrame.encode({ hello: { protocolVersion: CLIENT_PROTOCOL_VERSION } }).finish());
  t.true(await endsWithin(twice, WAIT));
  t.is(twice.frames.at(-1)!.closing?.code, 'BAD_FRAME');

  // The node still serves, and nothing was lost (nor the refused send stored).
  t.is(depth(node, 'safe'), 5);
  const fresh = await connectTo(t, node);
  const after = await fresh.send({ queue: 'safe' }, 'after');
  const got = await drain(fresh, 'safe', 6);
  t.deepEqual(got.map((m) => m.id), [...before.map((r) => r.messageId), after.messageId]);
  t.false(got.some((m) => m.id === 'sneaky'));
  t.is(depth(node, 'safe'), 0);
});

// ------------------------------------------------------------------ 10. out-of-range fields, malformed unary

test('out-of-range fields are BAD_REQUEST; a malformed unary request is BAD_FRAME', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  const prio = await t.throwsAsync(client.send({ queue: 'range' }, 'x', { priority: 12 }), { instanceOf: ClientError, code: 'BAD_REQUEST' });
  t.regex(prio.message, /priority/);
  t.regex(prio.message, /12/);
  const pf = await t.throwsAsync(client.subscribe({ queue: 'range' }, () => undefined, { prefetch: 0 }), { instanceOf: ClientError, code: 'BAD_REQUEST' });
  t.regex(pf.message, /prefetch/);
  await t.throwsAsync(client.subscribe({ queue: 'range' }, () => undefined, { prefetch: 1_000_000 }), { code: 'BAD_REQUEST' });
  t.is(depth(node, 'range'), -1);

  const res = await unaryRaw(node, 'Browse', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
  t.false(Buffer.isBuffer(res), 'the call failed');
  const e = res as grpc.ServiceError;
  t.is(e.code, grpc.status.INVALID_ARGUMENT);
  t.deepEqual(e.metadata.get('fedmq-code'), ['BAD_FRAME']);
  t.regex(e.details, /BrowseRequest/);
  // The same through the SDK path: other unary calls still work.
  await client.send({ queue: 'range' }, 'fine', { priority: 9 });
  t.is((await client.browse({ queue: 'range' }))[0]!.priority, 9);
});
