// federation/: bridges between sites. The Federation runs this node's bridges (forwarders)
// while it is the serving leader of its site, and stops them as soon as it is not; the
// receiver (federation service) answers other sites' bridges on the leader.
export { BridgeForwarder, type BridgeConfig, type BridgeStats, type LinkState } from './forwarder.ts';
export { FEDERATION_PROTOCOL_VERSION, federationHandlers, federationServiceDefinition, type ReceiverContext } from './receiver.ts';
export { Federation, type FederationOptions } from './federation.ts';
