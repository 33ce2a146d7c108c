// The lexer for JMS message selectors (JMS 1.1/2.0 §3.8.1.1, "Message selector syntax").
//
// Positions are 1-based and count UTF-16 code units, as String.length does; the end of input
// is at length + 1. The lexer is pulled one token at a time by the parser, so the first
// problem from the left is the one reported, whether it is a bad character or bad grammar.

import { FedmqError } from '../../errors.ts';

/** The longest selector accepted, in UTF-16 code units. */
export const SELECTOR_CHARS_MAX = 4096;

/** Reserved words; matched case-insensitively and never identifiers (§3.8.1.1). */
export const KEYWORDS = ['NOT', 'AND', 'OR', 'BETWEEN', 'LIKE', 'IN', 'IS', 'NULL', 'ESCAPE', 'TRUE', 'FALSE'] as const;
export type Keyword = (typeof KEYWORDS)[number];
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

export type Op = '=' | '<>' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '(' | ')' | ',';

export type Token =
  | { readonly type: 'ident'; readonly pos: number; readonly name: string }
  | { readonly type: 'keyword'; readonly pos: number; readonly word: Keyword }
  | { readonly type: 'string'; readonly pos: number; readonly value: string; readonly raw: string }
  | { readonly type: 'number'; readonly pos: number; readonly value: number; readonly raw: string }
  | { readonly type: 'op'; readonly pos: number; readonly op: Op }
  | { readonly type: 'eof'; readonly pos: number };

/** The one error this module throws: SELECTOR_INVALID naming the position and the problem. */
export function selectorError(selector: string, position: number, problem: string): FedmqError {
  // Keep the details bounded even for a selector refused for being huge.
  const shown = selector.length > SELECTOR_CHARS_MAX ? `${selector.slice(0, SELECTOR_CHARS_MAX)}…` : selector;
  return new FedmqError('SELECTOR_INVALID', `selector error at position ${position}: ${problem}`, {
    position,
    selector: shown,
  });
}

/** How a token reads in "but found ..." messages. */
export function describe(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'end of input';
    case 'ident':
      return `identifier '${clip(t.name)}'`;
    case 'keyword':
      return `keyword ${t.word}`;
    case 'string':
      return `string ${clip(t.raw)}`;
    case 'number':
      return `number ${clip(t.raw)}`;
    case 'op':
      return `'${t.op}'`;
  }
}

export function clip(s: string): string {
  return s.length <= 24 ? s : `${s.slice(0, 20)}…`;
}

const QUOTE = 0x27; // '
const DOT = 0x2e;
const MAX_EXACT = 2n ** 63n; // exact numerics are Java longs (§3.8.1.1); -2^63 is the largest magnitude

/** Java whitespace (§3.8.1.1 defers to the Java language): space, tab, form feed, line terminators. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// Java identifiers (Character.isJavaIdentifierStart / isJavaIdentifierPart, less the ignorable
// control characters): letters, letter numbers, currency symbols such as '$', connector
// punctuation such as '_'; then also digits and combining marks.
const ID_START = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}]$/u;
const ID_PART = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mn}\p{Mc}]$/u;

function isIdentStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f || cp === 0x24;
  return ID_START.test(String.fromCodePoint(cp));
}

function isIdentPart(cp: number): boolean {
  if (cp < 0x80) return isIdentStart(cp) || isDigit(cp);
  return ID_PART.test(String.fromCodePoint(cp));
}

/** A character for a message: itself when printable, else U+XXXX. */
function showChar(cp: number): string {
  if (cp === 0x20) return 'a space';
  const ch = String.fromCodePoint(cp);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `'${ch}'` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export class Lexer {
  private i = 0; // 0-based index of the next unread code unit

  constructor(private readonly text: string) {}

  next(): Token {
    const s = this.text;
    let i = this.i;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    this.i = i;
    if (i >= s.length) return { type: 'eof', pos: s.length + 1 };
    const c = s.charCodeAt(i);
    if (c === QUOTE) return this.string(i);
    if (isDigit(c) || (c === DOT && isDigit(s.charCodeAt(i + 1)))) return this.number(i);
    const cp = s.codePointAt(i)!;
    if (isIdentStart(cp)) return this.word(i);
    return this.operator(i, cp);
  }

  private fail(index: number, problem: string): never {
    throw selectorError(this.text, index + 1, problem);
  }

  private word(start: number): Token {
    const s = this.text;
    let i = start;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      if (!isIdentPart(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    this.i = i;
    const name = s.slice(start, i);
    // Keywords are case-insensitive, but only ASCII case folds: 'ın' (dotless i) is an
    // identifier although 'ın'.toUpperCase() is 'IN'.
    const upper = /^[A-Za-z]+$/.test(name) ? name.toUpperCase() : name;
    if (KEYWORD_SET.has(upper)) return { type: 'keyword', pos: start + 1, word: upper as Keyword };
    return { type: 'ident', pos: start + 1, name };
  }

  /** 'text' with '' standing for one quote (§3.8.1.1). */
  private string(start: number): Token {
    const s = this.text;
    let value = '';
    let from = start + 1;
    for (;;) {
      const q = s.indexOf("'", from);
      if (q < 0) this.fail(start, "unterminated string literal: expected a closing ' but found end of input");
      if (s.charCodeAt(q + 1) === QUOTE) {
        value += s.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += s.slice(from, q);
      this.i = q + 1;
      return { type: 'string', pos: start + 1, value, raw: s.slice(start, q + 1) };
    }
  }

  /**
   * Exact numerics (57, 0x1F) and approximate ones (7E3, 57.9E2, 7., .5, 1.5e-3). A sign is
   * not part of the token: the parser folds unary minus into a literal, so -57 is a literal.
   */
  private number(start: number): Token {
    const s = this.text;
    let i = start;
    let exact = true;
    let value: number;
    if (s.charCodeAt(i) === 0x30 && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
      i += 2;
      const digits = i;
      while (isHexDigit(s.charCodeAt(i))) i++;
      if (i === digits) this.fail(i, `expected a hexadecimal digit after '${s.slice(start, i)}' but found ${this.found(i)}`);
      value = this.exact(start, BigInt(s.slice(start, i)));
    } else {
      while (isDigit(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) === DOT) {
        exact = false;
        i++;
        while (isDigit(s.charCodeAt(i))) i++;
      }
      if (s[i] === 'e' || s[i] === 'E') {
        exact = false;
        i++;
        if (s[i] === '+' || s[i] === '-') i++;
        if (!isDigit(s.charCodeAt(i))) this.fail(i, `expected a digit in the exponent of '${s.slice(start, i)}' but found ${this.found(i)}`);
        while (isDigit(s.charCodeAt(i))) i++;
      }
      const raw = s.slice(start, i);
      if (exact) {
        value = this.exact(start, BigInt(raw));
      } else {
        value = Number(raw);
        if (!Number.isFinite(value)) this.fail(start, `number ${clip(raw)} is out of range of a double`);
      }
    }
    // 10L, 1.2.3, 0x1G: a number runs straight into something that cannot follow it.
    if (i < s.length && (s.charCodeAt(i) === DOT || isIdentPart(s.codePointAt(i)!))) {
      this.fail(i, `expected an operator or space after number ${clip(s.slice(start, i))} but found ${this.found(i)}`);
    }
    this.i = i;
    return { type: 'number', pos: start + 1, value, raw: s.slice(start, i) };
  }

  private exact(start: number, n: bigint): number {
    if (n > MAX_EXACT) this.fail(start, `integer ${clip(n.toString())} is out of range of a 64-bit integer`);
    return Number(n);
  }

  private found(i: number): string {
    return i >= this.text.length ? 'end of input' : showChar(this.text.codePointAt(i)!);
  }

  private operator(i: number, cp: number): Token {
    const s = this.text;
    const pos = i + 1;
    const two = s.slice(i, i + 2);
    let op: Op;
    if (two === '<>' || two === '<=' || two === '>=') op = two;
    else if (two === '!=') this.fail(i, "expected an operator but found '!=' (JMS writes not-equal as '<>')");
    else if ('=<>+-*/(),'.includes(s[i]!)) op = s[i] as Op;
    else if (s[i] === '"') this.fail(i, `unexpected character '"' (string literals use single quotes)`);
    else this.fail(i, `unexpected character ${showChar(cp)}`);
    this.i = i + op.length;
    return { type: 'op', pos, op };
  }
}
