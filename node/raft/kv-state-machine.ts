// The Raft demo's state machine: a replicated key-value map. Commands are fedmq.v1.KvCommand
// (PUT key value, DELETE key); anything else halts apply with a clear error, never skipped.
// Keys are UTF-8 strings stored as their bytes; values are bytes.
import { fedmq } from '../../proto/gen/fedmq.js';
import { FedmqError } from '../errors.ts';
import type { Database, Store } from '../store/index.ts';
import type { ConfState, Entry } from './core/index.ts';
import { LmdbStateMachine } from './lmdb-state-machine.ts';

/**
 * The longest key, in UTF-8 bytes. LMDB refuses keys above 1978 bytes (4 KiB pages); 1 KiB
 * leaves room and matches what the admin API accepts.
 */
export const KV_KEY_BYTES_MAX = 1024;

/** The key-value table's database (in the broker's state machine too). */
export const KV_DB = 'kv.data';
const KvOp = fedmq.v1.KvOp;

/** The replicated key-value table: a database and how KvCommands change it. */
export class KvTable {
  constructor(private readonly data: Database<Buffer, Buffer>) {}

  get(key: string): Uint8Array | undefined {
    const k = Buffer.from(key, 'utf8');
    if (k.length === 0 || k.length > KV_KEY_BYTES_MAX) return undefined;
    return this.data.get(k);
  }

  /** The number of keys (LMDB's entry count: no scan). */
  size(): number {
    return (this.data.getStats() as { entryCount: number }).entryCount;
  }

  /** Applies one KvCommand (inside the batch's transaction). PUT's result is null; DELETE's is whether the key existed. */
  apply(entry: Entry, data: Uint8Array): unknown {
    let cmd: fedmq.v1.KvCommand;
    try {
      cmd = fedmq.v1.KvCommand.decode(data);
    } catch (err) {
      throw halt(entry, `its data is not a KvCommand (${(err as Error).message})`);
    }
    switch (cmd.op) {
      case KvOp.KV_OP_PUT: {
        this.data.put(keyBytes(entry, cmd.key), Buffer.from(cmd.value));
        return null;
      }
      case KvOp.KV_OP_DELETE: {
        const k = keyBytes(entry, cmd.key);
        const existed = this.data.doesExist(k);
        if (existed) this.data.remove(k);
        return existed;
      }
      default:
        throw halt(entry, `op ${opName(cmd.op)}, which this node cannot apply: upgrade it if a newer version proposed it`);
    }
  }
}

/** The Raft demo's state machine: only the key-value table (the Raft tests and benchmark use it). */
export class KvStateMachine extends LmdbStateMachine {
  readonly table: KvTable;

  constructor(store: Store, opts: { bootstrap?: ConfState } = {}) {
    super(store, { dbNames: [KV_DB], ...(opts.bootstrap ? { bootstrap: opts.bootstrap } : {}) });
    this.table = new KvTable(this.rawDb(KV_DB));
  }

  get(key: string): Uint8Array | undefined {
    return this.table.get(key);
  }

  size(): number {
    return this.table.size();
  }

  protected applyCommand(entry: Entry): unknown {
    return this.table.apply(entry, entry.data);
  }
}

/** A PUT command, ready to propose. Throws KEY_INVALID on an empty or too long key. */
export function encodeKvPut(key: string, value: Uint8Array): Uint8Array {
  checkKey(key);
  return fedmq.v1.KvCommand.encode({ op: KvOp.KV_OP_PUT, key, value }).finish();
}

/** A DELETE command, ready to propose. Throws KEY_INVALID on an empty or too long key. */
export function encodeKvDelete(key: string): Uint8Array {
  checkKey(key);
  return fedmq.v1.KvCommand.encode({ op: KvOp.KV_OP_DELETE, key }).finish();
}

function checkKey(key: string): void {
  const n = Buffer.byteLength(key, 'utf8');
  if (n === 0 || n > KV_KEY_BYTES_MAX) {
    throw new FedmqError('KEY_INVALID', `a key must be 1 to ${KV_KEY_BYTES_MAX} bytes of UTF-8, got ${n}`, { bytes: n, bytesMax: KV_KEY_BYTES_MAX });
  }
}

/** The key of a committed command; one the proposer should have refused halts apply (every replica alike). */
function keyBytes(entry: Entry, key: string): Buffer {
  const k = Buffer.from(key, 'utf8');
  if (k.length === 0 || k.length > KV_KEY_BYTES_MAX) throw halt(entry, `a key of ${k.length} bytes (1 to ${KV_KEY_BYTES_MAX} allowed)`);
  return k;
}

function opName(op: number): string {
  const name = (KvOp as unknown as Record<number, string | undefined>)[op];
  return name ? `${name} (${op})` : `${op} (unknown)`;
}

function halt(entry: Entry, why: string): FedmqError {
  return new FedmqError('STATE_MACHINE_HALTED', `apply stopped at entry ${entry.index} (term ${entry.term}): ${why}`, { index: entry.index, term: entry.term });
}
