// Runs a whole transcript: every command in order against one fresh InteractionEnv.
import { runCommand } from './commands.ts';
import { formatTranscript, parseTranscript, type Block } from './datadriven.ts';
import { InteractionEnv } from './env.ts';

export interface Mismatch {
  block: Block;
  actual: string;
}

export interface TranscriptRun {
  /** The file as it would be with the actual outputs (what REWRITE=1 writes). */
  rewritten: string;
  mismatches: Mismatch[];
}

export function runTranscript(source: string): TranscriptRun {
  const file = parseTranscript(source);
  const env = new InteractionEnv();
  const outputs: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const block of file.blocks) {
    let actual: string;
    try {
      actual = runCommand(env, block.command);
    } catch (err) {
      const e = err as Error;
      throw new Error(`line ${block.command.line} "${block.command.text}": ${e.message}`, { cause: err });
    }
    outputs.push(actual);
    if (actual !== block.expected) mismatches.push({ block, actual });
  }
  return { rewritten: formatTranscript(file, outputs), mismatches };
}

/** A readable report of the first few mismatches. */
export function describeMismatches(name: string, mismatches: readonly Mismatch[], max = 3): string {
  const parts = mismatches.slice(0, max).map(({ block, actual }) =>
    [`${name}:${block.command.line}: ${block.command.text}`, 'expected:', block.expected, 'actual:', actual].join('\n'),
  );
  if (mismatches.length > max) parts.push(`… and ${mismatches.length - max} more`);
  return parts.join('\n\n');
}
