// Bounded waiting: every loop in a cluster test has a deadline and a poll interval.
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  opts: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastErr: unknown = null;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v as T;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what}${lastErr ? ` (last error: ${(lastErr as Error).message})` : ''}`);
    }
    await sleep(opts.intervalMs ?? 25);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Checks that a condition keeps holding for a whole window (polled), failing at the first poll
 * where it does not: for "nothing happens" claims (no election, no more entries sent).
 */
export async function holdsFor(
  probe: () => boolean | Promise<boolean>,
  opts: { forMs: number; intervalMs?: number; what: string },
): Promise<void> {
  const until = Date.now() + opts.forMs;
  for (;;) {
    if (!(await probe())) throw new Error(`${opts.what} stopped holding ${opts.forMs - (until - Date.now())} ms into a ${opts.forMs} ms window`);
    if (Date.now() >= until) return;
    await sleep(opts.intervalMs ?? 50);
  }
}
