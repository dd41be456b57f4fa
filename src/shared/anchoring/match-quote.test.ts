import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuote } from './match-quote';
import { foldText } from './text-fold';

// Scoring as properties, in the manner of Hypothesis's match-quote tests: more errors score
// lower, and context that matches raises the score. The texts are generated: seeded strings
// of Han characters, edited with a letter that is in none of them.

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code));
const hanText = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((chars) => chars.join(''));

/** The quote with the characters at `positions` replaced by a letter no text has. */
function withErrors(quote: string, positions: readonly number[]): string {
  const chars = [...quote];
  for (const at of positions) chars[at] = 'x';
  return chars.join('');
}

describe('matchQuote scoring', () => {
  it('scores a quote with more errors lower', () => {
    fc.assert(
      fc.property(hanText(40, 120), hanText(24, 24), hanText(40, 120), fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 2, maxLength: 5 }), (before, quote, after, positions) => {
        const text = foldText(`${before}${quote}${after}`);
        const context = { prefix: before.slice(-16), suffix: after.slice(0, 16) };
        const fewer = matchQuote(text, withErrors(quote, positions.slice(0, positions.length - 1)), context);
        const more = matchQuote(text, withErrors(quote, positions), context);
        expect(fewer).not.toBeNull();
        expect(more).not.toBeNull();
        expect(more!.errors).toBeGreaterThan(fewer!.errors);
        expect(more!.score).toBeLessThan(fewer!.score);
      }),
      { numRuns: 60 },
    );
  });

  it('scores a match higher when its context matches', () => {
    fc.assert(
      fc.property(hanText(40, 120), hanText(12, 30), hanText(40, 120), hanText(16, 16), (before, quote, after, other) => {
        const text = foldText(`${before}${quote}${after}`);
        const right = matchQuote(text, quote, { prefix: before.slice(-16), suffix: after.slice(0, 16) });
        const wrong = matchQuote(text, quote, { prefix: other, suffix: [...other].reverse().join('') });
        expect(right!.score).toBeGreaterThan(wrong!.score);
      }),
      { numRuns: 60 },
    );
  });

  it('lands on the occurrence whose context matches among exact copies', () => {
    fc.assert(
      fc.property(hanText(30, 60), hanText(8, 20), hanText(30, 60), hanText(30, 60), (a, quote, b, c) => {
        const text = `${a}${quote}${b}${quote}${c}`;
        const second = a.length + quote.length + b.length;
        const match = matchQuote(foldText(text), quote, { prefix: b.slice(-16), suffix: c.slice(0, 16) });
        expect(match?.start).toBe(second);
      }),
      { numRuns: 60 },
    );
  });
});
