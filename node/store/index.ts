// node/store: the LMDB environment of one node (one per data directory), its identity record,
// named databases and the flush wait that durability promises rest on.
export { Store, STORE_DBS_MAX, STORE_FORMAT_VERSION, STORE_MAP_SIZE_BYTES_DEFAULT } from './store.ts';
export type { Database, DbOptions, Key, RootDatabase, StoreOptions } from './store.ts';
