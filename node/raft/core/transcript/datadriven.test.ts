import test from 'ava';
import { formatTranscript, parseCommand, parseTranscript } from './datadriven.ts';

test('a command splits into a name, positional arguments and key=value or key=(list) arguments', (t) => {
  const cmd = parseCommand('deliver-msgs drop=(2, 3) type=MsgApp 1 learners=()', 7);
  t.is(cmd.name, 'deliver-msgs');
  t.is(cmd.line, 7);
  t.deepEqual(cmd.args, [
    { key: 'drop', values: ['2', '3'] },
    { key: 'type', values: ['MsgApp'] },
    { key: '1', values: null },
    { key: 'learners', values: [] },
  ]);
});

test('a file round-trips, comments and blank lines included', (t) => {
  const source = '# a comment\n\ncampaign 1\n----\nok\n\n# two\nraft-state\n----\n1: x\n2: y\n\n# trailer\n';
  const file = parseTranscript(source);
  t.deepEqual(file.blocks.map((b) => [b.command.text, b.command.line, b.expected]), [
    ['campaign 1', 3, 'ok'],
    ['raft-state', 8, '1: x\n2: y'],
  ]);
  t.is(formatTranscript(file, file.blocks.map((b) => b.expected)), source);
});

test('output with blank lines is fenced by a doubled separator, and parses back', (t) => {
  const file = parseTranscript('stabilize\n----\nold\n');
  const rewritten = formatTranscript(file, ['a\n\nb']);
  t.is(rewritten, 'stabilize\n----\n----\na\n\nb\n----\n----\n');
  t.is(parseTranscript(rewritten).blocks[0]!.expected, 'a\n\nb');
});

test('a command without its separator is refused with its line', (t) => {
  t.throws(() => parseTranscript('campaign 1\nok\n'), { message: /line 2: expected "----"/ });
});
