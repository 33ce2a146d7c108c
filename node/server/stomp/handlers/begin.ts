// BEGIN: a STOMP transaction is a broker transaction of the connection's session: its SENDs and
// ACKs commit as one Raft entry or not at all.
import { randomUUID } from 'node:crypto';
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { name } from './transaction-name.ts';

export async function handleBegin(c: StompConnection, f: StompFrame): Promise<void> {
  const t = name(f);
  if (c.transactions.has(t)) throw new FedmqError('BAD_REQUEST', `transaction ${JSON.stringify(t)} is already open`);
  const id = `stomp-tx-${randomUUID()}`;
  c.ctx.core.begin(c.session!, id);
  c.transactions.set(t, id);
  c.receipt(f, header);
}
