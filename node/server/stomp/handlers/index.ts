// The client frames and their handlers, one file each (ack-target.ts and transaction-name.ts
// are what ACK/NACK and BEGIN/COMMIT/ABORT share).
import type { StompConnection } from '../connection.ts';
import type { StompFrame } from '../frame.ts';
import { handleAck } from './ack.ts';
import { handleNack } from './nack.ts';
import { handleConnect } from './connect.ts';
import { handleDisconnect } from './disconnect.ts';
import { handleSend } from './send.ts';
import { handleSubscribe } from './subscribe.ts';
import { handleUnsubscribe } from './unsubscribe.ts';
import { handleAbort } from './abort.ts';
import { handleBegin } from './begin.ts';
import { handleCommit } from './commit.ts';

export const HANDLERS: Record<string, (c: StompConnection, f: StompFrame) => Promise<void>> = {
  CONNECT: handleConnect,
  STOMP: handleConnect,
  SEND: handleSend,
  SUBSCRIBE: handleSubscribe,
  UNSUBSCRIBE: handleUnsubscribe,
  ACK: handleAck,
  NACK: handleNack,
  BEGIN: handleBegin,
  COMMIT: handleCommit,
  ABORT: handleAbort,
  DISCONNECT: handleDisconnect,
};
