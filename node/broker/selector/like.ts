// LIKE patterns (JMS §3.8.1.1): '_' stands for any single character, '%' for any sequence of
// characters including none, and every other character for itself; the optional ESCAPE
// character makes the '%', '_' or escape character after it literal.
//
// Patterns are not translated to regular expressions: nothing in a pattern is a metacharacter
// except '%' and '_', and a hand-written matcher cannot backtrack exponentially. It keeps only
// the last '%' to retry from, so matching takes at most O(value length × pattern length).

export type LikeMatcher = (value: string) => boolean;

export type LikeCompiled =
  | { readonly ok: true; readonly match: LikeMatcher }
  /** index: the 0-based index in the pattern of the problem. */
  | { readonly ok: false; readonly index: number; readonly problem: string };

const LITERAL = 0;
const ONE = 1; // _
const ANY = 2; // %

/** escape, when given, is one character (one code point). */
export function compileLike(pattern: string, escape?: string): LikeCompiled {
  const kinds: number[] = [];
  const units: number[] = []; // the UTF-16 code unit a LITERAL stands for
  const literal = (s: string) => {
    for (let k = 0; k < s.length; k++) {
      kinds.push(LITERAL);
      units.push(s.charCodeAt(k));
    }
  };
  let i = 0;
  while (i < pattern.length) {
    if (escape !== undefined && pattern.startsWith(escape, i)) {
      const after = i + escape.length;
      if (pattern.startsWith(escape, after)) {
        literal(escape);
        i = after + escape.length;
        continue;
      }
      const next = pattern[after];
      if (next !== '%' && next !== '_') {
        const found = next === undefined ? 'the end of the pattern' : `'${String.fromCodePoint(pattern.codePointAt(after)!)}'`;
        return { ok: false, index: i, problem: `expected '%', '_' or '${escape}' after the escape character in the LIKE pattern but found ${found}` };
      }
      literal(next);
      i = after + 1;
      continue;
    }
    const c = pattern[i]!;
    if (c === '%') {
      if (kinds[kinds.length - 1] !== ANY) {
        kinds.push(ANY); // '%%' is the same as '%'
        units.push(0);
      }
    } else if (c === '_') {
      kinds.push(ONE);
      units.push(0);
    } else {
      literal(c);
    }
    i++;
  }
  return { ok: true, match: matcher(Uint8Array.from(kinds), Uint16Array.from(units)) };
}

/** Code units taken by the character at i: 2 for a surrogate pair, so '_' matches one emoji. */
function width(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function matcher(kinds: Uint8Array, units: Uint16Array): LikeMatcher {
  const m = kinds.length;
  return (s) => {
    const n = s.length;
    let p = 0; // next pattern element
    let i = 0; // next code unit of s
    let starP = -1; // the last '%' seen, and where in s its match currently ends
    let starI = 0;
    while (i < n) {
      if (p < m) {
        const k = kinds[p];
        if (k === ANY) {
          starP = p++;
          starI = i;
          continue;
        }
        if (k === ONE) {
          i += width(s, i);
          p++;
          continue;
        }
        if (units[p] === s.charCodeAt(i)) {
          i++;
          p++;
          continue;
        }
      }
      // Mismatch (or pattern exhausted): let the last '%' swallow one more character.
      if (starP < 0) return false;
      starI += width(s, starI);
      i = starI;
      p = starP + 1;
    }
    while (p < m && kinds[p] === ANY) p++;
    return p === m;
  };
}
