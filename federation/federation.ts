// This node's bridges: started while the node is the serving leader of its site (a leader that
// CheckQuorum deposes stops serving, and its bridges with it, within an election timeout), and
// stopped otherwise.
import type { Logger } from '../node/log.ts';
import { DestinationKind, matchesPattern } from '../node/broker/names.ts';
import type { BrokerStateMachine } from '../node/broker/state-machine.ts';
import type { BrokerCore } from '../node/dispatch/broker-core.ts';
import type { RaftHost } from '../node/raft/host.ts';
import { BridgeForwarder, type BridgeConfig, type BridgeStats } from './forwarder.ts';

export interface FederationOptions {
  cluster: string;
  site: string;
  sites: Array<{ name: string; nodes: string[] }>;
  bridges: BridgeConfig[];
  core: BrokerCore;
  sm: BrokerStateMachine;
  host: RaftHost;
  logger: Logger;
}

/** How often leadership is checked to start or stop the bridges. */
const CHECK_EVERY_MS = 50;

export class Federation {
  private readonly forwarders: BridgeForwarder[];
  private timer: NodeJS.Timeout | null = null;
  private active = false;
  private readonly transitions: Array<Promise<void>> = [];

  constructor(private readonly opts: FederationOptions) {
    this.forwarders = opts.bridges.map(
      (bridge) =>
        new BridgeForwarder({
          cluster: opts.cluster,
          site: opts.site,
          bridge,
          targetNodes: opts.sites.find((s) => s.name === bridge.to)?.nodes ?? [],
          core: opts.core,
          host: opts.host,
          logger: opts.logger,
          queueLag: (pattern) => queueLag(opts.sm, pattern),
          durableLag: (clientId, name) => durableLag(opts.sm, clientId, name),
        }),
    );
  }

  start(): void {
    if (this.forwarders.length === 0 || this.timer) return;
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  private check(): void {
    const should = this.opts.core.serving;
    if (should === this.active) return;
    this.active = should;
    if (should) for (const f of this.forwarders) f.start();
    else this.transitions.push(Promise.all(this.forwarders.map((f) => f.stop())).then(() => undefined));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.active = false;
    await Promise.all(this.forwarders.map((f) => f.stop()));
    await Promise.all(this.transitions);
  }

  stats(): BridgeStats[] {
    return this.forwarders.map((f) => f.snapshot());
  }
}

/** Depth, bytes and the oldest message's timestamp over the queues a pattern matches. */
function queueLag(sm: BrokerStateMachine, pattern: string): { messages: number; bytes: number; oldestMs: number } {
  let messages = 0;
  let bytes = 0;
  let oldestMs = 0;
  for (const rec of sm.destinations()) {
    const d = rec.destination!;
    if (d.kind !== DestinationKind.QUEUE || rec.durableSubscription || rec.temporary || Number(rec.depth) === 0) continue;
    if (!matchesPattern(pattern, d.name!)) continue;
    messages += Number(rec.depth);
    bytes += Number(rec.bytes);
    // The lowest sequence is the oldest arrival.
    for (const { stored } of sm.messages(rec.id)) {
      const ts = Number(stored.message?.timestampMs ?? 0);
      if (ts > 0 && (oldestMs === 0 || ts < oldestMs)) oldestMs = ts;
      break;
    }
  }
  return { messages, bytes, oldestMs };
}

/** Depth, bytes and the oldest message's timestamp of a durable subscription's store. */
function durableLag(sm: BrokerStateMachine, clientId: string, name: string): { messages: number; bytes: number; oldestMs: number } {
  const d = sm.durable(clientId, name);
  const rec = d ? sm.destinationById(d.destId) : undefined;
  if (!rec || Number(rec.depth) === 0) return { messages: 0, bytes: 0, oldestMs: 0 };
  let oldestMs = 0;
  for (const { stored } of sm.messages(rec.id)) {
    oldestMs = Number(stored.message?.timestampMs ?? 0);
    break;
  }
  return { messages: Number(rec.depth), bytes: Number(rec.bytes), oldestMs };
}
