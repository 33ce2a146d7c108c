// JMS message selectors (JMS 1.1/2.0 §3.8): every operator and type rule, the three-valued
// logic, the errors with their positions, the limits, and a seeded fuzz of the whole surface.
import test from 'ava';
import { seededRandom } from '../../raft/core/prng.ts';
import { FedmqError, isFedmqError } from '../../errors.ts';
import { type HeaderValue, SELECTOR_CHARS_MAX, SELECTOR_DEPTH_MAX, compileSelector } from './index.ts';

type Headers = Record<string, HeaderValue | undefined>;

const lookup = (h: Headers) => (name: string) => (Object.hasOwn(h, name) ? h[name] : undefined);

/** Whether the selector selects a message with these headers. */
function m(selector: string, h: Headers = {}): boolean {
  return compileSelector(selector).matches(lookup(h));
}

/** TRUE, FALSE or UNKNOWN: FALSE is told from UNKNOWN by NOT (selector) selecting the message. */
function tri(selector: string, h: Headers = {}): 'T' | 'F' | 'U' {
  if (m(selector, h)) return 'T';
  return m(`NOT (${selector})`, h) ? 'F' : 'U';
}

/** The SELECTOR_INVALID error compiling the selector throws. */
function rejection(selector: string): FedmqError {
  try {
    compileSelector(selector);
  } catch (err) {
    if (isFedmqError(err, 'SELECTOR_INVALID')) return err;
    throw err;
  }
  throw new Error(`the selector was accepted: ${selector}`);
}

// ---- basics

test('an empty or all-whitespace selector selects every message', (t) => {
  for (const text of ['', ' ', '\t\n\r\f  ']) {
    const s = compileSelector(text);
    t.is(s.text, text);
    t.true(s.matches(() => undefined));
    t.true(s.matches(() => 'anything'));
  }
});

test('the compiled selector keeps its text and can be run many times', (t) => {
  const s = compileSelector('a > 1');
  t.is(s.text, 'a > 1');
  t.true(s.matches(lookup({ a: 2 })));
  t.false(s.matches(lookup({ a: 1 })));
  t.true(s.matches(lookup({ a: 3 })));
});

test("JMS header names are ordinary identifiers: JMSPriority > 4 AND JMSType = 'car'", (t) => {
  const sel = "JMSPriority > 4 AND JMSType = 'car'";
  t.true(m(sel, { JMSPriority: 5, JMSType: 'car' }));
  t.false(m(sel, { JMSPriority: 4, JMSType: 'car' }));
  t.false(m(sel, { JMSPriority: 9, JMSType: 'truck' }));
  t.false(m(sel, { JMSType: 'car' }));
  t.is(tri(sel, { JMSType: 'car' }), 'U');
  t.true(m("JMSDeliveryMode = 'PERSISTENT' AND JMSTimestamp >= 1700000000000", { JMSDeliveryMode: 'PERSISTENT', JMSTimestamp: 1700000000001 }));
});

test('literals: strings with doubled quotes, exact, approximate, signed and hex numbers, booleans', (t) => {
  const cases: [string, Headers][] = [
    ['n = 57', { n: 57 }],
    ['n = -57', { n: -57 }],
    ['n = +62', { n: 62 }],
    ['n = 7E3', { n: 7000 }],
    ['n = -57.9E2', { n: -5790 }],
    ['n = 7.', { n: 7 }],
    ['n = .5', { n: 0.5 }],
    ['n = 1.5e-3', { n: 0.0015 }],
    ['n = 2E+2', { n: 200 }],
    ['n = 0x1F', { n: 31 }],
    ['n = 0X1f', { n: 31 }],
    ['n = 007', { n: 7 }],
    ['n = 9223372036854775807', { n: 9223372036854775807 }],
    ['n = -9223372036854775808', { n: -9223372036854775808 }],
    ["s = 'it''s'", { s: "it's" }],
    ["s = ''''", { s: "'" }],
    ["s = ''", { s: '' }],
    ["s = 'a  b'", { s: 'a  b' }],
    ["s = 'ünï😀'", { s: 'ünï😀' }],
    ["s = 'AND OR NOT'", { s: 'AND OR NOT' }],
    ['b = TRUE', { b: true }],
    ['b = FALSE', { b: false }],
  ];
  for (const [sel, h] of cases) t.true(m(sel, h), sel);
  t.false(m("s = 'it''s'", { s: "it''s" }));
  t.false(m('n = 0x1F', { n: 1 }));
  t.true(m('TRUE'));
  t.false(m('FALSE'));
  t.true(m('NOT FALSE'));
});

// ---- comparison and type rules

test('numbers compare with = <> < <= > >=, integers and floats alike', (t) => {
  const expected: Record<string, [boolean, boolean, boolean]> = {
    // a = 1, 2, 3 against b = 2
    '=': [false, true, false],
    '<>': [true, false, true],
    '<': [true, false, false],
    '<=': [true, true, false],
    '>': [false, false, true],
    '>=': [false, true, true],
  };
  for (const [op, want] of Object.entries(expected)) {
    [1, 2, 3].forEach((a, i) => {
      t.is(m(`a ${op} b`, { a, b: 2 }), want[i], `${a} ${op} 2 (identifiers)`);
      t.is(m(`a ${op} 2`, { a }), want[i], `${a} ${op} 2 (literal)`);
      t.is(m(`a ${op} 2.0`, { a }), want[i], `${a} ${op} 2.0 (float literal)`);
      t.is(m(`${a} ${op} b`, { b: 2 }), want[i], `${a} ${op} 2 (literal on the left)`);
    });
  }
  t.true(m('2 = 2.0'));
  t.true(m('a = 3.0', { a: 3 }));
  t.true(m('-0.0 = 0'));
});

test('strings compare only with = and <>: a compile error between literals, UNKNOWN otherwise', (t) => {
  t.true(m("s = 'abc'", { s: 'abc' }));
  t.false(m("s = 'ABC'", { s: 'abc' }));
  t.true(m("s <> 'ABC'", { s: 'abc' }));
  t.true(m('s = u', { s: 'x', u: 'x' }));
  t.true(m('s <> u', { s: 'x', u: 'y' }));
  for (const op of ['<', '<=', '>', '>=']) {
    t.is(tri(`s ${op} 'b'`, { s: 'a' }), 'U', op);
    t.is(tri(`s ${op} u`, { s: 'a', u: 'b' }), 'U', op);
    const err = rejection(`'a' ${op} 'b'`);
    t.is(err.details.position, 5);
    t.regex(err.message, /expected '=' or '<>' between strings/);
  }
});

test('booleans compare only with = and <>; a bare identifier must be boolean to be a condition', (t) => {
  t.true(m('b = TRUE', { b: true }));
  t.true(m('b <> FALSE', { b: true }));
  t.true(m('b = c', { b: false, c: false }));
  t.false(m('b = c', { b: false, c: true }));
  t.is(rejection('TRUE < FALSE').details.position, 6);
  t.is(tri('b < TRUE', { b: false }), 'U');
  t.is(tri('b', { b: true }), 'T');
  t.is(tri('b', { b: false }), 'F');
  t.is(tri('NOT b', { b: false }), 'T');
  t.is(tri('b', { b: 'true' }), 'U');
  t.is(tri('b', { b: 1 }), 'U');
  t.is(tri('b', {}), 'U');
  t.is(tri('NOT b', { b: 'false' }), 'U');
  t.is(tri('(a = 1) = TRUE', { a: 1 }), 'T');
  t.is(tri('(a = 1) = (c = 2)', { a: 1, c: 3 }), 'F');
  t.is(tri('(a = 1) = TRUE', {}), 'U');
});

test('values of different types are UNKNOWN at run time and a compile error between literals', (t) => {
  t.is(tri("n = '5'", { n: 5 }), 'U');
  t.is(tri('s = 5', { s: '5' }), 'U');
  t.is(tri('b = 1', { b: true }), 'U');
  t.is(tri("n <> 'x'", { n: 1 }), 'U');
  t.is(tri('s > 1', { s: 'zz' }), 'U');
  t.is(tri('n = b', { n: 1, b: true }), 'U');
  t.is(tri('n = s', { n: 1, s: '1' }), 'U');
  t.false(m("NOT (n = '5')", { n: 5 }));
  const err = rejection("1 = 'a'");
  t.is(err.details.position, 3);
  t.regex(err.message, /same type/);
  t.is(rejection('TRUE = 1').details.position, 6);
  t.is(rejection("(a = 1) <> 'x'").details.position, 9);
});

test('comparison with NULL is UNKNOWN, a missing header is NULL', (t) => {
  for (const op of ['=', '<>', '<', '<=', '>', '>=']) {
    t.is(tri(`a ${op} 1`, {}), 'U', op);
    t.is(tri(`a ${op} 1`, { a: null }), 'U', op);
    t.is(tri(`1 ${op} a`, { a: null }), 'U', op);
  }
  t.is(tri('a = a', {}), 'U');
  t.is(tri("s = 'x'", {}), 'U');
});

// ---- arithmetic

test('arithmetic follows the JMS precedence: unary, then * /, then + -', (t) => {
  const h = { a: 1, b: 2, c: 3, x: 12 };
  t.true(m('a + b * c = 7', h));
  t.true(m('(a + b) * c = 9', h));
  t.true(m('a - b - c = -4', h)); // left-associative
  t.true(m('x / b / c = 2', h)); // (12 / 2) / 3
  t.true(m('x - b * c + a = 7', h));
  t.true(m('-a = -1', h));
  t.true(m('- -a = 1', h));
  t.true(m('--a = 1', h));
  t.true(m('+a = 1', h));
  t.true(m('b * -a = -2', h));
  t.true(m('-a * c = -3', h));
  t.true(m('a + 0.5 = 1.5', h));
  t.true(m('a + b > c - 1 AND c * c = 9', h));
  t.true(m('2 * 3 = 6'));
  t.true(m('-(2 + 3) = -5'));
});

test('arithmetic is done in doubles: 7 / 2 is 3.5', (t) => {
  t.true(m('a / b = 3.5', { a: 7, b: 2 }));
  t.true(m('7 / 2 = 3.5'));
  t.true(m('a * b = 6.25', { a: 2.5, b: 2.5 }));
});

test('division by zero, arithmetic on NULL and arithmetic on non-numbers are UNKNOWN', (t) => {
  t.is(tri('a / z = 1', { a: 1, z: 0 }), 'U');
  t.is(tri('a / z > 0', { a: 1, z: 0 }), 'U');
  t.is(tri('a / z < 0', { a: -1, z: -0 }), 'U');
  t.is(tri('1 / 0 > 1'), 'U');
  t.is(tri('a + 1 = 2', {}), 'U');
  t.is(tri('a * 1 = 1', { a: null }), 'U');
  t.is(tri('s + 1 = 2', { s: '1' }), 'U');
  t.is(tri('b - 1 = 0', { b: true }), 'U');
  t.is(tri('-s = -1', { s: '1' }), 'U');
  t.is(tri('+s = 1', { s: '1' }), 'U');
  t.is(tri('a BETWEEN 1 / 0 AND 5', { a: 3 }), 'U');
});

test('arithmetic on a literal string or boolean is a compile error', (t) => {
  t.is(rejection("a + 'x' = 1").details.position, 5);
  t.regex(rejection("a + 'x' = 1").message, /expected a numeric value after '\+' but found string 'x'/);
  t.is(rejection("'x' * 2 = 1").details.position, 1);
  t.is(rejection("-'x' = 1").details.position, 2);
  t.is(rejection('a + TRUE = 1').details.position, 5);
  t.is(rejection('(a = 1) + 1 = 2').details.position, 2);
});

// ---- logic

const TRI_VALUE = { T: true, F: false, U: null } as const;
type TriName = keyof typeof TRI_VALUE;
const TRIS: TriName[] = ['T', 'F', 'U'];

test('AND follows the JMS truth table (FALSE dominates, then UNKNOWN)', (t) => {
  const table = { TT: 'T', TF: 'F', TU: 'U', FT: 'F', FF: 'F', FU: 'F', UT: 'U', UF: 'F', UU: 'U' } as const;
  for (const x of TRIS) {
    for (const y of TRIS) {
      t.is(tri('x AND y', { x: TRI_VALUE[x], y: TRI_VALUE[y] }), table[`${x}${y}`], `${x} AND ${y}`);
    }
  }
});

test('OR follows the JMS truth table (TRUE dominates, then UNKNOWN)', (t) => {
  const table = { TT: 'T', TF: 'T', TU: 'T', FT: 'T', FF: 'F', FU: 'U', UT: 'T', UF: 'U', UU: 'U' } as const;
  for (const x of TRIS) {
    for (const y of TRIS) {
      t.is(tri('x OR y', { x: TRI_VALUE[x], y: TRI_VALUE[y] }), table[`${x}${y}`], `${x} OR ${y}`);
    }
  }
});

test('NOT follows the JMS truth table (NOT UNKNOWN is UNKNOWN)', (t) => {
  // Checked with matches() alone, since tri() itself relies on NOT.
  t.false(m('NOT x', { x: true }));
  t.true(m('NOT x', { x: false }));
  t.false(m('NOT x', { x: null }));
  t.false(m('NOT NOT x', { x: null }));
  t.true(m('NOT NOT x', { x: true }));
  t.false(m('NOT (a = 1)', {}));
  t.false(m('NOT NOT (a = 1)', {}));
});

test('chains of AND and OR keep the truth tables over three operands', (t) => {
  const all = (x: TriName, y: TriName, z: TriName) => ({ x: TRI_VALUE[x], y: TRI_VALUE[y], z: TRI_VALUE[z] });
  const and3 = (a: TriName, b: TriName, c: TriName): TriName => ([a, b, c].includes('F') ? 'F' : [a, b, c].includes('U') ? 'U' : 'T');
  const or3 = (a: TriName, b: TriName, c: TriName): TriName => ([a, b, c].includes('T') ? 'T' : [a, b, c].includes('U') ? 'U' : 'F');
  for (const x of TRIS) {
    for (const y of TRIS) {
      for (const z of TRIS) {
        t.is(tri('x AND y AND z', all(x, y, z)), and3(x, y, z), `${x} AND ${y} AND ${z}`);
        t.is(tri('x OR y OR z', all(x, y, z)), or3(x, y, z), `${x} OR ${y} OR ${z}`);
      }
    }
  }
});

test('NOT binds tighter than AND, AND tighter than OR, comparisons tighter than NOT', (t) => {
  t.true(m('a OR b AND c', { a: true, b: true, c: false })); // a OR (b AND c)
  t.false(m('a OR b AND c', { a: false, b: true, c: false }));
  t.false(m('NOT a AND b', { a: false, b: false })); // (NOT a) AND b
  t.true(m('NOT a OR b', { a: false, b: false }));
  t.true(m('NOT n = 1', { n: 2 })); // NOT (n = 1)
  t.true(m('(a OR b) AND c', { a: true, b: false, c: true }));
  t.false(m('(a OR b) AND c', { a: true, b: false, c: false }));
  t.true(m('NOT (a AND b)', { a: true, b: false }));
});

// ---- BETWEEN

test('BETWEEN includes both bounds and NOT BETWEEN is its negation', (t) => {
  const cases: [number, boolean][] = [[14, false], [15, true], [15.5, true], [17, true], [19, true], [19.01, false], [20, false]];
  for (const [n, inside] of cases) {
    t.is(m('n BETWEEN 15 AND 19', { n }), inside, `${n} BETWEEN`);
    t.is(m('n NOT BETWEEN 15 AND 19', { n }), !inside, `${n} NOT BETWEEN`);
  }
  t.false(m('n BETWEEN 19 AND 15', { n: 17 })); // no reordering of bounds
  t.true(m('n BETWEEN lo - 1 AND lo + 1', { n: 5, lo: 6 }));
  t.true(m('n between -1 and +1', { n: 0 }));
});

test('BETWEEN with any NULL or non-numeric operand is UNKNOWN, NOT BETWEEN too', (t) => {
  t.is(tri('n BETWEEN 1 AND 2', {}), 'U');
  t.is(tri('n NOT BETWEEN 1 AND 2', {}), 'U');
  t.is(tri('n BETWEEN lo AND 19', { n: 10, lo: null }), 'U');
  t.is(tri('n NOT BETWEEN lo AND 19', { n: 10, lo: null }), 'U');
  t.is(tri('n NOT BETWEEN 15 AND hi', { n: 10 }), 'U');
  t.is(tri('n BETWEEN 1 AND 20', { n: '17' }), 'U');
  t.is(tri('n BETWEEN 1 AND 20', { n: true }), 'U');
});

test('the AND of BETWEEN is not a logical AND', (t) => {
  t.true(m("n BETWEEN 1 AND 2 AND s = 'x'", { n: 1, s: 'x' }));
  t.false(m("n BETWEEN 1 AND 2 AND s = 'x'", { n: 1, s: 'y' }));
  t.true(m('n BETWEEN 1 AND 2 OR n BETWEEN 5 AND 6', { n: 5 }));
  t.is(rejection("n BETWEEN 'a' AND 'z'").details.position, 11);
  t.is(rejection('n BETWEEN 1 OR 2').details.position, 13);
  t.is(rejection('n BETWEEN 1 AND').details.position, 16);
  t.is(rejection("'a' BETWEEN 1 AND 2").details.position, 1);
});

// ---- IN

test('IN and NOT IN test a string against a list of string literals', (t) => {
  const sel = "Country IN ('UK', 'US', 'France')";
  t.true(m(sel, { Country: 'UK' }));
  t.true(m(sel, { Country: 'France' }));
  t.false(m(sel, { Country: 'Peru' }));
  t.false(m(sel, { Country: 'uk' }));
  t.false(m(sel, { Country: ' UK' }));
  t.true(m("Country NOT IN ('UK', 'US', 'France')", { Country: 'Peru' }));
  t.false(m("Country NOT IN ('UK', 'US', 'France')", { Country: 'US' }));
  t.true(m("s IN ('it''s', '')", { s: "it's" }));
  t.true(m("s IN ('it''s', '')", { s: '' }));
  t.true(m("s IN ('only')", { s: 'only' }));
  t.true(m("s in('a','b')", { s: 'b' }));
});

test('IN and NOT IN on NULL or a non-string are UNKNOWN', (t) => {
  for (const h of [{}, { c: null }, { c: 1 }, { c: true }] as Headers[]) {
    t.is(tri("c IN ('1', 'true')", h), 'U', JSON.stringify(h));
    t.is(tri("c NOT IN ('1', 'true')", h), 'U', JSON.stringify(h));
  }
});

// ---- LIKE

test("LIKE: '%' is any sequence, '_' any one character (the JMS examples)", (t) => {
  t.true(m("phone LIKE '12%3'", { phone: '123' }));
  t.true(m("phone LIKE '12%3'", { phone: '12993' }));
  t.false(m("phone LIKE '12%3'", { phone: '1234' }));
  t.true(m("word LIKE 'l_se'", { word: 'lose' }));
  t.false(m("word LIKE 'l_se'", { word: 'loose' }));
  t.true(m("underscored LIKE '\\_%' ESCAPE '\\'", { underscored: '_foo' }));
  t.false(m("underscored LIKE '\\_%' ESCAPE '\\'", { underscored: 'bar' }));
  t.false(m("phone NOT LIKE '12%3'", { phone: '123' }));
  t.true(m("phone NOT LIKE '12%3'", { phone: '1234' }));
  t.false(m("underscored NOT LIKE '\\_%' ESCAPE '\\'", { underscored: '_foo' }));
  t.true(m("underscored NOT LIKE '\\_%' ESCAPE '\\'", { underscored: 'bar' }));
});

test('LIKE matches the whole value, case-sensitively, with % matching nothing too', (t) => {
  const cases: [string, string, boolean][] = [
    ['a%b', 'ab', true],
    ['a%b', 'axxb', true],
    ['a%b', 'axxbc', false],
    ['%', '', true],
    ['%', 'anything', true],
    ['', '', true],
    ['', 'a', false],
    ['_', '', false],
    ['_', 'ab', false],
    ['%abc', 'xxabcabc', true],
    ['%abc', 'abcx', false],
    ['abc', 'abc', true],
    ['abc', 'xabc', false],
    ['A%', 'abc', false],
    ['%a%b%c%', 'xaybzc', true],
    ['%a%b%c%', 'xcybza', false],
    ['_%_', 'ab', true],
    ['_%_', 'a', false],
    ['%%', 'x', true],
    ['a_b', 'a\nb', true],
    ['a%b', 'a\n\nb', true],
    ['_', '😀', true],
    ['x_y', 'x😀y', true],
    ['__', '😀', false],
    ['%😀', 'ab😀', true],
  ];
  for (const [pattern, value, want] of cases) {
    t.is(m(`s LIKE '${pattern}'`, { s: value }), want, `${JSON.stringify(value)} LIKE '${pattern}'`);
  }
});

test('LIKE ESCAPE makes %, _ and the escape character itself literal', (t) => {
  t.true(m("s LIKE '100!%' ESCAPE '!'", { s: '100%' }));
  t.false(m("s LIKE '100!%' ESCAPE '!'", { s: '1000' }));
  t.true(m("s LIKE 'a!_b' ESCAPE '!'", { s: 'a_b' }));
  t.false(m("s LIKE 'a!_b' ESCAPE '!'", { s: 'axb' }));
  t.true(m("s LIKE 'a!!b' ESCAPE '!'", { s: 'a!b' }));
  t.true(m("s LIKE '%!%%' ESCAPE '!'", { s: 'x%y' }));
  t.false(m("s LIKE '%!%%' ESCAPE '!'", { s: 'xy' }));
  t.true(m("s LIKE 'it''s!%' ESCAPE '!'", { s: "it's%" }));
  t.true(m("s LIKE '5%%' ESCAPE '%'", { s: '5%' })); // the escape may be % itself
  t.false(m("s LIKE '5%%' ESCAPE '%'", { s: '55' }));
  t.true(m("s LIKE 'a😀%' ESCAPE '😀'", { s: 'a%' })); // one character, two code units
  t.true(m("s LIKE 'a\\b' ", { s: 'a\\b' })); // without ESCAPE, backslash is ordinary
});

test('regular expression metacharacters in a LIKE pattern are literal', (t) => {
  for (const ch of ['.', '*', '(', ')', '[', ']', '{', '}', '\\', '$', '^', '+', '?', '|', '/']) {
    t.true(m(`s LIKE 'a${ch}b'`, { s: `a${ch}b` }), `a${ch}b matches itself`);
    t.false(m(`s LIKE 'a${ch}b'`, { s: 'axb' }), `a${ch}b does not match axb`);
  }
  t.false(m("s LIKE '.*'", { s: 'anything' }));
  t.true(m("s LIKE '.*'", { s: '.*' }));
  t.false(m("s LIKE '^a$'", { s: 'a' }));
  t.false(m("s LIKE '\\d'", { s: '5' }));
  t.false(m("s LIKE '[ab]'", { s: 'a' }));
  t.true(m("s LIKE '(a|b)%'", { s: '(a|b)c' }));
});

test('LIKE and NOT LIKE on NULL or a non-string are UNKNOWN', (t) => {
  for (const h of [{}, { s: null }, { s: 12 }, { s: false }] as Headers[]) {
    t.is(tri("s LIKE '%'", h), 'U', JSON.stringify(h));
    t.is(tri("s NOT LIKE '%'", h), 'U', JSON.stringify(h));
  }
});

test('LIKE cannot be made to backtrack exponentially', (t) => {
  const s = compileSelector(`s LIKE '${'%a'.repeat(12)}%b'`);
  const value = 'a'.repeat(5000);
  const start = performance.now();
  t.false(s.matches(() => value));
  t.true(s.matches(() => `${value}b`));
  t.true(performance.now() - start < 2000);
});

// ---- IS NULL

test('IS NULL and IS NOT NULL turn NULL into TRUE or FALSE, never UNKNOWN', (t) => {
  for (const h of [{}, { a: null }, { a: NaN }] as Headers[]) {
    t.is(tri('a IS NULL', h), 'T', JSON.stringify(h));
    t.is(tri('a IS NOT NULL', h), 'F', JSON.stringify(h));
  }
  for (const a of [0, '', false, 'x', -1]) {
    t.is(tri('a IS NULL', { a }), 'F', JSON.stringify(a));
    t.is(tri('a IS NOT NULL', { a }), 'T', JSON.stringify(a));
  }
  t.true(m('a is not null and b Is Null', { a: 1 }));
});

// ---- keywords and identifiers

test('keywords are case-insensitive', (t) => {
  const h = { a: 1, b: 2, s: 'x_', c: 'UK', f: true };
  t.true(m("a is not null and b between 1 and 2 and s like 'x!_' escape '!' and c in ('UK') and not (a = 2) or false", h));
  t.true(m("A_ IS NULL AnD s LiKe 'x%' oR FaLsE", h));
  t.true(m('f = true AND f <> False', h));
  t.true(m('true'));
  t.true(m('not FALSE'));
  t.true(m('b NoT BeTwEeN 5 AnD 6', h));
});

test('identifiers are case-sensitive Java identifiers and never keywords', (t) => {
  t.true(m("Color = 'red'", { Color: 'red' }));
  t.is(tri("Color = 'red'", { color: 'red' }), 'U');
  t.true(m("color = 'red' AND Color = 'blue'", { color: 'red', Color: 'blue' }));
  for (const name of ['$x', '_y', 'a1_b$', 'größe', 'ORDER', 'ANDY', 'NOTE', 'INx', 'select', 'nulls', 'truey', 'ın']) {
    t.true(m(`${name} = 3`, { [name]: 3 }), name);
  }
  for (const kw of ['AND', 'and', 'Or', 'NOT', 'between', 'LIKE', 'In', 'IS', 'null', 'ESCAPE', 'TRUE', 'false']) {
    t.throws(() => compileSelector(`${kw} = 1`), { instanceOf: FedmqError }, kw);
  }
  t.regex(rejection('and = 1').message, /keywords cannot be identifiers/);
});

// ---- errors and their positions

const ERRORS: [selector: string, position: number, fragment: string][] = [
  ["a = 'abc", 5, "unterminated string literal: expected a closing ' but found end of input"],
  ['a = ', 5, "expected a value after '=' but found end of input"],
  ['a > 1 AND', 10, 'expected a condition after AND but found end of input'],
  ['a > 1 OR OR b', 10, 'expected a condition after OR but found keyword OR'],
  ['NOT', 4, 'expected a condition after NOT but found end of input'],
  ['a # 1', 3, "unexpected character '#'"],
  ['a = = 1', 5, "expected a value after '=' but found '='"],
  ['a == 1', 4, "expected a value after '=' but found '='"],
  ['a != 1', 3, "'!=' (JMS writes not-equal as '<>')"],
  ['"a" = 1', 1, 'string literals use single quotes'],
  ['a = 1 ; b = 2', 7, "unexpected character ';'"],
  ['(a = 1', 7, "expected ')' to close the '(' at position 1 but found end of input"],
  ['((a = 1)', 9, "expected ')' to close the '(' at position 1"],
  ['(a = 1 b)', 8, "expected ')' to close the '(' at position 1 but found identifier 'b'"],
  ['a = 1)', 6, "expected AND, OR or end of input but found ')' without a matching '('"],
  ['()', 2, "expected a condition or value after '(' but found ')'"],
  ['c IN ()', 7, "expected a string literal in the IN list but found ')'"],
  ['c IN (1, 2)', 7, 'expected a string literal in the IN list but found number 1'],
  ["c IN ('a', 2)", 12, 'expected a string literal in the IN list but found number 2'],
  ["c IN ('a',)", 11, "expected a string literal in the IN list but found ')'"],
  ["c IN ('a' 'b')", 11, "expected ',' or ')' in the IN list but found string 'b'"],
  ["c IN 'a'", 6, "expected '(' after IN but found string 'a'"],
  ["'x' IN ('x')", 1, "expected an identifier before IN but found string 'x'"],
  ['s LIKE x', 8, "expected a string literal pattern after LIKE but found identifier 'x'"],
  ['s LIKE 5', 8, 'expected a string literal pattern after LIKE but found number 5'],
  ["s LIKE 'x' ESCAPE 'ab'", 19, 'expected exactly one character in the ESCAPE string but found 2'],
  ["s LIKE 'x' ESCAPE ''", 19, 'expected exactly one character in the ESCAPE string but found 0'],
  ["s LIKE 'x' ESCAPE e", 19, "expected a one-character string literal after ESCAPE but found identifier 'e'"],
  ["s LIKE 'ab!' ESCAPE '!'", 11, "expected '%', '_' or '!' after the escape character in the LIKE pattern but found the end of the pattern"],
  ["s LIKE 'a''!b' ESCAPE '!'", 12, "expected '%', '_' or '!' after the escape character in the LIKE pattern but found 'b'"],
  ["5 LIKE 'x'", 1, 'expected an identifier before LIKE but found number 5'],
  ['a = 1 b', 7, "expected AND, OR or end of input but found identifier 'b'"],
  ["a = 'x' = 'y'", 9, "expected AND, OR or end of input but found '='"],
  ['a b', 3, "expected an operator or end of input but found identifier 'b'"],
  ['AND = 1', 1, 'expected a condition but found keyword AND (keywords cannot be identifiers)'],
  ['a = NULL', 5, 'expected a value after \'=\' but found keyword NULL (NULL is only allowed in IS NULL and IS NOT NULL)'],
  ['a = NOT b', 5, "expected a value after '=' but found keyword NOT"],
  ['a NOT b', 7, "expected BETWEEN, IN or LIKE after NOT but found identifier 'b'"],
  ['a NOT IS NULL', 7, 'expected BETWEEN, IN or LIKE after NOT but found keyword IS'],
  ['a IS 5', 6, 'expected NULL or NOT NULL after IS but found number 5'],
  ['a IS NOT 5', 10, 'expected NULL after IS NOT but found number 5'],
  ['a + 1 IS NULL', 1, 'expected an identifier before IS but found an arithmetic expression'],
  ['5', 1, 'expected a condition but found number 5'],
  ["'abc'", 1, "expected a condition but found string 'abc'"],
  ['a + 1', 1, 'expected a condition but found an arithmetic expression'],
  ['-a', 1, 'expected a condition but found an arithmetic expression'],
  ['(a + 1)', 2, 'expected a condition but found an arithmetic expression'],
  ['a + 1 > 2 OR 3', 14, 'expected a condition after OR but found number 3'],
  ['4 AND a', 1, 'expected a condition before AND but found number 4'],
  ['NOT 5', 5, 'expected a condition after NOT but found number 5'],
  ['10L = a', 3, "expected an operator or space after number 10 but found 'L'"],
  ['a = 1.2.3', 8, "expected an operator or space after number 1.2 but found '.'"],
  ['a = 0x', 7, "expected a hexadecimal digit after '0x' but found end of input"],
  ['a = 0xg', 7, "expected a hexadecimal digit after '0x' but found 'g'"],
  ['a = 1e', 7, "expected a digit in the exponent of '1e' but found end of input"],
  ['a = 1e+ 2', 8, "expected a digit in the exponent of '1e+' but found a space"],
  ['a = 9223372036854775809', 5, 'integer 9223372036854775809 is out of range of a 64-bit integer'],
  ['a = 1e999', 5, 'number 1e999 is out of range of a double'],
  ['a = .', 5, "unexpected character '.'"],
  ['a = 1 AND b = \u0007', 15, 'unexpected character U+0007'],
];

for (const [selector, position, fragment] of ERRORS) {
  test(`rejects ${JSON.stringify(selector)} at position ${position}`, (t) => {
    const err = rejection(selector);
    t.is(err.code, 'SELECTOR_INVALID');
    t.is(err.grpcStatus, 3);
    t.is(err.details.position, position);
    t.is(err.details.selector, selector);
    t.true(err.message.startsWith(`selector error at position ${position}: `), err.message);
    t.true(err.message.includes(fragment), err.message);
  });
}

test('the error message for a missing operand reads exactly as documented', (t) => {
  t.is(rejection('JMSPriority = ').message, "selector error at position 15: expected a value after '=' but found end of input");
});

test('the first problem from the left is the one reported', (t) => {
  t.is(rejection('a = = 1 #').details.position, 5);
  t.is(rejection('a # = = 1').details.position, 3);
  t.is(rejection("c IN (1 #)").details.position, 7);
});

// ---- limits

test(`a selector longer than ${SELECTOR_CHARS_MAX} characters is refused; one of exactly that length is not`, (t) => {
  const fits = `a = 1${' '.repeat(SELECTOR_CHARS_MAX - 5)}`;
  t.is(fits.length, SELECTOR_CHARS_MAX);
  t.true(m(fits, { a: 1 }));
  const err = rejection(`${fits} `);
  t.is(err.details.position, SELECTOR_CHARS_MAX + 1);
  t.regex(err.message, /expected at most 4096 characters but found 4097/);
  const huge = rejection('x'.repeat(1_000_000));
  t.true((huge.details.selector as string).length <= SELECTOR_CHARS_MAX + 1);
});

test('10,000 open parentheses are a SELECTOR_INVALID, not a stack overflow', (t) => {
  t.is(rejection('('.repeat(10_000)).details.position, SELECTOR_CHARS_MAX + 1);
  const err = rejection('('.repeat(4000));
  t.is(err.details.position, SELECTOR_DEPTH_MAX + 1);
  t.regex(err.message, /expected at most 64 levels of nesting but found more/);
});

test(`nesting is capped at ${SELECTOR_DEPTH_MAX} levels of parentheses, NOT and signs`, (t) => {
  const d = SELECTOR_DEPTH_MAX;
  t.true(m(`${'('.repeat(d)}a = 1${')'.repeat(d)}`, { a: 1 }));
  t.is(rejection(`${'('.repeat(d + 1)}a = 1${')'.repeat(d + 1)}`).details.position, d + 1);
  t.true(m(`${'NOT '.repeat(d)}a`, { a: true })); // an even number of NOTs
  t.is(rejection(`${'NOT '.repeat(1000)}a`).details.position, 4 * d + 1);
  t.true(m(`${'-'.repeat(d)}a = 1`, { a: 1 }));
  t.is(rejection(`${'-'.repeat(3000)}a = 1`).details.position, d + 1);
});

test('long flat chains of AND, OR and + compile and evaluate without deep recursion', (t) => {
  const ands = Array.from({ length: 400 }, () => 'a = 1').join(' AND ');
  t.true(ands.length <= SELECTOR_CHARS_MAX);
  t.true(m(ands, { a: 1 }));
  t.false(m(ands, { a: 2 }));
  const ors = `${Array.from({ length: 450 }, (_, i) => `a=${i}`).join(' OR ')}`;
  t.true(ors.length <= SELECTOR_CHARS_MAX);
  t.true(m(ors, { a: 449 }));
  t.false(m(ors, { a: 450 }));
  t.true(m(`${'a+'.repeat(1500)}a = 1501`, { a: 1 }));
});

// ---- matches() never throws

test('matches never throws: a throwing lookup selects nothing, odd values read as NULL', (t) => {
  const s = compileSelector('a = 1 OR a IS NULL');
  t.false(s.matches(() => {
    throw new Error('lookup failed');
  }));
  for (const odd of [{}, [], 10n, Symbol('x'), () => 1, NaN, undefined]) {
    t.true(s.matches(() => odd as never), String(typeof odd));
    t.false(compileSelector('a = 1').matches(() => odd as never));
  }
});

test('matches is fast: 100,000 evaluations of a mixed selector well under a second or two', (t) => {
  const s = compileSelector("JMSPriority > 4 AND JMSType IN ('car', 'bus') AND region LIKE 'eu-%' AND NOT (weight BETWEEN 10 AND 20)");
  const headers: Headers = { JMSPriority: 7, JMSType: 'bus', region: 'eu-west-1', weight: 25 };
  const get = lookup(headers);
  let selected = 0;
  const start = performance.now();
  for (let i = 0; i < 100_000; i++) if (s.matches(get)) selected++;
  t.is(selected, 100_000);
  t.true(performance.now() - start < 2000);
});

// ---- randomised checks (seeded, reproducible)


test('LIKE agrees with an independent regular-expression translation on random patterns', (t) => {
  const rand = seededRandom(0x11ce);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const PATTERN_CHARS = ['a', 'b', '%', '_', '.', '*', '😀', '!%', '!_', '!!'];
  const VALUE_CHARS = ['a', 'b', '.', '*', '%', '_', '!', '😀', '\n'];
  const toRegExp = (pattern: string): RegExp => {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '!') src += pattern[++i]!.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
      else if (c === '%') src += '.*';
      else if (c === '_') src += '.';
      else src += c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    return new RegExp(`^${src}$`, 'su');
  };
  let matched = 0;
  for (let n = 0; n < 3000; n++) {
    const pattern = Array.from({ length: Math.floor(rand() * 7) }, () => pick(PATTERN_CHARS)).join('');
    const selector = compileSelector(`s LIKE '${pattern}' ESCAPE '!'`);
    const re = toRegExp(pattern);
    for (let k = 0; k < 4; k++) {
      const value = Array.from({ length: Math.floor(rand() * 8) }, () => pick(VALUE_CHARS)).join('');
      const want = re.test(value);
      if (want) matched++;
      if (selector.matches(() => value) !== want) {
        t.fail(`${JSON.stringify(value)} LIKE '${pattern}' ESCAPE '!' should be ${want}`);
        return;
      }
    }
  }
  t.true(matched > 500, `only ${matched} random values matched`);
});

test('random well-typed selectors agree with a direct three-valued evaluation', (t) => {
  const rand = seededRandom(0x5e1ec7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  type V = string | number | boolean | null;
  type Gen = { text: string; eval: (h: Headers) => V };
  const val = (h: Headers, name: string): V => (h[name] === undefined ? null : h[name]!);
  const numExpr = (depth: number): Gen => {
    const r = rand();
    if (depth <= 0 || r < 0.35) {
      const name = pick(['n', 'm', 's', 'b']);
      return { text: name, eval: (h) => val(h, name) };
    }
    if (r < 0.55) {
      const k = pick([0, 1, 2, -3, 2.5]);
      return { text: String(k), eval: () => k };
    }
    if (r < 0.65) {
      const e = numExpr(depth - 1);
      return { text: `-(${e.text})`, eval: (h) => { const v = e.eval(h); return typeof v === 'number' ? -v : null; } };
    }
    const op = pick(['+', '-', '*', '/'] as const);
    const l = numExpr(depth - 1);
    const r2 = numExpr(depth - 1);
    return {
      text: `(${l.text}) ${op} (${r2.text})`,
      eval: (h) => {
        const a = l.eval(h);
        const b = r2.eval(h);
        if (typeof a !== 'number' || typeof b !== 'number') return null;
        if (op === '/' && b === 0) return null;
        const v = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
        return Number.isNaN(v) ? null : v;
      },
    };
  };
  const cond = (depth: number): Gen => {
    const r = rand();
    if (depth > 0 && r < 0.3) {
      const op = pick(['AND', 'OR'] as const);
      const l = cond(depth - 1);
      const r2 = cond(depth - 1);
      return {
        text: `(${l.text}) ${op} (${r2.text})`,
        eval: (h) => {
          const a = l.eval(h);
          const b = r2.eval(h);
          if (op === 'AND') return a === false || b === false ? false : a === null || b === null ? null : true;
          return a === true || b === true ? true : a === null || b === null ? null : false;
        },
      };
    }
    if (depth > 0 && r < 0.4) {
      const e = cond(depth - 1);
      return { text: `NOT (${e.text})`, eval: (h) => { const v = e.eval(h); return v === null ? null : !v; } };
    }
    if (r < 0.6) {
      const op = pick(['=', '<>', '<', '<=', '>', '>='] as const);
      const l = numExpr(2);
      const r2 = numExpr(2);
      return {
        text: `${l.text} ${op} ${r2.text}`,
        eval: (h) => {
          const a = l.eval(h);
          const b = r2.eval(h);
          if (a === null || b === null || typeof a !== typeof b) return null;
          if (op === '=') return a === b;
          if (op === '<>') return a !== b;
          if (typeof a !== 'number' || typeof b !== 'number') return null;
          return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
        },
      };
    }
    if (r < 0.7) {
      const x = numExpr(1);
      const lo = numExpr(1);
      const hi = numExpr(1);
      const not = rand() < 0.5;
      return {
        text: `${x.text} ${not ? 'NOT ' : ''}BETWEEN ${lo.text} AND ${hi.text}`,
        eval: (h) => {
          const [v, a, b] = [x.eval(h), lo.eval(h), hi.eval(h)];
          if (typeof v !== 'number' || typeof a !== 'number' || typeof b !== 'number') return null;
          return (a <= v && v <= b) !== not;
        },
      };
    }
    if (r < 0.8) {
      const name = pick(['s', 'n', 'u']);
      const list = pick([['x'], ['x', 'y'], ['', 'y', 'z']]);
      const not = rand() < 0.5;
      return {
        text: `${name} ${not ? 'NOT ' : ''}IN (${list.map((s) => `'${s}'`).join(', ')})`,
        eval: (h) => { const v = val(h, name); return typeof v === 'string' ? list.includes(v) !== not : null; },
      };
    }
    if (r < 0.87) {
      const name = pick(['s', 'u', 'n']);
      const not = rand() < 0.5;
      return { text: `${name} IS ${not ? 'NOT ' : ''}NULL`, eval: (h) => (val(h, name) === null) !== not };
    }
    if (r < 0.95) {
      const name = pick(['b', 'c', 's']);
      return { text: name, eval: (h) => { const v = val(h, name); return typeof v === 'boolean' ? v : null; } };
    }
    const k = rand() < 0.5;
    return { text: k ? 'TRUE' : 'FALSE', eval: () => k };
  };
  const POOL: (HeaderValue | undefined)[] = [undefined, null, 0, 1, 2, -3, 2.5, 'x', 'y', '', true, false];
  const counts = { T: 0, F: 0, U: 0 };
  for (let n = 0; n < 2000; n++) {
    const g = cond(4);
    const selector = compileSelector(g.text);
    const negated = compileSelector(`NOT (${g.text})`);
    for (let k = 0; k < 5; k++) {
      const h: Headers = {};
      for (const name of ['n', 'm', 's', 'u', 'b', 'c']) h[name] = pick(POOL);
      const want = g.eval(h);
      const got = selector.matches(lookup(h)) ? true : negated.matches(lookup(h)) ? false : null;
      counts[want === true ? 'T' : want === false ? 'F' : 'U']++;
      if (got !== want) {
        t.fail(`${g.text} with ${JSON.stringify(h)}: expected ${want} but got ${got}`);
        return;
      }
    }
  }
  // The generator reaches all three outcomes often enough for the comparison to mean something.
  t.true(counts.T > 500 && counts.F > 500 && counts.U > 500, JSON.stringify(counts));
});

test('fuzz: mutated and random selectors either compile to a total matcher or fail with a position', (t) => {
  const rand = seededRandom(0xf00d);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const SEEDS = [
    "JMSPriority > 4 AND JMSType = 'car'",
    "a = 1 OR b <> 'x'",
    "NOT (a BETWEEN 1 AND 10) AND s LIKE 'a%' ESCAPE '!'",
    "s IN ('x', 'y''z') OR s NOT IN ('q')",
    'a IS NULL OR b IS NOT NULL',
    '(a + b) * -c / 2 >= 0.5E1',
    'flag AND NOT other OR TRUE',
    'a <= 0x1F AND a > -7.',
    "s NOT LIKE '\\_%' ESCAPE '\\' AND n NOT BETWEEN -1 AND +1",
    'x = y',
    '((a = 1) = (b = 2)) <> FALSE',
    'n / 0 = 1 OR n * n < 2',
  ];
  const FRAGMENTS = [
    ' ', '(', ')', "'", "''", ',', '=', '<>', '<', '>=', '+', '-', '*', '/', '%', '_', '.', 'e', 'E', '0x', '1', '2.5',
    "'x'", 'a', 's', 'NOT ', ' AND ', ' OR ', ' BETWEEN ', ' LIKE ', ' IN ', ' IS ', ' NULL', ' ESCAPE ', 'TRUE', 'false',
    '#', '"', '!', '\\', '\t', '\n', 'é', '😀', '\u0000', '\ud800', '9'.repeat(25), '(((', ')))',
  ];
  const TOKENS = [
    'a', 'b', 's', 'n', 'flag', 'JMSPriority', "'x'", "'%_'", "''", '1', '-2', '3.5', '1e3', '0x10', 'TRUE', 'FALSE', 'NULL',
    'NOT', 'AND', 'OR', 'BETWEEN', 'LIKE', 'IN', 'IS', 'ESCAPE', '=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '(', ')', ',',
  ];
  const mutate = (s: string): string => {
    const at = int(s.length + 1);
    switch (int(5)) {
      case 0:
        return s.slice(0, at) + s.slice(at + 1 + int(5));
      case 1:
        return s.slice(0, at) + pick(FRAGMENTS) + s.slice(at);
      case 2:
        return s.slice(0, at) + pick(FRAGMENTS) + s.slice(at + 1);
      case 3:
        return s.slice(0, at) + s.slice(int(s.length), int(s.length) + 8) + s.slice(at);
      default:
        return `${s}${pick([' AND ', ' OR ', ' ', ''])}${pick(SEEDS)}`;
    }
  };
  const soup = () => Array.from({ length: 1 + int(15) }, () => pick(TOKENS)).join(rand() < 0.8 ? ' ' : '');
  const POOL: (HeaderValue | undefined)[] = [undefined, null, true, false, 0, 1, -1, 2.5, NaN, 'a', '', 'x', "it's", '%'];
  const NAMES = ['a', 'b', 'c', 's', 'n', 'x', 'y', 'flag', 'other', 'JMSPriority', 'JMSType'];
  const randomHeaders = (): Headers => Object.fromEntries(NAMES.map((name) => [name, pick(POOL)]));

  const problems: string[] = [];
  const outcome = { compiled: 0, rejected: 0 };
  /** Compiles; returns the selector, or null after checking the error is a well-formed SELECTOR_INVALID. */
  const tryCompile = (text: string) => {
    try {
      return compileSelector(text);
    } catch (err) {
      if (!isFedmqError(err, 'SELECTOR_INVALID')) {
        problems.push(`${JSON.stringify(text)} threw ${String(err)}`);
        return null;
      }
      const position = err.details.position;
      if (!Number.isInteger(position) || (position as number) < 1 || (position as number) > text.length + 1) {
        problems.push(`${JSON.stringify(text)}: position ${String(position)} out of 1..${text.length + 1}`);
      } else if (!err.message.startsWith(`selector error at position ${position}: `)) {
        problems.push(`${JSON.stringify(text)}: message ${err.message}`);
      }
      return null;
    }
  };

  const start = performance.now();
  for (let n = 0; n < 20_000 && problems.length < 5; n++) {
    let text = rand() < 0.25 ? soup() : pick(SEEDS);
    for (let k = 1 + int(3); k > 0; k--) text = mutate(text);
    const s = tryCompile(text);
    if (s === null) {
      outcome.rejected++;
      continue;
    }
    outcome.compiled++;
    if (s.text !== text) problems.push(`${JSON.stringify(text)}: text not kept`);
    const h = randomHeaders();
    const got = s.matches(lookup(h));
    if (typeof got !== 'boolean') problems.push(`${JSON.stringify(text)}: matches returned ${String(got)}`);
    if (text.trim() === '') continue;
    // A valid selector stays valid in parentheses (up to the nesting limit), and the
    // three-valued logic is consistent: S and NOT S are never both TRUE; S AND S, S OR S are S.
    const wrapped = [`NOT (${text})`, `(${text}) AND (${text})`, `(${text}) OR (${text})`].map((w) => {
      try {
        return compileSelector(w).matches(lookup(h));
      } catch (err) {
        if (!isFedmqError(err, 'SELECTOR_INVALID') || !/nesting|characters/.test(err.message)) {
          problems.push(`${JSON.stringify(w)} was refused: ${String(err)}`);
        }
        return undefined;
      }
    });
    const [negation, both, either] = wrapped;
    if (negation === true && got) problems.push(`${JSON.stringify(text)} and its negation both selected ${JSON.stringify(h)}`);
    if (both !== undefined && both !== got) problems.push(`(${text}) AND (${text}) differs from ${text}`);
    if (either !== undefined && either !== got) problems.push(`(${text}) OR (${text}) differs from ${text}`);
  }
  const elapsed = performance.now() - start;
  t.deepEqual(problems, []);
  // Both outcomes are exercised, so neither half of the assertion above is vacuous.
  t.true(outcome.compiled > 1000 && outcome.rejected > 1000, JSON.stringify(outcome));
  t.true(elapsed < 10_000, `took ${elapsed} ms`);
});
