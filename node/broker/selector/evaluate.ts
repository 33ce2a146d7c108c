// The closures a compiled selector is made of. The parser builds them once per selector;
// they run per message, switch on nothing but the runtime types of the values, and never throw.
//
// NULL and UNKNOWN are both `null` here. JMS §3.8.1.2 ("Null values") adopts SQL-92 NULL
// semantics: comparison or arithmetic with an unknown value yields unknown, and only IS NULL /
// IS NOT NULL turn a NULL into TRUE or FALSE.

import type { LikeMatcher } from './like.ts';

export type Value = string | number | boolean | null;
/** Looks up a header or property; anything but a string, a number or a boolean reads as NULL. */
export type Getter = (name: string) => unknown;
export type Ev = (get: Getter) => Value;
/** TRUE, FALSE or UNKNOWN (null). */
export type Tri = boolean | null;
export type Cond = (get: Getter) => Tri;

/**
 * The value of comparing two non-NULL values of different types (a string with a number, a
 * boolean with a number, ...). JMS §3.8.1.1 says such a comparison "is false"; this module
 * makes it UNKNOWN, as SQL does, so that `NOT (s = 5)` does not select a string s either.
 * Either way the message is not selected by the comparison itself.
 */
const TYPE_MISMATCH: Tri = null;

/** An identifier: a missing header (undefined), null, NaN or a value of another type is NULL. */
export function header(name: string): Ev {
  return (get) => {
    const v = get(name);
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        return v === v ? v : null; // NaN is no number to compare; treat it as NULL
      default:
        return null;
    }
  };
}

export function constant(v: Value): Ev {
  return () => v;
}

/** An identifier used as a condition must hold a boolean; anything else is UNKNOWN. */
export function truth(ev: Ev): Cond {
  return (get) => {
    const v = ev(get);
    return typeof v === 'boolean' ? v : null;
  };
}

/** NOT: TRUE↔FALSE, NOT UNKNOWN = UNKNOWN. */
export function not(c: Cond): Cond {
  return (get) => {
    const v = c(get);
    return v === null ? null : !v;
  };
}

/** AND over n operands: any FALSE makes FALSE, else any UNKNOWN makes UNKNOWN, else TRUE. */
export function and(cs: readonly Cond[]): Cond {
  return (get) => {
    let unknown = false;
    for (const c of cs) {
      const v = c(get);
      if (v === false) return false;
      if (v === null) unknown = true;
    }
    return unknown ? null : true;
  };
}

/** OR over n operands: any TRUE makes TRUE, else any UNKNOWN makes UNKNOWN, else FALSE. */
export function or(cs: readonly Cond[]): Cond {
  return (get) => {
    let unknown = false;
    for (const c of cs) {
      const v = c(get);
      if (v === true) return true;
      if (v === null) unknown = true;
    }
    return unknown ? null : false;
  };
}

/**
 * = and <>. Strings are equal when they hold the same characters; booleans and numbers compare
 * by value, an integer equal to a float of the same value (Java numeric promotion).
 */
export function equality(l: Ev, r: Ev, notEqual: boolean): Cond {
  return (get) => {
    const a = l(get);
    if (a === null) return null;
    const b = r(get);
    if (b === null) return null;
    if (typeof a !== typeof b) return TYPE_MISMATCH;
    return (a === b) !== notEqual;
  };
}

export type OrderOp = '<' | '<=' | '>' | '>=';
const ORDER: Record<OrderOp, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** < <= > >=: numbers only. JMS restricts string and boolean comparison to = and <>. */
export function ordering(op: OrderOp, l: Ev, r: Ev): Cond {
  const cmp = ORDER[op];
  return (get) => {
    const a = l(get);
    if (a === null) return null;
    const b = r(get);
    if (b === null) return null;
    if (typeof a !== 'number' || typeof b !== 'number') return TYPE_MISMATCH;
    return cmp(a, b);
  };
}

export type ArithOp = '+' | '-' | '*' | '/';
const ARITH: Record<ArithOp, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  // Division by zero is UNKNOWN rather than Infinity: NaN becomes NULL below.
  '/': (a, b) => (b === 0 ? NaN : a / b),
};

/** Arithmetic on numbers (as doubles); a NULL or non-number operand, or a NaN result, is NULL. */
export function arithmetic(op: ArithOp, l: Ev, r: Ev): Ev {
  const f = ARITH[op];
  return (get) => {
    const a = l(get);
    if (typeof a !== 'number') return null;
    const b = r(get);
    if (typeof b !== 'number') return null;
    const v = f(a, b);
    return v === v ? v : null;
  };
}

export function negate(ev: Ev): Ev {
  return (get) => {
    const v = ev(get);
    return typeof v === 'number' ? -v : null;
  };
}

/** Unary plus still demands a number. */
export function plus(ev: Ev): Ev {
  return (get) => {
    const v = ev(get);
    return typeof v === 'number' ? v : null;
  };
}

/**
 * x BETWEEN lo AND hi is lo <= x <= hi, bounds included. A NULL or non-number operand makes
 * the whole test UNKNOWN, and NOT BETWEEN is exactly NOT (BETWEEN), so it is UNKNOWN too.
 */
export function between(x: Ev, lo: Ev, hi: Ev, negated: boolean): Cond {
  return (get) => {
    const v = x(get);
    if (typeof v !== 'number') return null;
    const a = lo(get);
    if (typeof a !== 'number') return null;
    const b = hi(get);
    if (typeof b !== 'number') return null;
    return (a <= v && v <= b) !== negated;
  };
}

/** x [NOT] IN (...): x must hold a string; NULL (or another type) is UNKNOWN for IN and NOT IN. */
export function inList(x: Ev, values: ReadonlySet<string>, negated: boolean): Cond {
  return (get) => {
    const v = x(get);
    return typeof v === 'string' ? values.has(v) !== negated : null;
  };
}

/** x [NOT] LIKE pattern: x must hold a string; NULL (or another type) is UNKNOWN. */
export function like(x: Ev, match: LikeMatcher, negated: boolean): Cond {
  return (get) => {
    const v = x(get);
    return typeof v === 'string' ? match(v) !== negated : null;
  };
}

/** x IS [NOT] NULL: never UNKNOWN. */
export function isNull(x: Ev, negated: boolean): Cond {
  return (get) => (x(get) === null) !== negated;
}
