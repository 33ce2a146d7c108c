// The STOMP frame codec: round trips per version, escaping, content-length bodies with NULs,
// chunking (byte at a time, and fast), CRLF, heart-beats, each error with its reason, the limits
// checked before buffering, and a seeded fuzz test.
import test, { type ExecutionContext } from 'ava';
import { seededRandom } from '../../raft/core/prng.ts';
import {
  FrameParser,
  STOMP_COMMANDS,
  STOMP_COMMAND_LINE_BYTES_MAX,
  STOMP_LIMITS_DEFAULT,
  StompFrameError,
  encodeFrame,
  header,
  type StompFrame,
  type StompLimits,
  type StompVersion,
} from './frame.ts';

type Item = StompFrame | 'heartbeat';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');
const frame = (command: string, headers: Array<[string, string]> = [], body: Buffer | string = ''): StompFrame => ({
  command,
  headers,
  body: typeof body === 'string' ? b(body) : body,
});
const limits = (l: Partial<StompLimits>): StompLimits => ({ ...STOMP_LIMITS_DEFAULT, ...l });

function parser(version?: StompVersion, l?: Partial<StompLimits>): FrameParser {
  const p = new FrameParser(l ? limits(l) : undefined);
  if (version) p.version = version;
  return p;
}

/** Feeds the input whole, byte at a time, or in the given piece sizes (cycled); returns everything parsed. */
function feed(p: FrameParser, input: Buffer, pieces?: number[]): Item[] {
  if (!pieces) return p.push(input);
  const out: Item[] = [];
  for (let i = 0, k = 0; i < input.length; k++) {
    const n = pieces[k % pieces.length]!;
    out.push(...p.push(input.subarray(i, i + n)));
    i += n;
  }
  return out;
}

/** A canonical, comparable rendering of parse results. */
function render(items: readonly Item[]): string {
  return JSON.stringify(items.map((it) => (it === 'heartbeat' ? it : [it.command, it.headers, it.body.toString('hex')])));
}

/** Asserts that parsing fails with exactly this reason, whether fed whole or byte at a time. */
function rejects(t: ExecutionContext, input: Buffer | string, reason: string, version?: StompVersion, l?: Partial<StompLimits>): void {
  const data = typeof input === 'string' ? b(input) : input;
  for (const pieces of [undefined, [1]]) {
    const p = parser(version, l);
    const err = t.throws(() => feed(p, data, pieces), { instanceOf: StompFrameError });
    t.is(err?.reason, reason, `fed ${pieces ? 'byte at a time' : 'whole'}`);
  }
}

const ALL_COMMANDS = ['CONNECT', 'STOMP', 'SEND', 'SUBSCRIBE', 'UNSUBSCRIBE', 'ACK', 'NACK', 'BEGIN', 'COMMIT', 'ABORT', 'DISCONNECT', 'CONNECTED', 'MESSAGE', 'RECEIPT', 'ERROR'];
const WITH_BODY = new Set(['SEND', 'MESSAGE', 'ERROR']);

test('STOMP_COMMANDS is the 1.2 client and server commands', (t) => {
  t.deepEqual([...STOMP_COMMANDS].sort(), [...ALL_COMMANDS].sort());
});

test('1.2: every command round-trips with headers holding : \\n \\\\ \\r, escaped on the wire', (t) => {
  const tricky: Array<[string, string]> = [
    ['dest:ination', 'a:b'],
    ['multi\nline', 'one\ntwo'],
    ['back\\slash', 'C:\\temp\\'],
    ['car\rriage', 'x\r\ny\r'],
    ['plain', ''],
  ];
  for (const command of ALL_COMMANDS) {
    const raw = command === 'CONNECT' || command === 'CONNECTED';
    // CONNECT/CONNECTED are never escaped, so only ':' in values and '\' survive there.
    const headers: Array<[string, string]> = raw ? [['host', 'a:b'], ['passcode', 'C:\\temp\\n']] : tricky;
    const body = WITH_BODY.has(command) ? b(`body of ${command}`) : Buffer.alloc(0);
    const wire = encodeFrame(frame(command, headers, body), '1.2');
    const got = parser('1.2').push(wire);
    const expected = body.length > 0 ? [...headers, ['content-length', String(body.length)]] : headers;
    t.deepEqual(got, [{ command, headers: expected, body }], command);
  }
  // The escapes on the wire (Value Encoding): \c \n \\ \r.
  const wire = encodeFrame(frame('SEND', tricky), '1.2').toString('utf8');
  t.is(wire, 'SEND\ndest\\cination:a\\cb\nmulti\\nline:one\\ntwo\nback\\\\slash:C\\c\\\\temp\\\\\ncar\\rriage:x\\r\\ny\\r\nplain:\n\n\0');
  // CONNECT is sent as it is, and a backslash in it is not an escape when parsed.
  t.is(encodeFrame(frame('CONNECT', [['passcode', 'C:\\temp\\n']]), '1.2').toString('utf8'), 'CONNECT\npasscode:C:\\temp\\n\n\n\0');
});

test('1.0: headers are neither escaped nor unescaped', (t) => {
  const headers: Array<[string, string]> = [['destination', '/queue/a:b'], ['path', 'C:\\temp\\new'], ['odd', 'a\\tb\\'], ['cr', 'x\r']];
  for (const command of ['SEND', 'SUBSCRIBE', 'MESSAGE']) {
    const f = frame(command, headers, command === 'SUBSCRIBE' ? 'bodies allowed in 1.0' : 'x');
    const wire = encodeFrame(f, '1.0');
    t.true(wire.toString('utf8').includes('path:C:\\temp\\new\n'), 'sent literally');
    const [got] = parser('1.0').push(wire) as [StompFrame];
    t.is(got.command, command);
    t.deepEqual(got.headers.slice(0, headers.length), headers);
    t.deepEqual(got.body, f.body);
  }
  // The same bytes under 1.2 rules are escapes: \t is undefined there.
  rejects(t, 'SEND\nodd:a\\tb\n\n\0', 'undefined escape sequence \\t in a header', '1.2');
  t.deepEqual((parser('1.0').push(b('SEND\nodd:a\\tb\n\n\0'))[0] as StompFrame).headers, [['odd', 'a\\tb']]);
});

test('1.1: \\n \\c \\\\ unescape, \\r is undefined, a raw CR is part of the value and CRLF is not an EOL', (t) => {
  const [f] = parser('1.1').push(b('MESSAGE\nk\\cey:a\\nb\\\\c\\cd\ncr:x\r\n\n\0')) as [StompFrame];
  t.deepEqual(f.headers, [['k:ey', 'a\nb\\c:d'], ['cr', 'x\r']]);
  rejects(t, 'MESSAGE\nk:a\\rb\n\n\0', 'undefined escape sequence \\r in a header (\\r is defined from STOMP 1.2)', '1.1');
  rejects(t, 'SEND\r\n\r\n\0', 'unknown command "SEND\\r" (CRLF line endings need STOMP 1.2; this session is 1.1)', '1.1');
  // 1.1 encoding: CR is sent raw, and round-trips under 1.1.
  const round = frame('SEND', [['v', 'a\rb:c\r']], 'x');
  const wire = encodeFrame(round, '1.1');
  t.true(wire.toString('utf8').startsWith('SEND\nv:a\rb\\cc\r\n'));
  t.deepEqual((parser('1.1').push(wire)[0] as StompFrame).headers[0], ['v', 'a\rb:c\r']);
});

test('a body with NULs is read by content-length, then a NUL is required', (t) => {
  const body = Buffer.from([0, 1, 0, 0, 10, 13, 0, 255]);
  const wire = encodeFrame(frame('SEND', [['destination', '/queue/a']], body), '1.2');
  t.is(header(parser().push(wire)[0] as StompFrame, 'content-length'), '8');
  t.deepEqual((parser().push(wire)[0] as StompFrame).body, body);
  // Without content-length the same body would end at its first NUL.
  const [cut] = parser().push(b('SEND\n\nab\0cd')) as [StompFrame];
  t.is(cut.body.toString(), 'ab');
  // content-length bytes then something other than NUL.
  rejects(t, 'SEND\ncontent-length:2\n\nabc\0', 'no NUL after the 2 body bytes of content-length');
  // content-length:0 with an empty body.
  t.deepEqual(parser().push(b('SEND\ncontent-length:0\n\n\0')), [frame('SEND', [['content-length', '0']])]);
});

test('byte-at-a-time feeding of several frames, one with a 200 KiB body, gives the same frames, quickly', (t) => {
  const big = Buffer.alloc(200 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251; // includes NULs and LFs
  const frames: StompFrame[] = [
    frame('CONNECT', [['accept-version', '1.2'], ['host', 'h']]),
    frame('SEND', [['destination', '/queue/big'], ['content-length', String(big.length)]], big),
    frame('SEND', [['destination', '/queue/text']], 'no content-length here'),
    frame('SUBSCRIBE', [['id', '0'], ['destination', '/queue/a']]),
    frame('MESSAGE', [['subscription', '0'], ['k', 'v\nw']], 'm'),
  ];
  const wire = Buffer.concat(frames.map((f, i) => Buffer.concat([encodeFrame(f, '1.2'), b(i % 2 ? '\n' : '')])));
  const expected = parser().push(wire);
  t.is(expected.filter((x) => x !== 'heartbeat').length, 5);
  t.deepEqual((expected[1] as StompFrame).body, big);
  const started = performance.now();
  const got = feed(parser(), wire, [1]);
  const ms = performance.now() - started;
  t.is(render(got), render(expected));
  t.true(ms < 2000, `byte at a time took ${ms.toFixed(0)} ms`);
});

test('a 1 MiB body without content-length, byte at a time, is linear (< 2 s)', (t) => {
  const body = Buffer.alloc(1024 * 1024, 'x');
  const wire = Buffer.concat([b('SEND\ndestination:/q\n\n'), body, b('\0')]);
  const started = performance.now();
  const got = feed(parser(), wire, [1]);
  const ms = performance.now() - started;
  t.is(got.length, 1);
  t.true((got[0] as StompFrame).body.equals(body));
  t.true(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test('a 256 KiB header line (headerLineBytesMax raised), byte at a time, is linear (< 2 s)', (t) => {
  const value = 'v'.repeat(256 * 1024);
  const wire = b(`SEND\nk:${value}\n\n\0`);
  const started = performance.now();
  const got = feed(parser('1.2', { headerLineBytesMax: 512 * 1024 }), wire, [1]);
  const ms = performance.now() - started;
  t.is(header(got[0] as StompFrame, 'k'), value);
  t.true(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test('parsed bodies are copies: the caller may reuse its buffers', (t) => {
  for (const text of ['SEND\n\nabc\0', 'SEND\ncontent-length:3\n\nabc\0']) {
    const input = b(text);
    const [f] = parser().push(input) as [StompFrame];
    input.fill(0x21);
    t.is(f.body.toString(), 'abc', text);
  }
});

test('CRLF line endings (1.2)', (t) => {
  const got = parser('1.2').push(b('SEND\r\ndestination:/q\r\ncontent-length:2\r\n\r\nhi\0\r\nRECEIPT\r\nreceipt-id:7\r\n\r\n\0'));
  t.deepEqual(got, [frame('SEND', [['destination', '/q'], ['content-length', '2']], 'hi'), 'heartbeat', frame('RECEIPT', [['receipt-id', '7']])]);
  // Split between CR and LF.
  const p = parser();
  t.deepEqual(p.push(b('SEND\r')), []);
  t.deepEqual(p.push(b('\nk:v\r')), []);
  t.deepEqual(p.push(b('\n\r')), []);
  t.deepEqual(p.push(b('\n\0')), [frame('SEND', [['k', 'v']])]);
  // A CR that is not part of an EOL.
  rejects(t, 'SEND\nk:a\rb\n\n\0', 'CR not followed by LF in a header line');
  rejects(t, 'SEND\nk:v\r\r\n\n\0', 'CR not followed by LF in a header line');
});

test('heart-beats: each EOL between frames', (t) => {
  const got = parser().push(b('\n\r\nDISCONNECT\nreceipt:1\n\n\0\n\n\r\n'));
  t.deepEqual(got, ['heartbeat', 'heartbeat', frame('DISCONNECT', [['receipt', '1']]), 'heartbeat', 'heartbeat', 'heartbeat']);
  const p = parser('1.0');
  t.deepEqual(feed(p, b('\n\nSEND\n\n\0\n'), [1]), ['heartbeat', 'heartbeat', frame('SEND'), 'heartbeat']);
});

test('partial input is kept across pushes', (t) => {
  const p = parser();
  t.deepEqual(p.push(b('SE')), []);
  t.deepEqual(p.push(b('ND\ndesti')), []);
  t.deepEqual(p.push(b('nation:/q\ncontent-length:3\n\na')), []);
  t.deepEqual(p.push(b('\0b')), []);
  t.deepEqual(p.push(b('\0')), [frame('SEND', [['destination', '/q'], ['content-length', '3']], 'a\0b')]);
  t.deepEqual(p.push(Buffer.alloc(0)), []);
});

test('repeated headers: all kept in order, header() and content-length take the first', (t) => {
  const [f] = parser().push(b('MESSAGE\nfoo:World\nfoo:Hello\ncontent-length:3\ncontent-length:1\n\nabc\0')) as [StompFrame];
  t.deepEqual(f.headers, [['foo', 'World'], ['foo', 'Hello'], ['content-length', '3'], ['content-length', '1']]);
  t.is(header(f, 'foo'), 'World');
  t.is(header(f, 'bar'), undefined);
  t.is(f.body.toString(), 'abc');
  // A later malformed content-length is history, not the length.
  t.is((parser().push(b('SEND\ncontent-length:1\ncontent-length:x\n\na\0'))[0] as StompFrame).body.toString(), 'a');
});

test('error: header line without a colon', (t) => {
  rejects(t, 'SEND\ndestination/queue/a\n\n\0', 'header line "destination/queue/a" has no \':\'');
  rejects(t, 'SEND\n:value\n\n\0', 'header line with an empty name');
});

test('error: unknown command, named in the reason', (t) => {
  rejects(t, 'FOO\n\n\0', 'unknown command "FOO"');
  rejects(t, 'send\n\n\0', 'unknown command "send"');
  rejects(t, 'GET / HTTP/1.1\r\n', 'unknown command "GET / HTTP/1.1"');
  rejects(t, 'SEND \n\n\0', 'unknown command "SEND "');
});

test('error: a command line past the bound fails before its LF arrives', (t) => {
  // 1.1: the byte past the bound fails; 1.2: it may be the CR of a CRLF, the next one fails.
  const p11 = parser('1.1');
  t.deepEqual(p11.push(b('X'.repeat(STOMP_COMMAND_LINE_BYTES_MAX))), []);
  t.is(t.throws(() => p11.push(b('X')), { instanceOf: StompFrameError })?.reason, `command line longer than ${STOMP_COMMAND_LINE_BYTES_MAX} bytes`);
  const p12 = parser('1.2');
  t.deepEqual(p12.push(b('X'.repeat(STOMP_COMMAND_LINE_BYTES_MAX + 1))), []);
  t.is(t.throws(() => p12.push(b('X')), { instanceOf: StompFrameError })?.reason, `command line longer than ${STOMP_COMMAND_LINE_BYTES_MAX} bytes`);
  rejects(t, Buffer.alloc(10_000, 'A'), `command line longer than ${STOMP_COMMAND_LINE_BYTES_MAX} bytes`);
});

test('error: bad content-length, detected at its header before any body', (t) => {
  for (const v of ['abc', '-1', '1.5', '', ' 5', '5 ', '0x10', '1e3', '+3', '٣']) {
    // No blank line and no body: the header alone fails.
    rejects(t, `SEND\ncontent-length:${v}\n`, `invalid content-length ${JSON.stringify(v)}: not a non-negative decimal integer`);
  }
  t.is((parser().push(b('SEND\ncontent-length:007\n\n1234567\0'))[0] as StompFrame).body.toString(), '1234567');
});

test('error: a body over bodyBytesMax, with content-length at the header, without at the byte past it', (t) => {
  const l = { bodyBytesMax: 100 };
  rejects(t, 'SEND\ncontent-length:101\n', 'content-length "101" exceeds bodyBytesMax (100 bytes)', '1.2', l);
  rejects(t, `SEND\ncontent-length:${'9'.repeat(400)}\n`, `content-length "${'9'.repeat(40)}..." exceeds bodyBytesMax (100 bytes)`, '1.2', l);
  t.is((parser('1.2', l).push(b(`SEND\ncontent-length:100\n\n${'x'.repeat(100)}\0`))[0] as StompFrame).body.length, 100);
  // No content-length: 100 bytes pending are fine, the 101st fails (no NUL needed).
  const p = parser('1.2', l);
  t.deepEqual(p.push(b(`SEND\n\n${'x'.repeat(100)}`)), []);
  const err = t.throws(() => p.push(b('x')), { instanceOf: StompFrameError });
  t.is(err?.reason, 'body exceeds bodyBytesMax (100 bytes)');
  rejects(t, `SEND\n\n${'x'.repeat(5000)}`, 'body exceeds bodyBytesMax (100 bytes)', '1.2', l);
});

test('error: a frame over frameBytesMax without a NUL fails as soon as it is seen', (t) => {
  const l = { frameBytesMax: 200, bodyBytesMax: 1000 };
  const head = 'SEND\ndestination:/q\n\n'; // 22 bytes
  const p = parser('1.2', l);
  t.deepEqual(p.push(b(head + 'x'.repeat(200 - head.length))), []); // exactly 200
  const err = t.throws(() => p.push(b('x')), { instanceOf: StompFrameError });
  t.is(err?.reason, 'frame exceeds frameBytesMax (200 bytes)');
  // The whole 200 is accepted when the NUL comes.
  t.is(parser('1.2', l).push(b(`${head}${'x'.repeat(178)}\0`)).length, 1);
  // Headers that never end, and a header block that never ends.
  rejects(t, `SEND\nk:${'v'.repeat(5000)}`, 'frame exceeds frameBytesMax (200 bytes)', '1.2', l);
  rejects(t, `SEND\n${'k:v\n'.repeat(1000)}`, 'frame exceeds frameBytesMax (200 bytes)', '1.2', { ...l, headersMax: 10_000 });
  // The EOLs count: "SEND\nk:v\n\n" is 10 bytes, so a 9-byte limit fails at the blank line.
  t.is(parser('1.2', { frameBytesMax: 10 }).push(b('SEND\nk:v\n\n\0')).length, 1);
  rejects(t, 'SEND\nk:v\n\n\0', 'frame exceeds frameBytesMax (9 bytes)', '1.2', { frameBytesMax: 9 });
  // A content-length that cannot fit is refused at its header.
  rejects(t, 'SEND\ncontent-length:190\n', 'content-length 190 makes the frame exceed frameBytesMax (200 bytes)', '1.2', l);
  // ... and the bytes it promised count against the headers after it.
  rejects(t, `SEND\ncontent-length:150\n${'k:v\n'.repeat(20)}`, 'frame exceeds frameBytesMax (200 bytes)', '1.2', l);
});

test('error: too many headers', (t) => {
  const l = { headersMax: 3 };
  t.is((parser('1.2', l).push(b('SEND\na:1\nb:2\nc:3\n\n\0'))[0] as StompFrame).headers.length, 3);
  rejects(t, 'SEND\na:1\nb:2\nc:3\nd:4\n', 'more than 3 headers', '1.2', l);
});

test('error: header line too long, before its LF arrives', (t) => {
  const l = { headerLineBytesMax: 10 };
  t.is(parser('1.2', l).push(b('SEND\nk:12345678\n\n\0')).length, 1); // 10 bytes
  t.is(parser('1.2', l).push(b('SEND\nk:12345678\r\n\r\n\0')).length, 1); // 10 bytes + CRLF
  rejects(t, 'SEND\nk:123456789\n\n\0', 'header line longer than headerLineBytesMax (10 bytes)', '1.2', l);
  // 1.1: the 11th byte fails at once. 1.2: the 11th may be a CR; the 12th fails.
  const p11 = parser('1.1', l);
  t.deepEqual(p11.push(b('SEND\nk:12345678')), []);
  t.is(t.throws(() => p11.push(b('9')), { instanceOf: StompFrameError })?.reason, 'header line longer than headerLineBytesMax (10 bytes)');
  const p12 = parser('1.2', l);
  t.deepEqual(p12.push(b('SEND\nk:123456789')), []);
  t.is(t.throws(() => p12.push(b('0')), { instanceOf: StompFrameError })?.reason, 'header line longer than headerLineBytesMax (10 bytes)');
  rejects(t, `SEND\nk:${'v'.repeat(100_000)}`, 'header line longer than headerLineBytesMax (10 bytes)', '1.2', l);
});

test('error: undefined escapes and a lone backslash (1.1, 1.2)', (t) => {
  for (const v of ['1.1', '1.2'] as const) {
    rejects(t, 'SEND\nk:a\\tb\n\n\0', 'undefined escape sequence \\t in a header', v);
    rejects(t, 'SEND\nk\\x:a\n\n\0', 'undefined escape sequence \\x in a header', v);
    rejects(t, 'SEND\nk:ab\\\n\n\0', 'lone backslash at the end of a header name or value', v);
    rejects(t, 'SEND\nk\\:ab\n\n\0', 'lone backslash at the end of a header name or value', v);
    rejects(t, 'SEND\nk:a\\ b\n\n\0', 'undefined escape sequence in a header: backslash then " "', v);
  }
  // CONNECT is never unescaped, whatever the version.
  const [c] = parser('1.2').push(b('CONNECT\npasscode:a\\tb\\\n\n\0')) as [StompFrame];
  t.deepEqual(c.headers, [['passcode', 'a\\tb\\']]);
});

test('error: invalid UTF-8 in a header', (t) => {
  rejects(t, Buffer.concat([b('SEND\nk:'), Buffer.from([0xc3, 0x28]), b('\n\n\0')]), 'header line is not valid UTF-8');
  t.deepEqual((parser().push(b('SEND\nk:é€😀\n\n\0'))[0] as StompFrame).headers, [['k', 'é€😀']]);
});

test('error: a body on a frame that must not have one (1.1/1.2), allowed in 1.0', (t) => {
  rejects(t, 'SUBSCRIBE\nid:1\n\nx\0', 'SUBSCRIBE frame must not have a body');
  rejects(t, 'ACK\ncontent-length:1\n', 'ACK frame must not have a body', '1.1');
  t.is((parser('1.0').push(b('SUBSCRIBE\nid:1\n\nx\0'))[0] as StompFrame).body.toString(), 'x');
  t.throws(() => encodeFrame(frame('ACK', [], 'x'), '1.2'), { instanceOf: StompFrameError, message: 'ACK frame must not have a body' });
});

test('after an error the parser refuses, and the error carries the frames completed before it', (t) => {
  const p = parser();
  const err = t.throws(() => p.push(b('SEND\n\na\0\nBOGUS\n')), { instanceOf: StompFrameError });
  t.is(err?.reason, 'unknown command "BOGUS"');
  t.deepEqual(err?.frames, [frame('SEND', [], 'a'), 'heartbeat']);
  const again = t.throws(() => p.push(b('SEND\n\n\0')), { instanceOf: StompFrameError });
  t.is(again?.reason, 'parser already failed: unknown command "BOGUS"');
});

test('the version is taken per frame, at its command line', (t) => {
  const p = parser();
  t.deepEqual(p.push(b('SEND\nk:a\\')), []);
  p.version = '1.0'; // too late for this frame: still 1.2 rules
  t.deepEqual(p.push(b('cb\n\n\0')), [frame('SEND', [['k', 'a:b']])]);
  t.deepEqual(p.push(b('SEND\nk:a\\cb\n\n\0')), [frame('SEND', [['k', 'a\\cb']])]);
});

test('encodeFrame: content-length matches the body, set or replaced', (t) => {
  t.is(encodeFrame(frame('SEND', [['destination', '/q']], 'abc'), '1.2').toString(), 'SEND\ndestination:/q\ncontent-length:3\n\nabc\0');
  t.is(encodeFrame(frame('SEND', [['content-length', '99'], ['d', '1'], ['content-length', '5']], 'ab'), '1.2').toString(), 'SEND\ncontent-length:2\nd:1\n\nab\0');
  t.is(encodeFrame(frame('SEND', [['destination', '/q']]), '1.2').toString(), 'SEND\ndestination:/q\n\n\0');
  t.is(encodeFrame(frame('SEND', [['content-length', '4']]), '1.0').toString(), 'SEND\ncontent-length:0\n\n\0');
  t.is(encodeFrame(frame('MESSAGE', [], Buffer.from([0])), '1.0').toString('hex'), b('MESSAGE\ncontent-length:1\n\n').toString('hex') + '0000');
});

test('encodeFrame refuses what the version cannot carry', (t) => {
  const refuses = (f: StompFrame, v: StompVersion, message: string) => t.throws(() => encodeFrame(f, v), { instanceOf: StompFrameError, message });
  refuses(frame('FOO'), '1.2', 'unknown command "FOO"');
  refuses(frame('SEND', [['', 'x']]), '1.2', 'a header name cannot be empty');
  refuses(frame('SEND', [['k', 'a\nb']]), '1.0', 'header value "a\\nb" cannot be sent in STOMP 1.0');
  refuses(frame('SEND', [['k:x', 'a']]), '1.0', 'header name "k:x" cannot be sent in STOMP 1.0');
  refuses(frame('CONNECTED', [['server', 'a\nb']]), '1.2', 'header value "a\\nb" cannot be sent in a CONNECTED frame (headers are not escaped)');
  refuses(frame('CONNECT', [['login', 'a\rb']]), '1.2', 'header value "a\\rb" cannot be sent in a CONNECT frame (headers are not escaped)');
  refuses(frame('SEND', [['k', 'a\uD800b']]), '1.2', 'header value "a\\ud800b" is not well-formed Unicode (lone surrogate)');
  t.notThrows(() => encodeFrame(frame('CONNECT', [['login', 'a\rb']]), '1.1'));
});

test('limits must be positive integers', (t) => {
  for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    t.throws(() => new FrameParser(limits({ headersMax: bad })), { instanceOf: RangeError });
  }
  t.notThrows(() => new FrameParser());
});

// ---------------------------------------------------------------------------------------------
// Fuzz: a fixed seed, bounded work. Valid frames must round-trip; random and mutated input must
// give frames or a StompFrameError (never another error), and the same outcome however chunked.


class Gen {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  text(alphabet: readonly string[], min: number, max: number): string {
    let s = '';
    for (let i = min + this.int(max - min + 1); i > 0; i--) s += this.pick(alphabet);
    return s;
  }
  bytes(max: number): Buffer {
    const out = Buffer.alloc(this.int(max + 1));
    for (let i = 0; i < out.length; i++) out[i] = this.int(4) === 0 ? this.pick([0, 10, 13, 58, 92]) : this.int(256);
    return out;
  }
}

const VERSIONS: StompVersion[] = ['1.0', '1.1', '1.2'];
const BASE_CHARS = ['a', 'b', 'z', '-', '_', ' ', '/', '0', 'é', '€', '😀', '\0', '\t'];

/** A frame every version can carry: the header alphabet depends on whether escaping applies. */
function validFrame(g: Gen, version: StompVersion): StompFrame {
  const command = g.pick(ALL_COMMANDS);
  const raw = version === '1.0' || command === 'CONNECT' || command === 'CONNECTED';
  const extraName = raw ? (version === '1.2' ? ['\\'] : ['\\', '\r']) : [':', '\n', '\r', '\\'];
  const extraValue = raw ? (version === '1.2' ? ['\\', ':'] : ['\\', ':', '\r']) : [':', '\n', '\r', '\\'];
  const headers: Array<[string, string]> = [];
  for (let i = g.int(6); i > 0; i--) {
    let name = g.text([...BASE_CHARS, ...extraName], 1, 8);
    if (name === 'content-length') name = 'x';
    headers.push([name, g.text([...BASE_CHARS, ...extraValue], 0, 12)]);
  }
  if (g.int(4) === 0 && headers.length > 0) headers.push([headers[0]![0], 'repeat']);
  const body = version === '1.0' || WITH_BODY.has(command) ? g.bytes(g.int(8) === 0 ? 3000 : 60) : Buffer.alloc(0);
  return { command, headers, body };
}

function expectedParse(f: StompFrame): StompFrame {
  return { ...f, headers: f.body.length > 0 ? [...f.headers, ['content-length', String(f.body.length)]] : f.headers };
}

/** Parses whole and in random pieces; returns the outcome (items, then the error reason if any). */
function outcome(input: Buffer, version: StompVersion, l: StompLimits, pieces?: number[]): { items: Item[]; reason: string | null } {
  const p = new FrameParser(l);
  p.version = version;
  const items: Item[] = [];
  let i = 0;
  let k = 0;
  try {
    if (!pieces) items.push(...p.push(input));
    else {
      while (i < input.length) {
        const n = pieces[k++ % pieces.length]!;
        items.push(...p.push(input.subarray(i, i + n)));
        i += n;
      }
    }
  } catch (e) {
    if (!(e instanceof StompFrameError)) throw new Error(`push threw a non-StompFrameError: ${String((e as Error)?.stack ?? e)}`);
    items.push(...e.frames);
    return { items, reason: e.reason };
  }
  return { items, reason: null };
}

function checkItems(items: readonly Item[], l: StompLimits): string | null {
  for (const it of items) {
    if (it === 'heartbeat') continue;
    if (!STOMP_COMMANDS.has(it.command)) return `bad command ${it.command}`;
    if (!Buffer.isBuffer(it.body) || it.body.length > l.bodyBytesMax) return 'bad body';
    if (it.headers.length > l.headersMax) return 'too many headers';
    for (const h of it.headers) if (h.length !== 2 || typeof h[0] !== 'string' || typeof h[1] !== 'string') return 'bad header';
  }
  return null;
}

test('fuzz (seeded): valid frames round-trip; any input gives frames or a StompFrameError, the same however chunked', (t) => {
  const g = new Gen(0x5eed_5707);
  const started = performance.now();
  let roundTrips = 0;
  let accepted = 0;
  let refused = 0;
  const reasons = new Set<string>();
  const failures: string[] = [];
  const note = (what: string) => {
    if (failures.length < 5) failures.push(what);
  };

  for (let iter = 0; iter < 20_000; iter++) {
    const version = g.pick(VERSIONS);
    // A stream of valid frames with heart-beats between them.
    const frames: StompFrame[] = [];
    const parts: Buffer[] = [];
    for (let n = 1 + g.int(4); n > 0; n--) {
      const f = validFrame(g, version);
      frames.push(f);
      parts.push(encodeFrame(f, version));
      if (g.int(3) === 0) parts.push(b(version === '1.2' && g.int(2) ? '\r\n' : '\n'));
    }
    const wire = Buffer.concat(parts);
    const pieces = Array.from({ length: 1 + g.int(4) }, () => 1 + g.int(g.int(2) ? 4 : 64));

    if (iter % 2 === 0) {
      // Round trip, whole and in pieces.
      for (const ps of [undefined, pieces]) {
        const { items, reason } = outcome(wire, version, STOMP_LIMITS_DEFAULT, ps);
        const got = items.filter((x) => x !== 'heartbeat');
        if (reason !== null) note(`valid ${version} stream refused: ${reason}`);
        else if (render(got) !== render(frames.map(expectedParse))) note(`round trip differs in ${version}: ${render(got)} vs ${render(frames.map(expectedParse))}`);
        else roundTrips++;
      }
      continue;
    }

    // Mutated or random input, sometimes under small limits.
    let input: Buffer;
    if (g.int(5) === 0) input = g.bytes(200);
    else {
      const bytes = [...wire];
      for (let m = 1 + g.int(4); m > 0; m--) {
        const at = g.int(bytes.length + 1);
        switch (g.int(5)) {
          case 0: bytes[at] = g.int(4) ? g.pick([0, 10, 13, 58, 92, 48, 57]) : g.int(256); break;
          case 1: bytes.splice(at, 0, g.pick([0, 10, 13, 58, 92, 65])); break;
          case 2: bytes.splice(at, 1 + g.int(8)); break;
          case 3: bytes.splice(at, 0, ...bytes.slice(g.int(bytes.length), g.int(bytes.length))); break;
          default: bytes.length = Math.min(bytes.length, at); break;
        }
      }
      input = Buffer.from(bytes.map((x) => x ?? 0));
    }
    const l: StompLimits = g.int(2)
      ? STOMP_LIMITS_DEFAULT
      : { frameBytesMax: 20 + g.int(400), headerLineBytesMax: 2 + g.int(60), headersMax: 1 + g.int(6), bodyBytesMax: 1 + g.int(300) };
    let whole: ReturnType<typeof outcome>;
    let chunked: ReturnType<typeof outcome>;
    try {
      whole = outcome(input, version, l);
      chunked = outcome(input, version, l, pieces);
    } catch (e) {
      note(`${String(e)} on ${JSON.stringify(input.toString('latin1'))} (${version})`);
      continue;
    }
    if (whole.reason === null) accepted++;
    else {
      refused++;
      reasons.add(whole.reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N'));
    }
    const bad = checkItems(whole.items, l) ?? checkItems(chunked.items, l);
    if (bad) note(`${bad} on ${JSON.stringify(input.toString('latin1'))}`);
    if (whole.reason !== chunked.reason || render(whole.items) !== render(chunked.items)) {
      note(`chunking changed the outcome (${version}, pieces ${pieces}): ${whole.reason} / ${chunked.reason} on ${JSON.stringify(input.toString('latin1'))}`);
    }
  }
  const ms = performance.now() - started;
  t.deepEqual(failures, []);
  t.is(roundTrips, 20_000); // 10,000 streams, whole and in pieces
  // The mutated half must exercise both outcomes and many distinct errors to mean anything.
  t.true(accepted > 500, `accepted ${accepted}`);
  t.true(refused > 2000, `refused ${refused}`);
  t.true(reasons.size >= 12, [...reasons].join('; '));
  t.true(ms < 10_000, `fuzz took ${ms.toFixed(0)} ms`);
});
