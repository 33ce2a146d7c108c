// The STOMP 1.0/1.1/1.2 frame codec: bytes in, frames out, and back. Pure: no sockets, no timers.
//
// Spec: https://stomp.github.io/stomp-specification-1.2.html ("STOMP Frames", "Value Encoding",
// "Body", "Header content-length", "Repeated Header Entries", "Size Limits", "Augmented BNF"), and
// the 1.1 and 1.0 documents where they differ. The grammar (1.2):
//
//   frame  = command EOL *( header EOL ) EOL *OCTET NULL *( EOL )      EOL = [CR] LF
//   header = header-name ":" header-value
//
// 1.0 and 1.1 have EOL = LF only (the 1.1 BNF: `frame = command LF *( header LF ) LF ...`): there a
// CR is an ordinary octet of the line. The EOLs after a frame's NUL (or before the first frame) are
// heart-beats.
//
// The parser is a byte-driven state machine: each push() looks at each input byte a bounded number
// of times (indexOf for LF / NUL from where it stopped, then one copy), so a frame arriving one byte
// at a time costs the same as one arriving whole. Every limit is checked as soon as the bytes that
// break it are seen, before they are buffered, and the check picks the limit the earliest byte
// crosses, so the reason does not depend on how the input was chunked.

import { isUtf8 } from 'node:buffer';

export type StompVersion = '1.0' | '1.1' | '1.2';

export interface StompFrame {
  command: string;
  /** In wire order; repeated names are all kept (see header()). */
  headers: Array<[string, string]>;
  body: Buffer;
}

export interface StompLimits {
  /** The whole frame: command line, header lines, blank line and body with their EOLs (not the NUL). */
  frameBytesMax: number;
  /** One header line, without its EOL (LF, or CRLF in 1.2). */
  headerLineBytesMax: number;
  /** Header lines in one frame. */
  headersMax: number;
  /** The body (the broker's message limit). */
  bodyBytesMax: number;
}

export const STOMP_LIMITS_DEFAULT: StompLimits = Object.freeze({
  frameBytesMax: 2 * 1024 * 1024,
  headerLineBytesMax: 8 * 1024,
  headersMax: 64,
  bodyBytesMax: 1024 * 1024,
});

/** The client and server commands of STOMP 1.2 ("Augmented BNF": client-command | server-command). Case-sensitive. */
export const STOMP_COMMANDS: ReadonlySet<string> = new Set([
  'CONNECT', 'STOMP', 'SEND', 'SUBSCRIBE', 'UNSUBSCRIBE', 'ACK', 'NACK', 'BEGIN', 'COMMIT', 'ABORT', 'DISCONNECT',
  'CONNECTED', 'MESSAGE', 'RECEIPT', 'ERROR',
]);

/**
 * A command line longer than this (without its EOL) is an error as soon as it is seen. The longest
 * command is 11 bytes (UNSUBSCRIBE); the margin only makes the reason for junk input readable.
 */
export const STOMP_COMMAND_LINE_BYTES_MAX = 64;

/** 1.1/1.2 "Body": "Only the SEND, MESSAGE, and ERROR frames MAY have a body. All other frames MUST NOT have a body." */
const BODY_COMMANDS: ReadonlySet<string> = new Set(['SEND', 'MESSAGE', 'ERROR']);

export class StompFrameError extends Error {
  /** What was wrong, one line, fit for the ERROR frame's `message` header. */
  readonly reason: string;
  /**
   * The frames and heart-beats the failing push() had completed before it met the error, in order
   * (frames from earlier pushes were returned by those). Empty when thrown by encodeFrame().
   */
  readonly frames: ReadonlyArray<StompFrame | 'heartbeat'>;

  constructor(reason: string, frames: ReadonlyArray<StompFrame | 'heartbeat'> = []) {
    super(reason);
    this.name = 'StompFrameError';
    this.reason = reason;
    this.frames = frames;
  }
}

const EMPTY = Buffer.alloc(0);
const LF = 10;
const CR = 13;
const COLON = 58;
const BACKSLASH = 92;
const NUL = 0;

// Parser states.
const S_COMMAND = 0; // between frames: reading a command line, or an EOL (a heart-beat)
const S_HEADER = 1; // reading header lines, up to the blank line
const S_BODY_LENGTH = 2; // copying exactly content-length body bytes
const S_BODY_NUL = 3; // the NUL that must follow a content-length body
const S_BODY_SCAN = 4; // no content-length: the body ends at the first NUL
const S_FAILED = 5;

type State = typeof S_COMMAND | typeof S_HEADER | typeof S_BODY_LENGTH | typeof S_BODY_NUL | typeof S_BODY_SCAN | typeof S_FAILED;

function fail(reason: string): never {
  throw new StompFrameError(reason);
}

/** A quoted, one-line, bounded rendering of untrusted text for a reason. */
function show(s: string | Buffer): string {
  let t = typeof s === 'string' ? s : s.toString('utf8');
  if (t.length > 40) t = `${t.slice(0, 40)}...`;
  return JSON.stringify(t); // escapes control characters (CR, LF, NUL) and quotes
}

function checkLimits(limits: StompLimits): StompLimits {
  for (const key of ['frameBytesMax', 'headerLineBytesMax', 'headersMax', 'bodyBytesMax'] as const) {
    const v = limits[key];
    if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`StompLimits.${key} must be a positive integer, not ${String(v)}`);
  }
  return Object.freeze({ ...limits });
}

/**
 * Header unescaping, 1.1 and 1.2 ("Value Encoding"): \n -> LF, \c -> ':', \\ -> '\', and in 1.2
 * only \r -> CR. "Undefined escape sequences such as \t (octet 92 and 116) MUST be treated as a
 * fatal protocol error" (in 1.1 the spec's example of one is \r); so is a lone trailing backslash.
 */
function unescapeHeader(s: string, v12: boolean): string {
  let k = s.indexOf('\\');
  if (k < 0) return s;
  let out = '';
  let from = 0;
  while (k >= 0) {
    out += s.slice(from, k);
    if (k + 1 >= s.length) return fail('lone backslash at the end of a header name or value');
    const c = s.charCodeAt(k + 1);
    if (c === 110) out += '\n';
    else if (c === 99) out += ':';
    else if (c === 92) out += '\\';
    else if (c === 114 && v12) out += '\r';
    else if (c === 114) return fail('undefined escape sequence \\r in a header (\\r is defined from STOMP 1.2)');
    else if (c > 0x20 && c < 0x7f) return fail(`undefined escape sequence \\${String.fromCharCode(c)} in a header`);
    else return fail(`undefined escape sequence in a header: backslash then ${JSON.stringify(String.fromCodePoint(s.codePointAt(k + 1)!))}`);
    from = k + 2;
    k = s.indexOf('\\', from);
  }
  return out + s.slice(from);
}

export class FrameParser {
  /**
   * Header escaping depends on the negotiated version: none in 1.0; 1.1 and 1.2 unescape \r (1.2
   * only) \n \c \\, and an undefined escape is an error. CONNECT/CONNECTED frames are never
   * unescaped (spec). Default before negotiation: 1.2 rules for non-CONNECT frames. Lines end in LF,
   * or in CRLF in 1.2 only. A frame is parsed under the version in force when its command line
   * ends: set this between push() calls, after the CONNECT/CONNECTED exchange.
   */
  version: StompVersion = '1.2';

  readonly #limits: StompLimits;
  #state: State = S_COMMAND;
  #failure = '';
  // The line being read (command or header), when it spans pushes.
  #line: Buffer = Buffer.allocUnsafe(256);
  #lineLen = 0;
  // The frame being read.
  #frameLen = 0; // bytes so far, command line through body, EOLs included, NUL excluded
  #reserve = 0; // bytes a content-length header has promised (blank line + body), while reading headers
  #command = '';
  #v12 = true; // 1.2 rules (CRLF, \r escape) for this frame
  #raw = false; // header escaping off (1.0, or CONNECT/CONNECTED)
  #bodyless = false; // the command must not have a body (1.1/1.2)
  #headers: Array<[string, string]> = [];
  #contentLength = -1;
  #body: Buffer = EMPTY;
  #bodyLen = 0;

  constructor(limits: StompLimits = STOMP_LIMITS_DEFAULT) {
    this.#limits = checkLimits(limits);
  }

  /**
   * Feeds bytes; returns the complete frames (and 'heartbeat' for each EOL between frames); keeps
   * partial input. Throws StompFrameError on anything malformed or past a limit (its `frames` holds
   * what this push completed before the error), after which the parser must not be used: every
   * later push() throws again.
   */
  push(chunk: Buffer): Array<StompFrame | 'heartbeat'> {
    if (this.#state === S_FAILED) throw new StompFrameError(`parser already failed: ${this.#failure}`);
    const out: Array<StompFrame | 'heartbeat'> = [];
    const n = chunk.length;
    let i = 0;
    try {
      while (i < n) {
        switch (this.#state) {
          case S_COMMAND:
          case S_HEADER:
            i = this.#readLine(chunk, i, out);
            break;
          case S_BODY_LENGTH: {
            const take = Math.min(this.#contentLength - this.#bodyLen, n - i);
            chunk.copy(this.#body, this.#bodyLen, i, i + take);
            this.#bodyLen += take;
            i += take;
            if (this.#bodyLen === this.#contentLength) this.#state = S_BODY_NUL;
            break;
          }
          case S_BODY_NUL:
            // "If a content-length header is included, this number of octets MUST be read, regardless
            // of whether or not there are NULL octets in the body. The frame still needs to be
            // terminated with a NULL octet." (Header content-length)
            if (chunk[i] !== NUL) fail(`no NUL after the ${this.#contentLength} body bytes of content-length`);
            i++;
            this.#emit(out);
            break;
          case S_BODY_SCAN:
            i = this.#scanBody(chunk, i, out);
            break;
          default:
            throw new Error(`FrameParser: impossible state ${this.#state}`);
        }
      }
    } catch (e) {
      this.#state = S_FAILED;
      if (e instanceof StompFrameError) {
        this.#failure = e.reason;
        throw new StompFrameError(e.reason, out);
      }
      this.#failure = String(e);
      throw e;
    }
    return out;
  }

  /** Reads (part of) a command or header line from chunk[i..]; returns where it stopped. */
  #readLine(chunk: Buffer, i: number, out: Array<StompFrame | 'heartbeat'>): number {
    const isCommand = this.#state === S_COMMAND;
    const v12 = isCommand ? this.version === '1.2' : this.#v12;
    const lineMax = isCommand ? STOMP_COMMAND_LINE_BYTES_MAX : this.#limits.headerLineBytesMax;
    const frameMax = this.#limits.frameBytesMax;
    const lf = chunk.indexOf(LF, i);
    const end = lf < 0 ? chunk.length : lf;
    const seg = end - i;
    if (seg > 0) {
      // In 1.2 one more byte may be the CR of a CRLF; whether it is shows when the LF comes.
      const lineRoom = lineMax + (v12 ? 1 : 0) - this.#lineLen;
      const frameRoom = frameMax - this.#reserve - this.#frameLen;
      if (seg > lineRoom || seg > frameRoom) {
        // The limit the earliest byte crosses (ties: the line's), whatever the chunking.
        if (lineRoom <= frameRoom) fail(isCommand ? this.#commandTooLong() : this.#headerLineTooLong());
        fail(this.#frameTooLarge());
      }
      this.#frameLen += seg;
    }
    if (lf < 0) {
      this.#append(chunk, i, end);
      return end;
    }
    if (this.#frameLen + this.#reserve + 1 > frameMax) fail(this.#frameTooLarge());
    this.#frameLen += 1;
    // The line is src[start..stop): the chunk itself when it came whole, else the line buffer.
    let src = chunk;
    let start = i;
    let stop = end;
    if (this.#lineLen > 0) {
      this.#append(chunk, i, end);
      src = this.#line;
      start = 0;
      stop = this.#lineLen;
      this.#lineLen = 0;
    }
    // 1.2: EOL = [CR] LF.
    if (v12 && stop > start && src[stop - 1] === CR) stop--;
    if (stop - start > lineMax) fail(isCommand ? this.#commandTooLong() : this.#headerLineTooLong());
    if (isCommand) this.#onCommandLine(src, start, stop, out);
    else this.#onHeaderLine(src, start, stop);
    return lf + 1;
  }

  #append(chunk: Buffer, from: number, to: number): void {
    const len = to - from;
    if (len === 0) return;
    const need = this.#lineLen + len;
    if (need > this.#line.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.#line.length * 2));
      this.#line.copy(grown, 0, 0, this.#lineLen);
      this.#line = grown;
    }
    chunk.copy(this.#line, this.#lineLen, from, to);
    this.#lineLen = need;
  }

  #onCommandLine(src: Buffer, start: number, stop: number, out: Array<StompFrame | 'heartbeat'>): void {
    if (stop === start) {
      // An EOL between frames: "if the sender has no real STOMP frame to send, it MUST send an
      // end-of-line (EOL)" (Heart-beating); the NUL "can be optionally followed by multiple EOLs".
      out.push('heartbeat');
      this.#frameLen = 0;
      return;
    }
    const command = src.toString('latin1', start, stop); // every command is ASCII; anything else is unknown
    if (!STOMP_COMMANDS.has(command)) {
      const hint = this.version !== '1.2' && src[stop - 1] === CR ? ` (CRLF line endings need STOMP 1.2; this session is ${this.version})` : '';
      fail(`unknown command ${show(src.subarray(start, stop))}${hint}`);
    }
    const version = this.version;
    this.#command = command;
    this.#v12 = version === '1.2';
    // "The CONNECT and CONNECTED frames do not escape the carriage return, line feed or colon octets
    // in order to remain backward compatible with STOMP 1.0." (Value Encoding)
    this.#raw = version === '1.0' || command === 'CONNECT' || command === 'CONNECTED';
    this.#bodyless = version !== '1.0' && !BODY_COMMANDS.has(command);
    this.#headers = [];
    this.#contentLength = -1;
    this.#reserve = 0;
    this.#state = S_HEADER;
  }

  #onHeaderLine(src: Buffer, start: number, stop: number): void {
    if (stop === start) {
      // The blank line: the body follows.
      this.#reserve = 0;
      this.#bodyLen = 0;
      if (this.#contentLength > 0) {
        this.#body = Buffer.allocUnsafe(this.#contentLength); // bounded by bodyBytesMax, checked at the header
        this.#state = S_BODY_LENGTH;
      } else if (this.#contentLength === 0) {
        this.#body = EMPTY;
        this.#state = S_BODY_NUL;
      } else {
        this.#body = EMPTY;
        this.#state = S_BODY_SCAN;
      }
      return;
    }
    const limits = this.#limits;
    // "servers MAY place maximum limits on: the number of frame headers allowed in a single frame,
    // the maximum length of header lines, the maximum size of a frame body" (Size Limits)
    if (this.#headers.length >= limits.headersMax) fail(`more than ${limits.headersMax} headers`);
    // One pass over the bytes (cheaper than several native calls on short lines): the first
    // colon, and whether there is a CR, a byte past ASCII, a backslash.
    let colon = -1;
    let cr = false;
    let ascii = true;
    let backslash = false;
    for (let k = start; k < stop; k++) {
      const c = src[k]!;
      if (c === COLON) {
        if (colon < 0) colon = k;
      } else if (c === CR) cr = true;
      else if (c === BACKSLASH) backslash = true;
      else if (c > 0x7f) ascii = false;
    }
    // 1.2: header-name and header-value exclude CR; a CR is only allowed as part of the EOL.
    if (cr && this.#v12) fail('CR not followed by LF in a header line');
    // "The commands and headers are encoded in UTF-8." (Value Encoding)
    if (!ascii && !isUtf8(src.subarray(start, stop))) fail('header line is not valid UTF-8');
    if (colon < 0) fail(`header line ${show(src.subarray(start, stop))} has no ':'`);
    if (colon === start) fail('header line with an empty name');
    // A raw ':' after the first is taken as part of the value (the 1.1/1.2 grammar excludes it, but
    // it is unambiguous and 1.0 allows it).
    const encoding = ascii ? 'latin1' : 'utf8';
    let name = src.toString(encoding, start, colon);
    let value = src.toString(encoding, colon + 1, stop);
    if (backslash && !this.#raw) {
      name = unescapeHeader(name, this.#v12);
      value = unescapeHeader(value, this.#v12);
    }
    this.#headers.push([name, value]);
    // "If a client or a server receives repeated frame header entries, only the first header entry
    // SHOULD be used" (Repeated Header Entries): the first content-length decides the body.
    if (name === 'content-length' && this.#contentLength < 0) this.#onContentLength(value);
  }

  #onContentLength(value: string): void {
    const limits = this.#limits;
    if (!/^[0-9]+$/.test(value)) fail(`invalid content-length ${show(value)}: not a non-negative decimal integer`);
    const length = Number(value);
    if (length > limits.bodyBytesMax) fail(`content-length ${show(value)} exceeds bodyBytesMax (${limits.bodyBytesMax} bytes)`);
    if (length > 0 && this.#bodyless) fail(`${this.#command} frame must not have a body`);
    // Still to come: at least the blank line's LF, then the body.
    if (this.#frameLen + 1 + length > limits.frameBytesMax) {
      fail(`content-length ${length} makes the frame exceed frameBytesMax (${limits.frameBytesMax} bytes)`);
    }
    this.#contentLength = length;
    this.#reserve = 1 + length;
  }

  /** A body without content-length: up to the first NUL. */
  #scanBody(chunk: Buffer, i: number, out: Array<StompFrame | 'heartbeat'>): number {
    const nul = chunk.indexOf(NUL, i);
    const end = nul < 0 ? chunk.length : nul;
    const seg = end - i;
    if (seg > 0) {
      if (this.#bodyless) fail(`${this.#command} frame must not have a body`);
      const bodyRoom = this.#limits.bodyBytesMax - this.#bodyLen;
      const frameRoom = this.#limits.frameBytesMax - this.#frameLen;
      if (seg > bodyRoom || seg > frameRoom) {
        if (bodyRoom <= frameRoom) fail(`body exceeds bodyBytesMax (${this.#limits.bodyBytesMax} bytes)`);
        fail(this.#frameTooLarge());
      }
      this.#frameLen += seg;
      if (nul >= 0 && this.#bodyLen === 0) {
        this.#body = Buffer.from(chunk.subarray(i, end)); // a copy: never keep the caller's buffer
        this.#bodyLen = seg;
      } else {
        const need = this.#bodyLen + seg;
        if (need > this.#body.length) {
          // Doubling, so a body arriving in small pieces is copied O(1) times per byte on average.
          const grown = Buffer.allocUnsafe(Math.min(Math.max(need, this.#body.length * 2, 256), this.#limits.bodyBytesMax));
          this.#body.copy(grown, 0, 0, this.#bodyLen);
          this.#body = grown;
        }
        chunk.copy(this.#body, this.#bodyLen, i, end);
        this.#bodyLen = need;
      }
    }
    if (nul < 0) return end;
    if (this.#body.length !== this.#bodyLen) {
      const exact = Buffer.allocUnsafe(this.#bodyLen);
      this.#body.copy(exact, 0, 0, this.#bodyLen);
      this.#body = exact;
    }
    this.#emit(out);
    return nul + 1;
  }

  #emit(out: Array<StompFrame | 'heartbeat'>): void {
    out.push({ command: this.#command, headers: this.#headers, body: this.#body });
    this.#headers = [];
    this.#body = EMPTY;
    this.#bodyLen = 0;
    this.#frameLen = 0;
    this.#reserve = 0;
    this.#contentLength = -1;
    this.#state = S_COMMAND;
  }

  #commandTooLong(): string {
    return `command line longer than ${STOMP_COMMAND_LINE_BYTES_MAX} bytes`;
  }

  #headerLineTooLong(): string {
    return `header line longer than headerLineBytesMax (${this.#limits.headerLineBytesMax} bytes)`;
  }

  #frameTooLarge(): string {
    return `frame exceeds frameBytesMax (${this.#limits.frameBytesMax} bytes)`;
  }
}

// Unpaired surrogates: in a /u regex, a well-formed pair is one code point and does not match.
const LONE_SURROGATE = /\p{Cs}/u;
const ESCAPE_12 = /[\\\r\n:]/g;
const ESCAPE_11 = /[\\\n:]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\r': '\\r', '\n': '\\n', ':': '\\c' };

function encodeHeaderText(s: string, what: 'name' | 'value', raw: boolean, version: StompVersion, command: string): string {
  if (what === 'name' && s.length === 0) fail('a header name cannot be empty');
  if (LONE_SURROGATE.test(s)) fail(`header ${what} ${show(s)} is not well-formed Unicode (lone surrogate)`);
  if (raw) {
    // No escaping (1.0, or CONNECT/CONNECTED): the delimiters cannot be represented.
    const bad = s.includes('\n') || (what === 'name' && s.includes(':')) || (version === '1.2' && s.includes('\r'));
    if (bad) {
      const where = version === '1.0' ? 'STOMP 1.0' : `a ${command} frame (headers are not escaped)`;
      fail(`header ${what} ${show(s)} cannot be sent in ${where}`);
    }
    return s;
  }
  // 1.1 has no \r escape and its lines end in LF only: a CR there is sent as it is.
  const re = version === '1.2' ? ESCAPE_12 : ESCAPE_11;
  re.lastIndex = 0;
  return re.test(s) ? s.replace(re, (c) => ESCAPES[c]!) : s;
}

/**
 * Encodes a frame for the version (escaping header names and values in 1.1/1.2 except in
 * CONNECT/CONNECTED). The content-length header always matches the body: the first one given gets
 * the body's length, later ones are dropped, and one is appended when the body is non-empty (so
 * always when it contains a NUL). Throws StompFrameError when the frame cannot be represented: an
 * unknown command, a body on a command that must not have one (1.1/1.2), an empty header name, or a
 * header that needs escaping where there is none.
 */
export function encodeFrame(f: StompFrame, version: StompVersion): Buffer {
  const { command, body } = f;
  if (!STOMP_COMMANDS.has(command)) fail(`unknown command ${show(command)}`);
  if (version !== '1.0' && body.length > 0 && !BODY_COMMANDS.has(command)) fail(`${command} frame must not have a body`);
  const raw = version === '1.0' || command === 'CONNECT' || command === 'CONNECTED';
  let head = `${command}\n`;
  let lengthSet = false;
  for (const [name, given] of f.headers) {
    let value = given;
    if (name === 'content-length') {
      if (lengthSet) continue;
      lengthSet = true;
      value = String(body.length);
    }
    head += `${encodeHeaderText(name, 'name', raw, version, command)}:${encodeHeaderText(value, 'value', raw, version, command)}\n`;
  }
  if (!lengthSet && body.length > 0) head += `content-length:${body.length}\n`;
  head += '\n';
  const headLen = Buffer.byteLength(head, 'utf8');
  const out = Buffer.allocUnsafe(headLen + body.length + 1);
  out.write(head, 0, 'utf8');
  body.copy(out, headLen);
  out[out.length - 1] = NUL;
  return out;
}

/** The first value of a header (STOMP: the first occurrence wins when repeated), or undefined. */
export function header(f: StompFrame, name: string): string | undefined {
  for (const [n, v] of f.headers) if (n === name) return v;
  return undefined;
}
