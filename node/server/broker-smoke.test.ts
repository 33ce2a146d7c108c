// The broker end to end on one node over real gRPC and LMDB: send, consume, ack.
import test from 'ava';
import { connectTo, startTestNode, until } from './test-node.ts';
import type { ReceivedMessage } from '../client/index.ts';

test('a persistent send is consumed, acknowledged and removed', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  const receipts = await Promise.all(Array.from({ length: 50 }, (_, i) => client.send({ queue: 'orders' }, `m${i}`)));
  t.is(receipts.length, 50);
  t.false(receipts.some((r) => r.duplicate));
  const got: ReceivedMessage[] = [];
  await client.subscribe({ queue: 'orders' }, (m) => {
    got.push(m);
  }, { prefetch: 10 });
  await until('50 deliveries', () => got.length === 50);
  t.deepEqual(got.map((m) => m.body.toString()), Array.from({ length: 50 }, (_, i) => `m${i}`));
  t.true(got.every((m) => m.deliveryCount === 1 && !m.redelivered));
  await until('the queue drained', () => Number(node.sm.destination(1, 'orders')?.depth ?? -1) === 0);
  t.is(Number(node.sm.destination(1, 'orders')!.acked), 50);
});

test('/metrics reports destinations, Raft and the process; /destinations is the JSON view', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  await Promise.all(Array.from({ length: 5 }, (_, i) => client.send({ queue: 'metered' }, `m${i}`)));
  const text = await (await fetch(`http://${node.addresses.admin}/metrics`)).text();
  t.regex(text, /^fedmq_destination_depth\{destination="queue:\/\/metered",site="test",node="1"\} 5$/m);
  t.regex(text, /^fedmq_destination_enqueued_total\{destination="queue:\/\/metered",site="test",node="1"\} 5$/m);
  t.regex(text, /^fedmq_raft_is_leader\{site="test",node="1"\} 1$/m);
  t.regex(text, /^fedmq_raft_applied_index\{site="test",node="1"\} \d+$/m);
  t.regex(text, /^fedmq_process_resident_memory_bytes\{site="test",node="1"\} \d+/m);
  const json = (await (await fetch(`http://${node.addresses.admin}/destinations`)).json()) as { destinations: Array<{ destination: string; depth: number }> };
  t.deepEqual(json.destinations.find((d) => d.destination === 'queue://metered')?.depth, 5);
});

test('large messages sent and delivered together travel in frames under the gRPC limit', async (t) => {
  const node = await startTestNode(t);
  const client = await connectTo(t, node);
  const big = Buffer.alloc(900 << 10, 7); // 20 × 900 KiB: far more than one 8 MiB gRPC message
  await Promise.all(Array.from({ length: 20 }, (_, i) => client.send({ queue: 'big' }, big, { messageId: `big-${i}` })));
  const got: number[] = [];
  await client.subscribe({ queue: 'big' }, (m) => {
    got.push(m.body.length);
  }, { prefetch: 20 });
  await until('20 large deliveries', () => got.length === 20, 20_000);
  t.true(got.every((n) => n === big.length));
});

test('one consumer receives a queue in send order, whether messages are handed over at once or wait their turn', async (t) => {
  const node = await startTestNode(t);
  const producer = await connectTo(t, node);
  const consumer = await connectTo(t, node);
  const got: string[] = [];
  // A small prefetch and slow acks mix both paths: handed out as stored, and queued then dispatched.
  await consumer.subscribe({ queue: 'ordered' }, async (m) => {
    got.push(m.body.toString());
    if (got.length % 7 === 0) await new Promise((r) => setTimeout(r, 3));
  }, { prefetch: 5 });
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < 1500; i++) {
    sends.push(producer.send({ queue: 'ordered' }, String(i).padStart(5, '0')));
    if (i % 50 === 0) await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(sends);
  await until('1,500 deliveries', () => got.length >= 1500, 30_000);
  t.deepEqual(got, [...got].sort());
});
