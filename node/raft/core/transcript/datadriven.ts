// The transcript file format, after cockroachdb/datadriven as etcd-io/raft uses it:
//
//   # comments and blank lines
//   command arg key=value key=(v1,v2)
//   ----
//   expected output, up to the next blank line
//
// Output that itself contains blank lines is fenced by a doubled separator
// ("----\n----\n" … "\n----\n----"). Pure: the caller reads and writes the file.

/** One argument: `3` is {key: '3', values: null}; `voters=(1,2,3)` is {key: 'voters', values: ['1','2','3']}. */
export interface Arg {
  key: string;
  /** null for a positional argument. */
  values: string[] | null;
}

export interface Command {
  name: string;
  args: Arg[];
  /** 1-based line of the command in its file, for error messages. */
  line: number;
  text: string;
}

export interface Block {
  /** Comment and blank lines before the command, verbatim. */
  preamble: string[];
  command: Command;
  expected: string;
}

export interface TranscriptFile {
  blocks: Block[];
  /** Comment and blank lines after the last block. */
  trailer: string[];
}

const SEPARATOR = '----';

export function parseCommand(text: string, line: number): Command {
  const tokens: string[] = [];
  // A token is a word, optionally followed by =value or =(list); lists may hold spaces.
  const re = /\S+?=\([^)]*\)|\S+/g;
  for (const m of text.trim().matchAll(re)) tokens.push(m[0]);
  const name = tokens.shift();
  if (name === undefined) throw new Error(`line ${line}: empty command`);
  const args = tokens.map((tok): Arg => {
    const eq = tok.indexOf('=');
    if (eq < 0) return { key: tok, values: null };
    const key = tok.slice(0, eq);
    let value = tok.slice(eq + 1);
    if (value.startsWith('(') && value.endsWith(')')) {
      value = value.slice(1, -1).trim();
      return { key, values: value === '' ? [] : value.split(',').map((v) => v.trim()) };
    }
    return { key, values: [value] };
  });
  return { name, args, line, text: text.trim() };
}

export function parseTranscript(source: string): TranscriptFile {
  const lines = source.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];
  let preamble: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) {
      preamble.push(line);
      i++;
      continue;
    }
    const command = parseCommand(line, i + 1);
    i++;
    if (lines[i] !== SEPARATOR) throw new Error(`line ${i + 1}: expected "${SEPARATOR}" after the command "${line}"`);
    i++;
    const out: string[] = [];
    if (lines[i] === SEPARATOR) {
      // Fenced output: runs until a doubled separator.
      i++;
      while (i < lines.length && !(lines[i] === SEPARATOR && lines[i + 1] === SEPARATOR)) out.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`line ${command.line}: fenced output is not closed`);
      i += 2;
      if (i < lines.length && lines[i]!.trim() === '') i++;
    } else {
      while (i < lines.length && lines[i]!.trim() !== '') out.push(lines[i++]!);
      if (i < lines.length) i++; // the blank line that ends the output
    }
    blocks.push({ preamble, command, expected: out.join('\n') });
    preamble = [];
  }
  return { blocks, trailer: preamble };
}

/** The file with each block's output replaced by outputs[i]. */
export function formatTranscript(file: TranscriptFile, outputs: readonly string[]): string {
  const lines: string[] = [];
  file.blocks.forEach((b, idx) => {
    lines.push(...b.preamble, b.command.text, SEPARATOR);
    const out = outputs[idx] ?? b.expected;
    const outLines = out.split('\n');
    if (outLines.some((l) => l.trim() === '')) lines.push(SEPARATOR, ...outLines, SEPARATOR, SEPARATOR);
    else lines.push(...outLines);
    if (idx < file.blocks.length - 1 || file.trailer.length > 0) lines.push('');
  });
  lines.push(...file.trailer);
  return lines.join('\n') + '\n';
}
