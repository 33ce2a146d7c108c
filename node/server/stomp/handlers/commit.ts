// COMMIT: one Raft entry; a transaction that acknowledges a message no longer outstanding rolls
// back whole (ERROR names why).
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';
import { name } from './transaction-name.ts';
import { forgetTransaction } from './ack-target.ts';

export async function handleCommit(c: StompConnection, f: StompFrame): Promise<void> {
  const t = name(f);
  const id = c.transactions.get(t);
  if (!id) throw new FedmqError('TX_UNKNOWN', `no transaction ${JSON.stringify(t)} was begun on this connection`);
  c.transactions.delete(t);
  let r: Awaited<ReturnType<typeof c.ctx.core.commit>>;
  try {
    r = await c.ctx.core.commit(c.session!, id);
  } finally {
    forgetTransaction(c, t);
  }
  if (!r.committed) throw new FedmqError('TX_ROLLED_BACK', `transaction ${t} rolled back: ${r.reason}`);
  const failed = r.sends.find((o) => !o.ok);
  if (failed && !failed.ok) throw new FedmqError(failed.code, failed.message);
  c.receipt(f, header);
}
