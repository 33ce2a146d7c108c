// One LMDB environment per data directory: the Raft log, the hard state and the state machine
// all live in it, so one write transaction can cover any of them (an entry's effects and the
// applied index; a restored image and the log's snapshot point).
//
// The directory records who owns it (cluster, site, node id) on first open and refuses any other
// identity later: a node that lost its directory rejoins only as a new member, never by reusing
// another node's data.
//
// Durability: lmdb-js on Linux commits with overlappingSync, so a commit's promise can resolve
// before the commit is on disk. flushed() waits for lmdb's flush; anything that must be durable
// before it is answered (a vote, an append acknowledgement) awaits it.
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { open, type Database, type Key, type RootDatabase } from 'lmdb';
import { FedmqError } from '../errors.ts';
import type { NodeIdentity } from '../raft/transport-types.ts';

/**
 * Initial size of the memory map. LMDB maps the file into virtual memory; on 64-bit this costs
 * address space, not RAM or disk (the file grows as data is written), and lmdb-js grows the map
 * when a write finds it full. 1 GiB avoids early remaps for a typical node.
 */
export const STORE_MAP_SIZE_BYTES_DEFAULT = 1 << 30;

/** Named databases one environment may hold: the Raft log and meta, the state machine's own, and room to grow. */
export const STORE_DBS_MAX = 64;

/** The on-disk layout version this code writes and reads. Bumped only with a migration. */
export const STORE_FORMAT_VERSION = 1;

/**
 * LMDB page size for new environments (an existing one keeps its own). 16 KiB pages hold about
 * fourteen 1 KiB log entries or message bodies where 4 KiB pages hold three, so a batch dirties
 * fewer pages and the tree is shallower: about 25% more synced batches of 1 KiB entries per
 * second on this machine's disk than the 4 KiB default (bench/ and BENCHMARKS.md).
 */
export const STORE_PAGE_BYTES = 16 << 10;

/** The store's own database: the identity record. */
const STORE_META_DB = 'store.meta';
const IDENTITY_KEY = 'identity';
/** How many times this directory was opened: rewritten (and flushed) at each open. */
const OPENS_KEY = 'opens';

/** LMDB's data file inside the directory, and the magic number its first (meta) page carries. */
const DATA_FILE = 'data.mdb';
const LMDB_MAGIC = 0xbeefc0de;
const LMDB_P_META = 0x08;
/**
 * Where the first page's flags and the meta's magic sit: LMDB 0.9's 16-byte page header, and the
 * 24-byte one (with a txnid) of the LMDB that lmdb-js 3 bundles.
 */
const LMDB_HEADER_LAYOUTS = [
  { flagsOffset: 10, magicOffset: 16 },
  { flagsOffset: 18, magicOffset: 24 },
];
const LMDB_HEAD_BYTES = 28;

export type { Database, Key, RootDatabase };

/**
 * What a named database may be opened with. Caching and compression are deliberately absent:
 * caching disables the child transactions that make apply all-or-nothing, and a state machine's
 * databases are copied byte for byte into snapshots.
 */
export interface DbOptions {
  /** Value encoding; default 'binary' (Buffers in, Buffers out). */
  encoding?: 'binary' | 'string' | 'json' | 'msgpack' | 'ordered-binary';
  /** Key encoding; default 'ordered-binary' (numbers, strings and arrays of them, in order). */
  keyEncoding?: 'ordered-binary' | 'binary' | 'uint32';
  dupSort?: boolean;
}

export interface StoreOptions {
  /** The node's data directory; created when missing. */
  dir: string;
  identity: NodeIdentity;
  mapSizeBytes?: number;
  /** Test seam: replaces lmdb's flush wait in flushed(). */
  flush?: () => Promise<void>;
}

interface IdentityRecord extends NodeIdentity {
  format: number;
}

/** Directories open in this process: LMDB must not open one environment twice in a process. */
const openDirs = new Set<string>();

export class Store {
  readonly dir: string;
  readonly identity: NodeIdentity;
  /** The environment's root database: transactions (transaction, childTransaction, transactionSync) run on it. */
  readonly root: RootDatabase;
  private readonly flushSeam: (() => Promise<void>) | null;
  private closed = false;

  private constructor(dir: string, identity: NodeIdentity, root: RootDatabase, flush: (() => Promise<void>) | null) {
    this.dir = dir;
    this.identity = identity;
    this.root = root;
    this.flushSeam = flush;
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const dir = resolve(opts.dir);
    checkIdentity(opts.identity);
    const mapSizeBytes = opts.mapSizeBytes ?? STORE_MAP_SIZE_BYTES_DEFAULT;
    if (!Number.isSafeInteger(mapSizeBytes) || mapSizeBytes <= 0) {
      throw new FedmqError('CONFIG_INVALID', `store map size must be a positive integer of bytes, got ${String(opts.mapSizeBytes)}`);
    }
    if (openDirs.has(dir)) throw new Error(`store: ${dir} is already open in this process`);
    mkdirSync(dir, { recursive: true });
    checkDataFile(dir);

    let root: RootDatabase;
    try {
      root = open(dir, {
        noSubdir: false, // dir is a directory even if its name has a dot
        maxDbs: STORE_DBS_MAX,
        mapSize: mapSizeBytes,
        pageSize: STORE_PAGE_BYTES,
        keyEncoding: 'binary', // the root lists database names as raw bytes
        encoding: 'binary',
        // overlappingSync stays at lmdb-js's default (on, on Linux): flushes overlap the next
        // commits, and flushed() is awaited wherever durability is promised.
      });
    } catch (err) {
      throw new FedmqError('DATA_DIR_CORRUPT', `the data directory ${dir} cannot be opened as an LMDB environment: ${(err as Error).message}. Check its permissions and free space; if it is damaged, this node must rejoin as a new member with an empty directory.`, { dir, cause: (err as Error).message });
    }
    openDirs.add(dir);
    const store = new Store(dir, { ...opts.identity }, root, opts.flush ?? null);
    try {
      await store.claim();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  /** Opens (creating if needed) a named database in this environment. Open every database before reading snapshots. */
  openDb<V = Buffer, K extends Key = Key>(name: string, options: DbOptions = {}): Database<V, K> {
    this.assertOpen();
    if (name.length === 0 || name.includes('\0')) throw new Error(`store: invalid database name ${JSON.stringify(name)}`);
    return this.root.openDB<V, K>(name, {
      encoding: options.encoding ?? 'binary',
      keyEncoding: options.keyEncoding ?? 'ordered-binary',
      dupSort: options.dupSort ?? false,
    });
  }

  /** Names of the databases that exist in this environment. */
  dbNames(): string[] {
    this.assertOpen();
    const names: string[] = [];
    for (const key of this.root.getKeys()) {
      const s = Buffer.from(key as Uint8Array).toString('utf8');
      names.push(s.endsWith('\0') ? s.slice(0, -1) : s);
    }
    return names;
  }

  /** Resolves once everything committed so far is on disk. */
  async flushed(): Promise<void> {
    this.assertOpen();
    if (this.flushSeam) return this.flushSeam();
    await this.root.flushed;
  }

  /** Waits for pending writes, then closes the environment. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.root.close();
    } finally {
      openDirs.delete(this.dir);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`store: ${this.dir} is closed`);
  }

  /** Records the identity in a new directory, or checks the one recorded. */
  private async claim(): Promise<void> {
    const existing = this.dbNames();
    const meta = this.openDb<Buffer, string>(STORE_META_DB);
    const raw = meta.get(IDENTITY_KEY);
    if (raw === undefined) {
      const others = existing.filter((n) => n !== STORE_META_DB);
      if (others.length > 0) {
        throw new FedmqError('DATA_DIR_CORRUPT', `the data directory ${this.dir} holds data (databases ${others.join(', ')}) but no identity record, so it cannot be known whose it is. Give this node an empty directory: a node that lost its directory rejoins only as a new member.`, { dir: this.dir });
      }
      const record: IdentityRecord = { format: STORE_FORMAT_VERSION, ...this.identity };
      await this.root.childTransaction(() => {
        meta.put(IDENTITY_KEY, Buffer.from(JSON.stringify(record), 'utf8'));
      });
      await this.root.flushed; // the real flush even under the test seam: the seam is for the host's writes

      return;
    }
    const recorded = parseIdentityRecord(this.dir, raw);
    if (recorded.clusterId !== this.identity.clusterId || recorded.siteId !== this.identity.siteId || recorded.nodeId !== this.identity.nodeId) {
      throw new FedmqError(
        'DATA_DIR_MISMATCH',
        `the data directory ${this.dir} belongs to ${describeIdentity(recorded)}, but this node was started as ${describeIdentity(this.identity)}. ` +
          `Start it with its own data directory; a node that lost its directory rejoins only as a new member (an empty directory and a new node id, added through a membership change), never with another node's data.`,
        { dir: this.dir, recorded: { clusterId: recorded.clusterId, siteId: recorded.siteId, nodeId: recorded.nodeId }, requested: { ...this.identity } },
      );
    }
    // After a process crash, LMDB opens the last *committed* transaction, which may exist only in
    // the page cache (overlappingSync commits before it flushes). Raft treats what it finds at
    // start as durable (its vote, its log), so make it so: one synced write flushes the file.
    const opens = Number(meta.get(OPENS_KEY)?.toString('utf8') ?? '0') + 1;
    await this.root.childTransaction(() => {
      meta.put(OPENS_KEY, Buffer.from(String(opens), 'utf8'));
    });
    await this.root.flushed; // the real flush even under the test seam
  }
}

function describeIdentity(id: NodeIdentity): string {
  return `node ${id.nodeId} of site "${id.siteId}" in cluster "${id.clusterId}"`;
}

function checkIdentity(id: NodeIdentity): void {
  const problems: string[] = [];
  if (typeof id.clusterId !== 'string' || id.clusterId.length === 0) problems.push('clusterId must be a non-empty string');
  if (typeof id.siteId !== 'string' || id.siteId.length === 0) problems.push('siteId must be a non-empty string');
  if (!Number.isSafeInteger(id.nodeId) || id.nodeId <= 0) problems.push(`nodeId must be a positive integer, got ${String(id.nodeId)}`);
  if (problems.length > 0) throw new FedmqError('CONFIG_INVALID', `invalid node identity: ${problems.join('; ')}`, { problems });
}

function parseIdentityRecord(dir: string, raw: Uint8Array): IdentityRecord {
  const corrupt = (why: string): FedmqError =>
    new FedmqError('DATA_DIR_CORRUPT', `the identity record in the data directory ${dir} cannot be read (${why}). Do not reuse this directory: give the node an empty one; a node that lost its directory rejoins only as a new member.`, { dir, why });
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (err) {
    throw corrupt(`not UTF-8 JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw corrupt('not an object');
  const r = parsed as Record<string, unknown>;
  if (r.format !== STORE_FORMAT_VERSION) {
    throw corrupt(`layout version ${String(r.format)}, this fedmq reads version ${STORE_FORMAT_VERSION}`);
  }
  if (typeof r.clusterId !== 'string' || typeof r.siteId !== 'string' || typeof r.nodeId !== 'number' || !Number.isSafeInteger(r.nodeId)) {
    throw corrupt('missing or mistyped clusterId, siteId or nodeId');
  }
  return { format: r.format, clusterId: r.clusterId, siteId: r.siteId, nodeId: r.nodeId };
}

/**
 * lmdb-js crashes the process (SIGSEGV) on a data file that is not an LMDB file, so the first
 * page is checked before opening: an empty or missing file is a new directory; anything else must
 * start with an LMDB meta page.
 */
function checkDataFile(dir: string): void {
  const path = join(dir, DATA_FILE);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (size === 0) return;
  const head = Buffer.alloc(LMDB_HEAD_BYTES);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const ok =
    n === head.length &&
    LMDB_HEADER_LAYOUTS.some((l) => (head.readUInt16LE(l.flagsOffset) & LMDB_P_META) !== 0 && head.readUInt32LE(l.magicOffset) === LMDB_MAGIC);
  if (!ok) {
    throw new FedmqError('DATA_DIR_CORRUPT', `the data directory ${dir} has a ${DATA_FILE} that is not an LMDB file (${size} bytes, no LMDB header). Do not reuse this directory: give the node an empty one; a node that lost its directory rejoins only as a new member.`, { dir, bytes: size });
  }
}
