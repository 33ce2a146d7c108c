// DISCONNECT: the RECEIPT (when asked) after everything before it was handled, then the close.
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame } from '../frame.ts';

export async function handleDisconnect(c: StompConnection, f: StompFrame): Promise<void> {
  c.receipt(f, header);
  c.close(null);
}
