// Starting `fedmq node start` as a real process: forked with an IPC channel (so it exits with
// the test) in its own process group (so teardown can kill it and anything it started).
// `runNodeToExit` is for starts that must fail: it captures stderr and the exit code.
import type { ExecutionContext } from 'ava';
import { fork, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { waitFor } from './wait.ts';

export const FEDMQ_MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node', 'cli', 'main.ts');

/** A refused start has this long to exit (tsx compiles on first start; the machine is shared). */
const NODE_EXIT_MS = 30_000;

export interface NodeExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() in the test process when the exit was seen. */
  atMs: number;
}

export function forkNode(configPath: string, stdio: StdioOptions): ChildProcess {
  return fork(FEDMQ_MAIN, ['node', 'start', '--config', configPath], {
    execArgv: ['--import', 'tsx'],
    stdio,
    detached: true, // its own process group, killed as a group in teardown
  });
}

export function writeNodeConfig(path: string, config: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toYaml(config));
}

/** Sends a signal to a node's process group; false if it is already gone. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  if (!child.pid) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

export interface RefusedStart extends NodeExit {
  stdout: string;
  stderr: string;
}

/**
 * Runs a node with `config` (written as YAML to a fresh directory) and waits for it to exit.
 * A node that starts instead (it reports ready) is killed and the test fails.
 */
export async function runNodeToExit(t: ExecutionContext, config: Record<string, unknown>, opts: { timeoutMs?: number } = {}): Promise<RefusedStart> {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-refused-'));
  const configPath = join(dir, 'node.yaml');
  writeNodeConfig(configPath, config);
  const child = forkNode(configPath, ['ignore', 'pipe', 'pipe', 'ipc']);
  t.teardown(() => {
    signalGroup(child, 'SIGCONT');
    signalGroup(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  let stdout = '';
  let stderr = '';
  let ready = false;
  let exit: NodeExit | null = null;
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.on('message', (m: { type?: string }) => {
    if (m?.type === 'ready') ready = true;
  });
  // 'close' rather than 'exit': stdout and stderr are fully read by then.
  child.once('close', (code, signal) => (exit = { code, signal, atMs: Date.now() }));
  await waitFor(() => exit !== null || ready, { timeoutMs: opts.timeoutMs ?? NODE_EXIT_MS, intervalMs: 20, what: 'the node to exit' });
  if (ready) {
    signalGroup(child, 'SIGKILL');
    throw new Error(`the node started although it should have been refused; stdout:\n${stdout}\nstderr:\n${stderr}`);
  }
  return { ...exit!, stdout, stderr };
}
