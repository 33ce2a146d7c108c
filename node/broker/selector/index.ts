// JMS message selectors (JMS 1.1/2.0 §3.8, "Message selection"): the SQL-92 conditional
// subset a consumer uses to receive only the messages whose headers and properties match.
//
//   const s = compileSelector("JMSPriority > 4 AND JMSType = 'car'");
//   s.matches((name) => headers[name]);
//
// Compiling parses once into closures; `matches` then only runs them. The module is pure: no
// I/O, no clock, no randomness. Interpretations of the specification are noted where they
// are made (evaluate.ts, parser.ts, like.ts, lexer.ts).

import { SELECTOR_CHARS_MAX, selectorError } from './lexer.ts';
import { parseSelector } from './parser.ts';

export { SELECTOR_CHARS_MAX } from './lexer.ts';
export { SELECTOR_DEPTH_MAX } from './parser.ts';

export type HeaderValue = string | number | boolean | null;

export interface CompiledSelector {
  readonly text: string;
  /** Three-valued evaluation; a message is selected only when the result is TRUE (UNKNOWN and FALSE select nothing). */
  matches(get: (name: string) => HeaderValue | undefined): boolean;
}

/** Throws FedmqError('SELECTOR_INVALID', ...) on any bad selector. An empty or all-whitespace selector selects everything. */
export function compileSelector(text: string): CompiledSelector {
  if (typeof text !== 'string') throw selectorError('', 1, `expected the selector as a string but found ${typeof text}`);
  if (text.length > SELECTOR_CHARS_MAX) {
    throw selectorError(text, SELECTOR_CHARS_MAX + 1, `expected at most ${SELECTOR_CHARS_MAX} characters but found ${text.length}`);
  }
  const cond = parseSelector(text);
  if (cond === null) return Object.freeze({ text, matches: () => true });
  return Object.freeze({
    text,
    matches(get: (name: string) => HeaderValue | undefined): boolean {
      // The closures themselves never throw; this guards only against a throwing `get`,
      // which then selects nothing rather than failing the caller's delivery loop.
      try {
        return cond(get) === true;
      } catch {
        return false;
      }
    },
  });
}
