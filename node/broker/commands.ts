// Encoding BrokerCommands for the Raft log: the format and the leader's clock on every one.
import { fedmq } from '../../proto/gen/fedmq.js';
import { BROKER_COMMAND_FORMAT } from './state-machine.ts';

export type BrokerOp = Omit<fedmq.v1.IBrokerCommand, 'format' | 'leaderTimeMs'>;

/** A command ready to propose. `leaderTimeMs` must never decrease (see LeaderClock). */
export function encodeCommand(op: BrokerOp, leaderTimeMs: number): Uint8Array {
  return fedmq.v1.BrokerCommand.encode({ ...op, format: BROKER_COMMAND_FORMAT, leaderTimeMs }).finish();
}

/**
 * The leader's clock for commands: wall time, but never below the highest time already applied
 * (a new leader whose clock is behind the old one's keeps time moving forward).
 */
export class LeaderClock {
  private last = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Raises the floor to a time seen in the applied state. */
  observe(appliedMs: number): void {
    if (appliedMs > this.last) this.last = appliedMs;
  }

  read(): number {
    const t = Math.max(this.now(), this.last);
    this.last = t;
    return t;
  }
}
