// `fedmq dev up`: every node of a local topology as a child process, each with its data
// directory and log file under the data root; Ctrl-C or SIGTERM stops them all. Children also
// exit on their own if this process dies (their IPC channel closes).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { loadTopology, nodeConfigs } from './topology.ts';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), 'main.ts');
/** How long children get to stop after SIGTERM before they are killed. */
const STOP_GRACE_MS = 8_000;
/** How long to wait for the first leader before saying so. */
const LEADER_WAIT_MS = 20_000;

export async function devUp(topologyPath: string, dataRoot: string): Promise<void> {
  const topology = loadTopology(topologyPath);
  const root = resolve(dataRoot);
  const configs = nodeConfigs(topology, root);
  const children: Array<{ label: string; child: ChildProcess; log: string }> = [];
  let stopping = false;

  const stopAll = async (code: number): Promise<never> => {
    stopping = true;
    for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while (children.some((c) => c.child.exitCode === null && c.child.signalCode === null) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    process.stdout.write('all nodes stopped\n');
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  process.stdout.write(`fedmq dev up: ${topologyPath}, data in ${root}\n`);
  for (const cfg of configs) {
    mkdirSync(cfg.dataDir, { recursive: true });
    const configPath = join(cfg.dataDir, 'node.yaml');
    writeFileSync(configPath, toYaml(cfg));
    const logPath = join(cfg.dataDir, 'node.log');
    const fd = openSync(logPath, 'a');
    const child = fork(MAIN, ['node', 'start', '--config', configPath], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', fd, fd, 'ipc'],
    });
    closeSync(fd);
    const label = `${cfg.site}/${cfg.node}`;
    children.push({ label, child, log: logPath });
    child.on('exit', (code, signal) => {
      if (!stopping) process.stdout.write(`node ${label} exited (${signal ?? `code ${code}`}); see ${logPath}\n`);
    });
    process.stdout.write(`  node ${label}  grpc ${cfg.listen.grpc}  admin http://${cfg.listen.admin}${cfg.listen.stomp ? `  stomp ${cfg.listen.stomp}` : ""}  log ${logPath}\n`);
  }

  // Leader changes arrive from the nodes themselves (IPC), time-stamped where they happened.
  const hinted = new Set<string>();
  for (const { child } of children) {
    child.on('message', (m: { type?: string; node?: number; lead?: number; term?: number }) => {
      if (m.type !== 'leader' || m.lead !== m.node) return;
      const cfg = configs.find((c) => c.node === m.node && children[configs.indexOf(c)]?.child === child);
      if (!cfg) return;
      process.stdout.write(`site ${cfg.site}: node ${m.node} leads (term ${m.term})\n`);
      if (!hinted.has(cfg.site)) {
        hinted.add(cfg.site);
        process.stdout.write(`  try: npx fedmq send orders hello --server ${cfg.listen.grpc} && npx fedmq consume orders --count 1 --server ${cfg.listen.grpc}\n`);
      }
    });
  }
  const deadline = Date.now() + LEADER_WAIT_MS;
  while (hinted.size < topology.sites.length && Date.now() < deadline && !stopping) await new Promise((r) => setTimeout(r, 100));
  for (const site of topology.sites) {
    if (!hinted.has(site.name) && !stopping) process.stdout.write(`site ${site.name}: no leader after ${LEADER_WAIT_MS} ms; see the node logs\n`);
  }
  process.stdout.write('running; Ctrl-C stops every node\n');
  await new Promise<never>(() => undefined);
}
