// ABORT: nothing of the transaction is stored; what it acknowledged is redelivered.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { name } from './transaction-name.ts';
import { forgetTransaction } from './ack-target.ts';

export async function handleAbort(c: StompConnection, f: StompFrame): Promise<void> {
  const t = name(f);
  const id = c.transactions.get(t);
  if (!id) throw new FedmqError('TX_UNKNOWN', `no transaction ${JSON.stringify(t)} was begun on this connection`);
  c.transactions.delete(t);
  try {
    await c.ctx.core.rollback(c.session!, id);
  } finally {
    forgetTransaction(c, t);
  }
  c.receipt(f, header);
}
