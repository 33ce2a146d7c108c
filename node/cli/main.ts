// The `fedmq` command line (commander): start a node, run a local topology, inspect a node.
import { Command } from 'commander';
import { isFedmqError } from '../errors.ts';
import { loadNodeConfig } from '../server/config.ts';
import { startNode } from '../server/node.ts';
import { devUp } from './dev-up.ts';
import { addClientCommands } from './client-commands.ts';
import { addSiteCommands } from './site-commands.ts';

function fail(err: unknown): never {
  if (isFedmqError(err)) {
    // The code first, so that scripts can match on it; then what to do about it.
    process.stderr.write(`fedmq: ${err.code}: ${err.message}\n`);
    process.exit(err.code === 'CONFIG_INVALID' ? 2 : 1);
  }
  process.stderr.write(`fedmq: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
}

const program = new Command().name('fedmq').description('fedmq: Raft-replicated sites joined by fenced, lag-tracked bridges.');

const nodeCmd = program.command('node').description('run one node');
nodeCmd
  .command('start')
  .description('start a node from its YAML config')
  .requiredOption('--config <file>', 'the node config (YAML)')
  .action(async (opts: { config: string }) => {
    let node;
    try {
      node = await startNode(loadNodeConfig(opts.config));
    } catch (err) {
      fail(err);
    }
    const shutdown = (transfer: boolean): void => {
      node.stop({ transfer }).then(
        () => process.exit(0),
        (err: unknown) => fail(err),
      );
    };
    process.once('SIGTERM', () => shutdown(true));
    process.once('SIGINT', () => shutdown(true));
    if (process.send) {
      // Started by a parent (fedmq dev up, a test): exit with it.
      process.once('disconnect', () => shutdown(false));
      process.send({ type: 'ready', node: node.config.node, site: node.config.site, addresses: node.addresses });
      // Leader changes, time-stamped here, for the parent (dev up prints them; benchmarks time failovers).
      node.host.onLeaderChange((lead, term) => {
        if (process.connected) process.send!({ type: 'leader', node: node.config.node, lead, term, atMs: Date.now() });
      });
    }
  });

program
  .command('dev')
  .description('local development topologies')
  .command('up')
  .description('run every node of a local topology as child processes; Ctrl-C stops them all')
  .argument('[topology]', 'topology file', 'deploy/local/site.yaml')
  .option('--data <dir>', 'data directory root', './data')
  .action(async (topology: string, opts: { data: string }) => {
    try {
      await devUp(topology, opts.data);
    } catch (err) {
      fail(err);
    }
  });

const run = async (fn: () => Promise<void>): Promise<void> => {
  try {
    await fn();
  } catch (err) {
    fail(err);
  }
};
addClientCommands(program, run);
addSiteCommands(program, run);

await program.parseAsync(process.argv);
