// One pino root per process with {site, node}; components take child loggers.
// Messages are short constants; data goes in fields. Payloads are never logged.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(opts: { siteId: string; nodeId: number; level?: string; destination?: NodeJS.WritableStream }): Logger {
  const base = { site: opts.siteId, node: opts.nodeId };
  const level = opts.level ?? process.env.FEDMQ_LOG_LEVEL ?? 'info';
  return opts.destination ? pino({ base, level }, opts.destination as pino.DestinationStream) : pino({ base, level });
}

/** A logger that drops everything, for tests that assert on behaviour, not logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
