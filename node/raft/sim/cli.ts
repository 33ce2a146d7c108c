// npm run sim -- [--seeds N] [--start S] [--seed S] [--nodes 3|5] [--bug NAME] [--trace]
// Runs the deterministic simulator over a range of seeds and prints seeds/s and violations.
// Every failure prints the one command that replays it.
import { Command, InvalidArgumentError } from 'commander';
import { BUGS, describeKnobs, replayCommand, runSeed, type BugName } from './simulator.ts';

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return n;
  };
}

const program = new Command()
  .name('npm run sim --')
  .description('Deterministic simulation of the fedmq Raft core under faults.')
  .option('--seeds <n>', 'how many seeds to run', int('--seeds'), 1000)
  .option('--start <s>', 'first seed', int('--start'), 1)
  .option('--seed <s>', 'run (replay) this one seed', int('--seed'))
  .option('--nodes <n>', 'cluster size (1, 3 or 5); default: drawn from the seed', int('--nodes'))
  .option('--bug <name>', `run a deliberately broken Raft: ${BUGS.join(', ')}`)
  .option('--trace', 'print the last trace lines of a failing seed')
  .option('--stop-on-failure', 'stop at the first violation')
  .parse();

const opts = program.opts<{ seeds: number; start: number; seed?: number; nodes?: number; bug?: string; trace?: boolean; stopOnFailure?: boolean }>();
if (opts.nodes !== undefined && ![1, 3, 5].includes(opts.nodes)) program.error('--nodes must be 1, 3 or 5');
if (opts.bug !== undefined && !BUGS.includes(opts.bug as BugName)) program.error(`--bug must be one of ${BUGS.join(', ')}`);
const bug = (opts.bug ?? null) as BugName | null;

const first = opts.seed ?? opts.start;
const count = opts.seed !== undefined ? 1 : opts.seeds;
const started = performance.now();
let failures = 0;
let ran = 0;
for (let seed = first; seed < first + count; seed++) {
  const r = runSeed({ seed, nodes: opts.nodes, bug, traceLines: opts.trace ? 200 : 0 });
  ran++;
  if (!r.ok) {
    failures++;
    console.log(`seed ${seed}: VIOLATION at tick ${r.tick}: ${r.violation}`);
    console.log(`  knobs: ${describeKnobs(r.knobs)}`);
    console.log(`  replay: ${replayCommand(seed, { nodes: opts.nodes, bug })}`);
    if (opts.trace) for (const line of r.trace) console.log(`  | ${line}`);
    if (opts.stopOnFailure) break;
  } else if (opts.seed !== undefined) {
    console.log(`seed ${seed}: ok ${JSON.stringify(r.stats)}`);
    if (opts.trace) for (const line of r.trace) console.log(`  | ${line}`);
  }
  if (ran % 1000 === 0) {
    const s = (performance.now() - started) / 1000;
    console.log(`... ${ran} seeds, ${(ran / s).toFixed(1)} seeds/s, ${failures} violations`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`${ran} seeds in ${seconds.toFixed(1)} s: ${(ran / seconds).toFixed(1)} seeds/s, ${failures} violations${bug ? ` (bug: ${bug})` : ''}`);
process.exitCode = failures > 0 && !bug ? 1 : 0;
