// The broker benchmark (issue 3): persistent sends acknowledged through the SDK, 1 KiB bodies,
// with 1, 16 and 256 in flight, on a site of 1 and of 3 nodes (node processes forked here, data on
// a real disk, fsync on); draining a backlog with individual acks; end-to-end latency at a steady
// rate with a consumer; and the failover a client sees (a producer at 200 msg/s while the leader
// is killed -9: time from the kill to the first acknowledged send).
//
//   npm run bench:broker -- [--seconds 5] [--runs 3] [--backlog 200000] [--trials 10] [--dir DIR]
import { Command } from 'commander';
import { cpus, tmpdir } from 'node:os';
import { sleep, waitFor } from '../cluster-tests/helpers/wait.ts';
import { FedmqClient } from '../node/client/index.ts';
import { forkNode, killGroup, leaderOf, startSite, stopSite } from './fedmq-site.ts';

const opts = new Command()
  .option('--seconds <n>', 'seconds per throughput measurement', (v) => Number(v), 5)
  .option('--runs <n>', 'repetitions of each measurement (median reported)', (v) => Number(v), 3)
  .option('--inflight <list>', 'sends in flight', '1,16,256')
  .option('--sizes <list>', 'site sizes', '1,3')
  .option('--backlog <n>', 'messages to drain', (v) => Number(v), 200_000)
  .option('--rate <n>', 'steady rate for the latency run (msg/s)', (v) => Number(v), 1000)
  .option('--trials <n>', 'client failover trials', (v) => Number(v), 10)
  .option('--dir <dir>', 'where the nodes keep their data (a real disk, not tmpfs)', tmpdir())
  .option('--only <parts>', 'throughput,drain,latency,failover', 'throughput,drain,latency,failover')
  .parse()
  .opts<{ seconds: number; runs: number; inflight: string; sizes: string; backlog: number; rate: number; trials: number; dir: string; only: string }>();
const parts = new Set(opts.only.split(','));

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const BODY = Buffer.alloc(1024, 'x');

/** Sends for `seconds` with `inflight` outstanding; returns acknowledged msgs/s and per-send latencies. */
async function sendFor(client: FedmqClient, queue: string, inflight: number, seconds: number): Promise<{ rate: number; lat: number[] }> {
  const lat: number[] = [];
  let acked = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await client.send({ queue }, BODY);
      lat.push(performance.now() - t0);
      acked++;
    }
  };
  await Promise.all(Array.from({ length: inflight }, worker));
  return { rate: (acked * 1000) / (performance.now() - start), lat };
}

async function throughput(): Promise<void> {
  const rows: string[] = ['| nodes | in flight | msgs/s (median) | runs | p50 ms | p99 ms |', '|---|---|---|---|---|---|'];
  for (const size of opts.sizes.split(',').map(Number)) {
    const site = await startSite({ size, dir: opts.dir, prefix: 'fedmq-broker-bench-' });
    const client = await FedmqClient.connect({ servers: site.servers, clientName: 'bench' });
    try {
      await leaderOf(client, site);
      await sendFor(client, 'warmup', 64, 1);
      for (const inflight of opts.inflight.split(',').map(Number)) {
        const rates: number[] = [];
        let lats: number[] = [];
        for (let r = 0; r < opts.runs; r++) {
          const { rate, lat } = await sendFor(client, `q-${inflight}-${r}`, inflight, opts.seconds);
          rates.push(rate);
          lats = lats.concat(lat);
          console.log(`  ${size} node(s), ${inflight} in flight, run ${r + 1}: ${rate.toFixed(0)} msgs/s`);
        }
        rows.push(`| ${size} | ${inflight} | ${median(rates).toFixed(0)} | ${rates.map((x) => x.toFixed(0)).join(' / ')} | ${pct(lats, 50).toFixed(2)} | ${pct(lats, 99).toFixed(2)} |`);
      }
    } finally {
      client.close();
      await stopSite(site);
    }
  }
  console.log(`\npersistent sends through the SDK, 1 KiB, fsync on, ${opts.runs} runs × ${opts.seconds} s:\n${rows.join('\n')}`);
}

async function drain(): Promise<void> {
  const site = await startSite({ size: 3, dir: opts.dir, prefix: 'fedmq-broker-bench-' });
  const client = await FedmqClient.connect({ servers: site.servers, clientName: 'bench' });
  try {
    await leaderOf(client, site);
    const t0 = performance.now();
    let sent = 0;
    const worker = async (): Promise<void> => {
      while (sent < opts.backlog) {
        sent++;
        await client.send({ queue: 'backlog' }, BODY);
      }
    };
    await Promise.all(Array.from({ length: 256 }, worker));
    const fillRate = (opts.backlog * 1000) / (performance.now() - t0);
    let got = 0;
    const t1 = performance.now();
    const done = new Promise<void>((resolve) => {
      void client.subscribe(
        { queue: 'backlog' },
        async (m) => {
          await m.ack();
          if (++got === opts.backlog) resolve();
        },
        { ackMode: 'individual', prefetch: 2000 },
      );
    });
    await done;
    const drainRate = (opts.backlog * 1000) / (performance.now() - t1);
    console.log(`\nbacklog of ${opts.backlog} × 1 KiB on 3 nodes: filled at ${fillRate.toFixed(0)} msgs/s (256 in flight), drained with individual acks at ${drainRate.toFixed(0)} msgs/s (ratio ${(drainRate / fillRate).toFixed(2)})`);
  } finally {
    client.close();
    await stopSite(site);
  }
}

async function latency(): Promise<void> {
  const site = await startSite({ size: 3, dir: opts.dir, prefix: 'fedmq-broker-bench-' });
  const producer = await FedmqClient.connect({ servers: site.servers, clientName: 'bench-producer' });
  const consumer = await FedmqClient.connect({ servers: site.servers, clientName: 'bench-consumer' });
  try {
    await leaderOf(producer, site);
    const e2e: number[] = [];
    await consumer.subscribe(
      { queue: 'latency' },
      (m) => {
        e2e.push(Date.now() - Number(m.headers['sentAt']));
      },
      { ackMode: 'auto', prefetch: 1000 },
    );
    const seconds = Math.max(5, opts.seconds * 2);
    const total = opts.rate * seconds;
    const gap = 1000 / opts.rate;
    const t0 = performance.now();
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < total; i++) {
      const due = t0 + i * gap;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      sends.push(producer.send({ queue: 'latency' }, BODY, { headers: { sentAt: Date.now() } }));
    }
    await Promise.all(sends);
    await waitFor(() => e2e.length >= total, { timeoutMs: 30_000, what: 'every message consumed' });
    const steady = e2e.slice(Math.floor(e2e.length / 10)); // the first tenth warms up
    console.log(`\nend-to-end latency at ${opts.rate} msg/s on 3 nodes for ${seconds} s (send → delivery, ${steady.length} messages after warm-up): p50 ${pct(steady, 50)} ms, p99 ${pct(steady, 99)} ms, max ${Math.max(...steady)} ms`);
  } finally {
    producer.close();
    consumer.close();
    await stopSite(site);
  }
}

async function failover(): Promise<void> {
  const site = await startSite({ size: 3, dir: opts.dir, prefix: 'fedmq-broker-bench-' });
  const admin = FedmqClient.lazy({ servers: site.servers });
  const results: number[] = [];
  try {
    for (let trial = 0; trial < opts.trials; trial++) {
      const lead = await leaderOf(admin, site);
      const producer = await FedmqClient.connect({ servers: site.servers, clientName: 'bench-failover' });
      let killedAt = 0;
      let firstAckAfter = 0;
      let stop = false;
      const loop = (async () => {
        for (let i = 0; !stop; i++) {
          const sentAt = Date.now();
          void producer.send({ queue: 'failover' }, BODY).then(() => {
            if (killedAt > 0 && sentAt >= killedAt && firstAckAfter === 0) firstAckAfter = Date.now();
          }, () => undefined);
          await sleep(5); // 200 msg/s
        }
      })();
      await sleep(1000);
      killedAt = Date.now();
      killGroup(site.children.get(lead), 'SIGKILL');
      site.children.delete(lead);
      await waitFor(() => firstAckAfter > 0, { timeoutMs: 30_000, intervalMs: 2, what: 'an acknowledged send after the kill' });
      stop = true;
      await loop;
      producer.close();
      const ms = firstAckAfter - killedAt;
      results.push(ms);
      console.log(`  trial ${trial + 1}: first acknowledged send ${ms} ms after kill -9 of node ${lead}`);
      await forkNode(site, lead);
      await sleep(1500);
    }
    console.log(`\nclient failover (kill -9 of the leader, producer at 200 msg/s), ${opts.trials} trials: median ${median(results)} ms, p90 ${pct(results, 90)} ms, max ${Math.max(...results)} ms`);
  } finally {
    admin.close();
    await stopSite(site);
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, data under ${opts.dir}`);
if (parts.has('throughput')) await throughput();
if (parts.has('drain')) await drain();
if (parts.has('latency')) await latency();
if (parts.has('failover')) await failover();
process.exit(0);
