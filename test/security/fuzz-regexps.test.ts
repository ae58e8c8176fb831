/**
 * No catastrophic backtracking: every regular expression in src/ — found by the test runner with
 * the TypeScript parser — scans 100 kB adversarial strings in at most 50 ms. The strings repeat
 * characters and short sequences taken from the pattern itself, then end in a character that
 * makes the match fail, which is what drives a backtracking engine to its worst case. The bound
 * is generous (a linear scan of 100 kB takes about a millisecond) and each string is tried up to
 * three times, so a busy machine does not fail it; a backtracking pattern takes seconds.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { SEED } from './fuzz/settings.js';

interface FoundRegExp {
  where: string;
  source?: string;
  flags: string;
  copyOf?: string;
}

const LENGTH = 100_000;
const LIMIT_MS = 50;
const RANDOM_UNITS = 12;

const found = await executeServerCommand<FoundRegExp[], undefined>('list-regexps');
const patterns = found.filter((item): item is FoundRegExp & { source: string } => !!item.source);

/** Characters that mean something to patterns in general, and to text and markup in Lede. */
const COMMON = [...'aA0 \t\n<>&#;=/"\'-.:%_x@\\'];

/** The characters a pattern mentions literally, plus the common ones. */
function alphabet(source: string): string[] {
  const literal = source.replace(/\\[dDwWsSbBnrtfv]/g, '').replace(/[\\^$()[\]{}|?*+]/g, '');
  return [...new Set([...COMMON, ...literal])];
}

/** Adversarial strings of about 100 kB for one pattern: repeated units and a failing end. */
function adversarial(source: string, seed: number): string[] {
  const characters = alphabet(source);
  const units = [
    ...characters,
    ...characters.slice(0, 24).map((character, index) => character + (characters[index + 1] ?? '')),
    ...fc
      .sample(fc.array(fc.constantFrom(...characters), { minLength: 2, maxLength: 8 }), {
        seed,
        numRuns: RANDOM_UNITS,
      })
      .map((unit) => unit.join('')),
  ];
  return units.map(
    (unit) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH) + '\u0000!',
  );
}

/** Milliseconds for the pattern to scan the whole string: every match, or none. */
function scanTime(pattern: RegExp, text: string): number {
  const started = performance.now();
  text.replace(pattern, '');
  return performance.now() - started;
}

describe(`regular expressions in src/ (${patterns.length} found)`, () => {
  it('are all found, literal or built from a literal or template', () => {
    expect(patterns.length).to.be.greaterThan(50);
    for (const item of found.filter((entry) => !entry.source)) {
      // A copy of another pattern's source: that pattern is tested where it is written.
      expect(item.copyOf, item.where).to.match(/^[A-Z_]+\.source$/);
    }
  });

  patterns.forEach((item, index) => {
    it(`${item.where} /${item.source.slice(0, 60)}/${item.flags} scans 100 kB in ${LIMIT_MS} ms`, () => {
      const flags = item.flags.replace(/[gy]/g, '') + 'g';
      const pattern = new RegExp(item.source, flags);
      let worst = { time: 0, sample: '' };
      for (const text of adversarial(item.source, SEED + index)) {
        // A tenth of the string first: a backtracking pattern already fails here, in a second or
        // two, instead of holding the page for minutes on the whole string.
        const tenth = scanTime(pattern, text.slice(0, LENGTH / 10));
        let time = tenth > LIMIT_MS ? tenth : scanTime(pattern, text);
        for (let retry = 0; retry < 2 && time > LIMIT_MS; retry++) {
          time = Math.min(time, scanTime(pattern, text));
        }
        if (time > worst.time) worst = { time, sample: text.slice(0, 24) };
        if (time > LIMIT_MS) break;
      }
      expect(worst.time, `slowest on ${JSON.stringify(worst.sample)}…`).to.be.at.most(LIMIT_MS);
    });
  });
});
