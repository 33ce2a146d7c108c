// Shared by BEGIN, COMMIT and ABORT: the transaction a frame names.
import { FedmqError } from '../../../errors.ts';
import { header, type StompFrame } from '../frame.ts';

export function name(f: StompFrame): string {
  const t = header(f, 'transaction');
  if (!t) throw new FedmqError('BAD_FRAME', `${f.command} needs a transaction header`);
  return t;
}
