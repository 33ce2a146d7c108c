// node/client: the TypeScript client SDK (leader discovery, failover, idempotent retries).
export { AckMode, ClientError, Consumer, FedmqClient, Transaction, fromDestination, toDestination } from './client.ts';
export type { ClientOptions, DestinationRef, ReceivedMessage, SendOptions, SendReceipt, SubscribeOptions } from './client.ts';
