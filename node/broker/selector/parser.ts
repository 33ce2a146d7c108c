// A recursive-descent parser for JMS message selectors that compiles as it parses: every
// grammar rule returns a typed node holding the closure that evaluates it (see evaluate.ts).
//
// Precedence, loosest first (JMS §3.8.1.1):
//   OR  <  AND  <  NOT  <  comparison, [NOT] BETWEEN / IN / LIKE, IS [NOT] NULL
//       <  binary + -  <  * /  <  unary + -  <  literals, identifiers, ( ... )
//
// Each node carries a static kind so that selectors which can never be TRUE for a reason
// visible in the text are refused when compiled: `5`, `'a' < 'b'`, `a + 'x'`, `1 = 'a'`.
// Identifiers have kind 'any' (a header's type is only known per message) and are checked
// at run time instead, where a wrong type is UNKNOWN.

import * as E from './evaluate.ts';
import { compileLike } from './like.ts';
import { type Keyword, Lexer, type Op, type Token, clip, describe, selectorError } from './lexer.ts';

/** The deepest nesting of parentheses, NOT and unary signs; bounds the parser's recursion. */
export const SELECTOR_DEPTH_MAX = 64;

type Kind = 'bool' | 'num' | 'str' | 'any';

interface Node {
  readonly kind: Kind;
  /** Where the node starts, for messages about it. */
  readonly pos: number;
  /** How the node reads in "but found ..." messages. */
  readonly desc: string;
  /** For kind 'bool' this returns only TRUE, FALSE or UNKNOWN, so it is an E.Cond. */
  readonly ev: E.Ev;
  /** Set when the node is an identifier (the left side of IN, LIKE and IS must be one). */
  readonly ident?: string;
  /** Set when the node is a literal. */
  readonly literal?: E.Value;
}

const conditionNode = (pos: number, ev: E.Cond): Node => ({ kind: 'bool', pos, desc: 'a condition', ev });
const arithmeticNode = (pos: number, ev: E.Ev): Node => ({ kind: 'num', pos, desc: 'an arithmetic expression', ev });
const literalNode = (kind: Kind, pos: number, desc: string, value: E.Value): Node => ({
  kind,
  pos,
  desc,
  ev: E.constant(value),
  literal: value,
});

const KIND_NAME: Record<Kind, string> = { bool: 'booleans', num: 'numbers', str: 'strings', any: 'values' };

function isComparison(op: Op): op is '=' | '<>' | E.OrderOp {
  return op === '=' || op === '<>' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/** The selector's condition, or null for an empty selector (which selects every message). */
export function parseSelector(text: string): E.Cond | null {
  const parser = new Parser(text);
  return parser.atEnd() ? null : parser.selector();
}

class Parser {
  private readonly lexer: Lexer;
  private tok: Token; // the one token of lookahead
  private depth = 0;

  constructor(private readonly text: string) {
    this.lexer = new Lexer(text);
    this.tok = this.lexer.next();
  }

  atEnd(): boolean {
    return this.tok.type === 'eof';
  }

  selector(): E.Cond {
    const node = this.or('a condition');
    const t = this.tok;
    if (t.type !== 'eof') {
      const expected = node.kind === 'bool' ? 'AND, OR' : 'an operator';
      const unmatched = t.type === 'op' && t.op === ')' ? " without a matching '('" : '';
      this.fail(t.pos, `expected ${expected} or end of input but found ${describe(t)}${unmatched}`);
    }
    return this.cond(node, '');
  }

  // ---- token helpers

  private advance(): Token {
    const t = this.tok;
    this.tok = this.lexer.next();
    return t;
  }

  private isKeyword(word: Keyword): boolean {
    return this.tok.type === 'keyword' && this.tok.word === word;
  }

  private isOp(op: Op): boolean {
    return this.tok.type === 'op' && this.tok.op === op;
  }

  private fail(pos: number, problem: string): never {
    throw selectorError(this.text, pos, problem);
  }

  private enter(pos: number): void {
    if (++this.depth > SELECTOR_DEPTH_MAX) this.fail(pos, `expected at most ${SELECTOR_DEPTH_MAX} levels of nesting but found more`);
  }

  private leave(): void {
    this.depth--;
  }

  // ---- static type checks; `where` is '' or ' after AND' and the like

  private cond(n: Node, where: string): E.Cond {
    if (n.kind === 'bool') return n.ev as E.Cond;
    // A bare identifier is a condition only if it holds a boolean (§3.8.1.1: "identifiers
    // with Boolean values"); that is checked per message.
    if (n.kind === 'any') return E.truth(n.ev);
    return this.fail(n.pos, `expected a condition${where} but found ${n.desc}`);
  }

  private num(n: Node, where: string): E.Ev {
    if (n.kind === 'num' || n.kind === 'any') return n.ev;
    return this.fail(n.pos, `expected a numeric value${where} but found ${n.desc}`);
  }

  private ident(n: Node, keyword: string): E.Ev {
    // §3.8.1.1 defines IN, LIKE and IS NULL on an identifier only.
    if (n.ident === undefined) this.fail(n.pos, `expected an identifier before ${keyword} but found ${n.desc}`);
    return n.ev;
  }

  // ---- grammar; `expected` names what the first token must start, for messages

  private or(expected: string): Node {
    const first = this.and(expected);
    if (!this.isKeyword('OR')) return first;
    const operands = [this.cond(first, ' before OR')];
    while (this.isKeyword('OR')) {
      this.advance();
      operands.push(this.cond(this.and('a condition after OR'), ' after OR'));
    }
    return conditionNode(first.pos, E.or(operands));
  }

  private and(expected: string): Node {
    const first = this.not(expected);
    if (!this.isKeyword('AND')) return first;
    const operands = [this.cond(first, ' before AND')];
    while (this.isKeyword('AND')) {
      this.advance();
      operands.push(this.cond(this.not('a condition after AND'), ' after AND'));
    }
    return conditionNode(first.pos, E.and(operands));
  }

  private not(expected: string): Node {
    const t = this.tok;
    if (t.type !== 'keyword' || t.word !== 'NOT') return this.predicate(expected);
    this.advance();
    this.enter(t.pos);
    const operand = this.not('a condition after NOT');
    this.leave();
    return conditionNode(t.pos, E.not(this.cond(operand, ' after NOT')));
  }

  /** A comparison, [NOT] BETWEEN / IN / LIKE or IS [NOT] NULL, or just a value. */
  private predicate(expected: string): Node {
    const left = this.additive(expected);
    const t = this.tok;
    if (t.type === 'op' && isComparison(t.op)) {
      this.advance();
      const right = this.additive(`a value after '${t.op}'`);
      return this.comparison(t.op, t.pos, left, right);
    }
    if (t.type !== 'keyword') return left;
    let negated = false;
    if (t.word === 'NOT') {
      this.advance();
      negated = true;
    }
    const k = this.tok;
    if (k.type === 'keyword') {
      if (k.word === 'BETWEEN') return this.between(left, negated);
      if (k.word === 'IN') return this.in(left, negated);
      if (k.word === 'LIKE') return this.like(left, negated);
      if (k.word === 'IS' && !negated) return this.is(left);
    }
    if (negated) this.fail(k.pos, `expected BETWEEN, IN or LIKE after NOT but found ${describe(k)}`);
    return left; // AND, OR, ... belong to the caller
  }

  private comparison(op: '=' | '<>' | E.OrderOp, pos: number, left: Node, right: Node): Node {
    // Only like types compare (§3.8.1.1), and strings and booleans only with = and <>. When
    // both sides' types are known from the text, a violation is a compile error; otherwise
    // it is UNKNOWN per message.
    if (left.kind !== 'any' && right.kind !== 'any') {
      if (left.kind !== right.kind) {
        this.fail(pos, `expected values of the same type on both sides of '${op}' but found ${left.desc} and ${right.desc}`);
      }
      if (left.kind !== 'num' && op !== '=' && op !== '<>') {
        this.fail(pos, `expected '=' or '<>' between ${KIND_NAME[left.kind]} but found '${op}'`);
      }
    }
    if (op === '=' || op === '<>') return conditionNode(left.pos, E.equality(left.ev, right.ev, op === '<>'));
    return conditionNode(left.pos, E.ordering(op, left.ev, right.ev));
  }

  private between(left: Node, negated: boolean): Node {
    this.advance(); // BETWEEN
    const x = this.num(left, ' before BETWEEN');
    const lo = this.num(this.additive('a value after BETWEEN'), ' after BETWEEN');
    const t = this.tok;
    if (t.type !== 'keyword' || t.word !== 'AND') this.fail(t.pos, `expected AND after the lower bound of BETWEEN but found ${describe(t)}`);
    this.advance();
    const hi = this.num(this.additive('a value after BETWEEN ... AND'), ' after BETWEEN ... AND');
    return conditionNode(left.pos, E.between(x, lo, hi, negated));
  }

  private in(left: Node, negated: boolean): Node {
    this.advance(); // IN
    const x = this.ident(left, 'IN');
    const open = this.tok;
    if (open.type !== 'op' || open.op !== '(') this.fail(open.pos, `expected '(' after IN but found ${describe(open)}`);
    this.advance();
    // §3.8.1.1: the list holds string literals only, and at least one.
    const values = new Set<string>();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'string') this.fail(t.pos, `expected a string literal in the IN list but found ${describe(t)}`);
      this.advance();
      values.add(t.value);
      const sep = this.tok;
      if (sep.type === 'op' && sep.op === ',') {
        this.advance();
        continue;
      }
      if (sep.type === 'op' && sep.op === ')') {
        this.advance();
        break;
      }
      this.fail(sep.pos, `expected ',' or ')' in the IN list but found ${describe(sep)}`);
    }
    return conditionNode(left.pos, E.inList(x, values, negated));
  }

  private like(left: Node, negated: boolean): Node {
    this.advance(); // LIKE
    const x = this.ident(left, 'LIKE');
    const pattern = this.tok;
    if (pattern.type !== 'string') this.fail(pattern.pos, `expected a string literal pattern after LIKE but found ${describe(pattern)}`);
    this.advance();
    let escape: string | undefined;
    if (this.isKeyword('ESCAPE')) {
      this.advance();
      const e = this.tok;
      if (e.type !== 'string') this.fail(e.pos, `expected a one-character string literal after ESCAPE but found ${describe(e)}`);
      const chars = [...e.value].length;
      if (chars !== 1) this.fail(e.pos, `expected exactly one character in the ESCAPE string but found ${chars}`);
      this.advance();
      escape = e.value;
    }
    const compiled = compileLike(pattern.value, escape);
    if (!compiled.ok) this.fail(positionInString(pattern, compiled.index), compiled.problem);
    return conditionNode(left.pos, E.like(x, compiled.match, negated));
  }

  private is(left: Node): Node {
    this.advance(); // IS
    const x = this.ident(left, 'IS');
    let negated = false;
    if (this.isKeyword('NOT')) {
      this.advance();
      negated = true;
    }
    const t = this.tok;
    if (t.type !== 'keyword' || t.word !== 'NULL') {
      this.fail(t.pos, `expected ${negated ? 'NULL after IS NOT' : 'NULL or NOT NULL after IS'} but found ${describe(t)}`);
    }
    this.advance();
    return conditionNode(left.pos, E.isNull(x, negated));
  }

  private additive(expected: string): Node {
    let left = this.multiplicative(expected);
    for (;;) {
      const t = this.tok;
      if (t.type !== 'op' || (t.op !== '+' && t.op !== '-')) return left;
      const l = this.num(left, ` before '${t.op}'`);
      this.advance();
      const r = this.num(this.multiplicative(`a value after '${t.op}'`), ` after '${t.op}'`);
      left = arithmeticNode(left.pos, E.arithmetic(t.op, l, r));
    }
  }

  private multiplicative(expected: string): Node {
    let left = this.unary(expected);
    for (;;) {
      const t = this.tok;
      if (t.type !== 'op' || (t.op !== '*' && t.op !== '/')) return left;
      const l = this.num(left, ` before '${t.op}'`);
      this.advance();
      const r = this.num(this.unary(`a value after '${t.op}'`), ` after '${t.op}'`);
      left = arithmeticNode(left.pos, E.arithmetic(t.op, l, r));
    }
  }

  private unary(expected: string): Node {
    const t = this.tok;
    if (t.type !== 'op' || (t.op !== '-' && t.op !== '+')) return this.primary(expected);
    this.advance();
    this.enter(t.pos);
    const operand = this.unary(`a value after '${t.op}'`);
    this.leave();
    // A signed numeric literal is a literal (-57 and +62 are in §3.8.1.1's list of literals).
    if (operand.kind === 'num' && typeof operand.literal === 'number') {
      const v = t.op === '-' ? -operand.literal : operand.literal;
      return literalNode('num', t.pos, `number ${v}`, v);
    }
    const ev = this.num(operand, ` after '${t.op}'`);
    return arithmeticNode(t.pos, t.op === '-' ? E.negate(ev) : E.plus(ev));
  }

  private primary(expected: string): Node {
    const t = this.tok;
    switch (t.type) {
      case 'ident':
        this.advance();
        return { kind: 'any', pos: t.pos, desc: `identifier '${clip(t.name)}'`, ev: E.header(t.name), ident: t.name };
      case 'string':
        this.advance();
        return literalNode('str', t.pos, `string ${clip(t.raw)}`, t.value);
      case 'number':
        this.advance();
        return literalNode('num', t.pos, `number ${clip(t.raw)}`, t.value);
      case 'keyword':
        if (t.word === 'TRUE' || t.word === 'FALSE') {
          this.advance();
          return literalNode('bool', t.pos, t.word, t.word === 'TRUE');
        }
        if (t.word === 'NULL') {
          this.fail(t.pos, `expected ${expected} but found keyword NULL (NULL is only allowed in IS NULL and IS NOT NULL)`);
        }
        this.fail(t.pos, `expected ${expected} but found keyword ${t.word}${t.word === 'NOT' ? '' : ' (keywords cannot be identifiers)'}`);
      case 'op':
        if (t.op === '(') return this.parenthesized();
        break;
      case 'eof':
        break;
    }
    return this.fail(t.pos, `expected ${expected} but found ${describe(t)}`);
  }

  private parenthesized(): Node {
    const open = this.advance();
    this.enter(open.pos);
    const inner = this.or("a condition or value after '('");
    const t = this.tok;
    if (t.type !== 'op' || t.op !== ')') {
      this.fail(t.pos, `expected ')' to close the '(' at position ${open.pos} but found ${describe(t)}`);
    }
    this.advance();
    this.leave();
    return inner;
  }
}

/** The selector position of pattern[index], inside the string literal token (which may hold ''). */
function positionInString(token: Extract<Token, { type: 'string' }>, index: number): number {
  let r = 1; // index in raw, past the opening quote
  for (let k = 0; k < index; k++) r += token.raw[r] === "'" ? 2 : 1;
  return token.pos + r;
}
