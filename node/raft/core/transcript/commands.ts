// The transcript command language. Each command acts on an InteractionEnv and returns its
// output ("ok" when silent). Node ids are positional; options are key=value or key=(a,b).
//
//   log-level none|info                  none: hide Readies, deliveries and role changes
//   add-nodes N [voters=(..)] [learners=(..)] [options]
//                                        N nodes bootstrapped from the snapshot at 1/1
//   add-node ID [options]                a new node with empty storage (to be added by a conf change)
//     options: election= heartbeat= jitter= msg-bytes= inflight= inflight-bytes= entry-bytes=
//              uncommitted-bytes= apply-bytes= learner-lag=
//   campaign ID                          start an election now (PreVote first)
//   tick ID [COUNT]                      COUNT ticks (default 1); role changes show their tick
//   tick-election ID | tick-heartbeat ID one election timeout / one heartbeat interval of ticks
//   propose ID DATA                      a normal entry
//   propose-conf-change ID add-learner=N|promote=N|remove=N
//   transfer-leadership from=ID to=ID
//   peer-unreachable ID PEER             ID's host saw its connection to PEER reset
//   read-index ID CTX
//   compact ID INDEX                     snapshot the state machine at INDEX, drop the log before it
//   report-snapshot ID to=PEER ok|fail   the transport finished or gave up sending a snapshot
//   process-ready ID..                   handle one Ready: persist → send → apply → advance
//   deliver-msgs [drop=(..)] [type=T] ID..  deliver (or drop) the queued messages to these nodes
//   stabilize [ID..]                     handle Readies and deliver until quiet (default: all)
//   isolate ID | heal                    drop every message from or to ID / reconnect (dropping what
//                                        is still queued across the partition)
//   raft-state | raft-log ID | status ID
import { isLearner, isVoter } from '../membership.ts';
import type { ProposeResult } from '../raft.ts';
import type { ConfChange } from '../types.ts';
import { ConfChangeType } from '../types.ts';
import type { Command } from './datadriven.ts';
import { describeEntry, describeProgress, describeState } from './describe.ts';
import type { InteractionEnv, NodeOptions } from './env.ts';

const encoder = new TextEncoder();

/** Reads a command's arguments; done() refuses any named argument nobody asked for. */
class Args {
  private readonly used = new Set<string>();
  constructor(private readonly cmd: Command) {}

  positional(): string[] {
    return this.cmd.args.filter((a) => a.values === null).map((a) => a.key);
  }

  positionalInts(): number[] {
    return this.positional().map((p) => toInt(p, this.cmd));
  }

  strings(key: string): string[] | undefined {
    const a = this.cmd.args.find((x) => x.key === key && x.values !== null);
    if (!a || a.values === null) return undefined;
    this.used.add(key);
    return a.values;
  }

  ints(key: string): number[] | undefined {
    return this.strings(key)?.map((v) => toInt(v, this.cmd));
  }

  int(key: string): number | undefined {
    const v = this.ints(key);
    if (v === undefined) return undefined;
    if (v.length !== 1) throw new Error(`line ${this.cmd.line}: ${key} takes one value`);
    return v[0];
  }

  requireInt(key: string): number {
    const v = this.int(key);
    if (v === undefined) throw new Error(`line ${this.cmd.line}: ${this.cmd.name} needs ${key}=`);
    return v;
  }

  done(): void {
    for (const a of this.cmd.args) {
      if (a.values !== null && !this.used.has(a.key)) throw new Error(`line ${this.cmd.line}: unknown argument ${a.key}= for ${this.cmd.name}`);
    }
  }
}

function toInt(s: string, cmd: Command): number {
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new Error(`line ${cmd.line}: "${s}" is not an integer`);
  return n;
}

const OPTION_KEYS: Record<string, keyof NodeOptions> = {
  election: 'electionTimeoutTicks',
  heartbeat: 'heartbeatTicks',
  jitter: 'fastFailoverJitterTicksMax',
  'msg-bytes': 'msgBytesMax',
  inflight: 'inflightMsgsMax',
  'inflight-bytes': 'inflightBytesMax',
  'entry-bytes': 'entryBytesMax',
  'uncommitted-bytes': 'uncommittedBytesMax',
  'apply-bytes': 'applyBytesMax',
  'learner-lag': 'learnerLagEntriesMax',
};

function nodeOptions(env: InteractionEnv, args: Args): NodeOptions {
  const opts: NodeOptions = { ...env.nodeOptions };
  for (const [key, field] of Object.entries(OPTION_KEYS)) {
    const v = args.int(key);
    if (v !== undefined) opts[field] = v;
  }
  return opts;
}

function one(args: Args, what: string, cmd: Command): number {
  const ids = args.positionalInts();
  if (ids.length !== 1) throw new Error(`line ${cmd.line}: ${cmd.name} takes one ${what}`);
  return ids[0]!;
}

function printRefusal(env: InteractionEnv, res: ProposeResult): void {
  if (!res.ok) env.print(`refused: ${res.reason} (leader ${res.leader}): ${res.detail}`);
}

type Handler = (env: InteractionEnv, args: Args, cmd: Command) => void;

const HANDLERS: Record<string, Handler> = {
  'log-level': (env, args, cmd) => {
    const [level] = args.positional();
    if (level !== 'none' && level !== 'info') throw new Error(`line ${cmd.line}: log-level none|info`);
    env.quiet = level === 'none';
  },

  'add-nodes': (env, args, cmd) => {
    const count = one(args, 'count', cmd);
    const first = Math.max(0, ...env.nodes.keys()) + 1;
    const ids = Array.from({ length: count }, (_, i) => first + i);
    const voters = args.ints('voters') ?? ids;
    const learners = args.ints('learners') ?? [];
    const opts = nodeOptions(env, args);
    args.done();
    env.nodeOptions = opts;
    const members = [...voters, ...learners].sort((a, b) => a - b).map((nodeId) => ({ nodeId, address: `node-${nodeId}` }));
    for (const id of ids) env.addBootstrappedNode(id, { voters, learners, members }, opts);
  },

  'add-node': (env, args, cmd) => {
    const id = one(args, 'node id', cmd);
    const opts = nodeOptions(env, args);
    args.done();
    env.addEmptyNode(id, opts);
  },

  campaign: (env, args, cmd) => env.act(one(args, 'node id', cmd), (r) => r.campaignNow()),

  tick: (env, args, cmd) => {
    const [id, count = 1] = args.positionalInts();
    if (id === undefined) throw new Error(`line ${cmd.line}: tick ID [COUNT]`);
    env.tick(id, count);
  },

  'tick-election': (env, args, cmd) => {
    const id = one(args, 'node id', cmd);
    env.tick(id, env.node(id).raft.opts.electionTimeoutTicks);
  },

  'tick-heartbeat': (env, args, cmd) => {
    const id = one(args, 'node id', cmd);
    env.tick(id, env.node(id).raft.opts.heartbeatTicks);
  },

  propose: (env, args, cmd) => {
    const [id, data] = args.positional();
    if (id === undefined || data === undefined) throw new Error(`line ${cmd.line}: propose ID DATA`);
    printRefusal(env, env.act(toInt(id, cmd), (r) => r.propose(encoder.encode(data))));
  },

  'propose-conf-change': (env, args, cmd) => {
    const id = one(args, 'node id', cmd);
    const kinds: Array<[string, ConfChangeType]> = [
      ['add-learner', ConfChangeType.CONF_ADD_LEARNER],
      ['promote', ConfChangeType.CONF_PROMOTE],
      ['remove', ConfChangeType.CONF_REMOVE],
    ];
    const changes: ConfChange[] = [];
    for (const [key, type] of kinds) {
      const nodeId = args.int(key);
      if (nodeId !== undefined) changes.push({ type, nodeId, address: `node-${nodeId}` });
    }
    args.done();
    if (changes.length !== 1) throw new Error(`line ${cmd.line}: one of add-learner=, promote=, remove=`);
    printRefusal(env, env.act(id, (r) => r.proposeConfChange(changes[0]!)));
  },

  'transfer-leadership': (env, args) => {
    const from = args.requireInt('from');
    const to = args.requireInt('to');
    args.done();
    if (!env.act(from, (r) => r.transferLeadership(to))) env.print('refused');
  },

  'peer-unreachable': (env, args, cmd) => {
    const [id, peer] = args.positionalInts();
    if (id === undefined || peer === undefined) throw new Error(`line ${cmd.line}: peer-unreachable ID PEER`);
    env.act(id, (r) => r.peerUnreachable(peer));
  },

  'read-index': (env, args, cmd) => {
    const [id, ctx] = args.positional();
    if (id === undefined || ctx === undefined) throw new Error(`line ${cmd.line}: read-index ID CTX`);
    if (!env.act(toInt(id, cmd), (r) => r.readIndex(encoder.encode(ctx)))) env.print('refused: no leader to ask');
  },

  compact: (env, args, cmd) => {
    const [id, index] = args.positionalInts();
    if (id === undefined || index === undefined) throw new Error(`line ${cmd.line}: compact ID INDEX`);
    env.compact(id, index);
  },

  'report-snapshot': (env, args, cmd) => {
    const to = args.requireInt('to');
    args.done();
    const [id, outcome] = args.positional();
    if (id === undefined || (outcome !== 'ok' && outcome !== 'fail')) throw new Error(`line ${cmd.line}: report-snapshot ID to=PEER ok|fail`);
    env.act(toInt(id, cmd), (r) => r.reportSnapshot(to, outcome === 'ok'));
  },

  'process-ready': (env, args) => {
    const ids = args.positionalInts();
    for (const id of ids) {
      if (ids.length === 1) {
        env.processReady(id);
      } else if (env.node(id).raft.hasReady()) {
        env.emit(`> ${id} handling Ready`);
        env.indented(() => env.processReady(id));
      }
    }
  },

  'deliver-msgs': (env, args) => {
    const drop = args.ints('drop') ?? [];
    const types = args.strings('type');
    args.done();
    const filter = types ? { type: types[0]! } : {};
    for (const id of drop) env.drop(id, filter);
    for (const id of args.positionalInts()) env.deliver(id, filter);
  },

  stabilize: (env, args) => {
    const ids = args.positionalInts();
    env.stabilize(ids.length > 0 ? ids : env.sortedIds());
  },

  isolate: (env, args, cmd) => env.isolate(one(args, 'node id', cmd)),

  heal: (env) => env.heal(),

  'raft-state': (env) => {
    for (const id of env.sortedIds()) {
      const r = env.node(id).raft;
      const role = isVoter(r.conf, id) ? 'Voter' : isLearner(r.conf, id) ? 'Learner' : 'Non-Member';
      env.print(`${id}: ${describeState(r.state)} (${role}) Term:${r.term} Vote:${r.vote} Lead:${r.lead} Commit:${r.log.committed} Last:${r.log.lastIndex()}`);
    }
  },

  'raft-log': (env, args, cmd) => {
    const r = env.node(one(args, 'node id', cmd)).raft;
    const first = r.log.firstIndex();
    const last = r.log.lastIndex();
    if (last < first) {
      env.print(`log is empty: first index=${first}, last index=${last}`);
      return;
    }
    for (const e of r.log.slice(first, last + 1, Number.MAX_SAFE_INTEGER)) env.print(describeEntry(e));
  },

  status: (env, args, cmd) => {
    const r = env.node(one(args, 'node id', cmd)).raft;
    if (r.state !== 'leader') {
      env.print(`${r.id} is ${describeState(r.state)} at term ${r.term}: it tracks no progress`);
      return;
    }
    for (const id of [...r.prs.keys()].sort((a, b) => a - b)) env.print(describeProgress(id, r.prs.get(id)!));
    if (r.leadTransferee !== 0) env.print(`transferring leadership to ${r.leadTransferee}`);
  },
};

/** Runs one command against env and returns its output. */
export function runCommand(env: InteractionEnv, cmd: Command): string {
  const handler = HANDLERS[cmd.name];
  if (!handler) throw new Error(`line ${cmd.line}: unknown command "${cmd.name}"`);
  env.begin();
  const args = new Args(cmd);
  handler(env, args, cmd);
  args.done();
  return env.end();
}
