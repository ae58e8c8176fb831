import { expect } from '@open-wc/testing';
import {
  formatProblem,
  isIsoDate,
  validateArticle,
  validateBlock,
  type Problem,
  type ValidationResult,
} from '../../src/model/validate.js';
import { shorthandDocuments, validDocuments } from './documents.js';

type AnyResult = ValidationResult<unknown>;

function errorsOf(result: AnyResult): string[] {
  expect(result.ok, 'result.ok').to.equal(false);
  return result.ok ? [] : result.errors.map(formatProblem);
}

function warningsOf(result: AnyResult): string[] {
  return result.warnings.map(formatProblem);
}

/** The checked copy of a valid document. */
function valueOf<T>(result: ValidationResult<T>): T {
  if (!result.ok) throw new Error(`unexpected errors: ${result.errors.map(formatProblem)}`);
  return result.value;
}

/** The one error of validating `doc` as an article, which refuses it. */
function onlyError(doc: unknown): string {
  const errors = errorsOf(validateArticle(doc));
  expect(errors).to.have.length(1, errors.join('\n'));
  return errors[0]!;
}

/** The one problem of validating `doc` as an article: its error, or the one value dropped. */
function onlyProblem(doc: unknown): string {
  const result = validateArticle(doc);
  const problems = [...(result.ok ? [] : result.errors), ...result.warnings].filter((p) => !p.kept);
  expect(problems).to.have.length(1, problems.map(formatProblem).join('\n'));
  return formatProblem(problems[0]!);
}

/** The one value dropped from `doc`, which is still accepted. */
function onlyDropped(doc: unknown): string {
  const result = validateArticle(doc);
  expect(result.ok, 'result.ok').to.equal(true);
  return onlyProblem(doc);
}

function withBody(...body: unknown[]): unknown {
  return { headline: 'x', body };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const fullStory = validDocuments.find(({ name }) => name === 'every field and block type')!.doc;

describe('validateArticle', () => {
  describe('valid documents', () => {
    it('accepts a document with only a headline, without warnings', () => {
      const result = validateArticle({ headline: 'Pakistani vendors on Amazon' });
      expect(result).to.deep.equal({
        ok: true,
        value: { headline: 'Pakistani vendors on Amazon' },
        warnings: [],
      });
    });

    it('returns a fresh copy equal to the input', () => {
      const value = valueOf(validateArticle(fullStory));
      expect(value).to.deep.equal(fullStory);
      expect(value).not.to.equal(fullStory);
      const input = fullStory as { body: unknown[]; author: unknown[] };
      expect(value.body).not.to.equal(input.body);
      expect(value.body![0]).not.to.equal(input.body[0]);
      expect(value.author![0]).not.to.equal(input.author[0]);
    });

    it('allows $schema at the root without a warning', () => {
      const result = validateArticle({ $schema: 'https://x/article.schema.json', headline: 'x' });
      expect(valueOf(result)).to.have.property('$schema', 'https://x/article.schema.json');
      expect(result.warnings).to.deep.equal([]);
    });

    it('treats fields set to undefined as absent', () => {
      const value = valueOf(validateArticle({ headline: 'x', url: undefined, body: undefined }));
      expect(Object.keys(value)).to.deep.equal(['headline']);
    });

    it('accepts the same object used at two places', () => {
      const khan = { name: 'Masood Khan' };
      const quote = { type: 'quote', text: 'a', attribution: khan };
      const value = valueOf(
        validateArticle({ headline: 'x', author: [khan], body: [quote, quote] }),
      );
      expect(value.author).to.deep.equal([khan]);
      expect(value.body).to.deep.equal([quote, quote]);
    });
  });

  describe('unknown fields', () => {
    it('keeps them, copied, with a warning at each', () => {
      const colour = { name: 'red', shades: [1, 'two', null, true] };
      const result = validateArticle({
        headline: 'x',
        kicker: 'Exclusive',
        body: [
          { type: 'paragraph', text: 'a' },
          { type: 'paragraph', text: 'b' },
          { type: 'paragraph', text: 'c' },
          { type: 'stat', value: 1, colour },
        ],
        author: [{ name: 'A', affiliation: { name: 'B', founded: 1947 } }],
      });
      expect(warningsOf(result)).to.deep.equal([
        'kicker: unknown field, kept',
        'body[3].colour: unknown field, kept',
        'author[0].affiliation.founded: unknown field, kept',
      ]);
      const value = valueOf(result) as unknown as { kicker: string; body: { colour: unknown }[] };
      expect(value.kicker).to.equal('Exclusive');
      expect(value.body[3]!.colour).to.deep.equal(colour);
      expect(value.body[3]!.colour).not.to.equal(colour);
    });

    it('drops values that are not JSON data, with a warning', () => {
      const result = validateArticle({
        headline: 'x',
        extra: { callback: () => 1, id: 1n, tag: Symbol('t'), list: [undefined, () => 2] },
      });
      expect(warningsOf(result)).to.deep.equal([
        'extra: unknown field, kept',
        'extra.callback: is not JSON data, dropped',
        'extra.id: is not JSON data, dropped',
        'extra.tag: is not JSON data, dropped',
        'extra.list[1]: is not JSON data, dropped',
      ]);
      expect(valueOf(result)).to.deep.equal({ headline: 'x', extra: { list: [null, null] } });
    });
  });

  describe('messages', () => {
    const cases: [doc: unknown, message: string][] = [
      [{}, 'headline: is required'],
      [{ headline: null }, 'headline: expected a string, got null'],
      [{ headline: '' }, 'headline: must not be empty'],
      [{ headline: 7 }, 'headline: expected a string, got the number 7'],
      [{ headline: true }, 'headline: expected a string, got true'],
      [{ headline: ['x'] }, 'headline: expected a string, got an array'],
      [{ headline: { text: 'x' } }, 'headline: expected a string, got an object'],
      [{ headline: 1n }, 'headline: expected a string, got a bigint'],
      [{ headline: Symbol('x') }, 'headline: expected a string, got a symbol'],
      [{ headline: () => 'x' }, 'headline: expected a string, got a function'],
      [{ headline: 'x', keywords: [undefined] }, 'keywords[0]: expected a string, got undefined'],
      [{ headline: 'x', publisher: [] }, 'publisher: expected an object, got an array'],
      [{ headline: 'x', publisher: '' }, 'publisher: must not be empty'],
      [{ headline: 'x', image: 7 }, 'image: expected an object, got the number 7'],
      [
        { headline: 'x', image: 'javascript:alert(1)' },
        'image: expected an http, https or relative URL, got "javascript:alert(1)"',
      ],
      [
        { headline: 'x', author: [{ name: 'A', url: 'ftp://x' }] },
        'author[0].url: expected an http, https, mailto or relative URL, got "ftp://x"',
      ],
      [
        { headline: 'x', inLanguage: {} },
        'inLanguage: needs alternateName or name, the language tag',
      ],
      [{ headline: 'x', inLanguage: { name: '' } }, 'inLanguage.name: must not be empty'],
      [{ headline: 'x', body: 5 }, 'body: expected an object, got the number 5'],
      [
        { headline: 'x', datePublished: 'August 23, 2022' },
        'datePublished: expected an ISO 8601 date such as "2022-08-23", got "August 23, 2022"',
      ],
      [
        { headline: 'x', dateModified: 20220823 },
        'dateModified: expected a string, got the number 20220823',
      ],
      [
        withBody({ type: 'stat', value: '6,000' }),
        'body[0].value: expected a number, got the string "6,000", the stat block is dropped',
      ],
      [
        withBody({ type: 'stat', value: NaN }),
        'body[0].value: expected a number, got NaN, the stat block is dropped',
      ],
      [
        withBody({ type: 'stat', value: Infinity }),
        'body[0].value: expected a number, got Infinity, the stat block is dropped',
      ],
      [
        withBody({ type: 'stat', value: -Infinity }),
        'body[0].value: expected a number, got -Infinity, the stat block is dropped',
      ],
      [withBody({ type: 'stat' }), 'body[0].value: is required, the stat block is dropped'],
      [
        withBody({ type: 'stat', value: 1, qualifier: 'over' }),
        'body[0].qualifier: expected one of "more-than", "less-than", "at-least", "at-most", ' +
          '"about", "nearly", "up-to", got "over"',
      ],
      [
        withBody({ type: 'stat', value: 1, date: 'last year' }),
        'body[0].date: expected an ISO 8601 date such as "2022-08-23", got "last year"',
      ],
      [
        withBody({ type: 'quote', text: 'a', variant: 'big' }),
        'body[0].variant: expected one of "pull", "block", got "big"',
      ],
      [
        withBody({ type: 'quote', text: 'a', variant: null }),
        'body[0].variant: expected one of "pull", "block", got null',
      ],
      [
        withBody({ type: 'heading', text: 'a', level: 7 }),
        'body[0].level: expected one of 2, 3, 4, 5, 6, got 7',
      ],
      [
        withBody({ type: 'heading', text: 'a', level: '2' }),
        'body[0].level: expected one of 2, 3, 4, 5, 6, got "2"',
      ],
      [withBody({ type: 'paragraph' }), 'body[0]: needs text or html, the paragraph is dropped'],
      [
        withBody({ type: 'paragraph', html: 1 }),
        'body[0].html: expected a string, got the number 1, the paragraph is dropped',
      ],
      [withBody({ text: 'a' }), 'body[0].type: is required, the block is dropped'],
      [
        withBody({ type: 'chart' }),
        'body[0].type: expected one of "paragraph", "heading", "quote", "stat", "people", ' +
          '"list", "links", "image", "embed", got "chart", the block is dropped',
      ],
      [withBody('text'), 'body[0]: expected an object, got the string "text"'],
      [
        withBody({ type: 'people', items: ['A'], numberOfItems: 3.5 }),
        'body[0].numberOfItems: expected a non-negative integer, got the number 3.5',
      ],
      [
        withBody({ type: 'people', items: ['A'], numberOfItems: -1 }),
        'body[0].numberOfItems: expected a non-negative integer, got the number -1',
      ],
      [
        withBody({ type: 'people', items: ['A'], numberOfItems: '35' }),
        'body[0].numberOfItems: expected a non-negative integer, got the string "35"',
      ],
      [
        withBody({ type: 'people', items: [{ name: 'A', affiliation: {} }] }),
        'body[0].items[0].affiliation.name: is required, the organization is dropped',
      ],
      [
        withBody({ type: 'list', items: [{ text: 'a' }, { text: 'b', items: [{}] }] }),
        'body[0].items[1].items[0]: needs text or html, the list item is dropped',
      ],
      [
        withBody({ type: 'list', ordered: 'yes', items: [] }),
        'body[0].ordered: expected a boolean, got the string "yes"',
      ],
      [
        withBody({ type: 'links', items: [{}, { headline: 'b' }] }),
        'body[0].items[0].headline: is required, the link is dropped',
      ],
      [
        withBody({ type: 'links', items: [] }),
        'body[0].items: needs a link with a headline, the links block is dropped',
      ],
      [
        withBody({ type: 'people', items: [] }),
        'body[0]: needs a named member (items), a count (numberOfItems) or an organization, the people block is dropped',
      ],
      [withBody({ type: 'image' }), 'body[0].url: is required, the image block is dropped'],
      [
        withBody({ type: 'embed', url: 'https://x', image: { url: 1 } }),
        'body[0].image.url: expected a string, got the number 1, the image is dropped',
      ],
      [
        {
          headline: 'x',
          author: [{ name: 'A', affiliation: { name: 'B', logo: { url: '/', width: -2 } } }],
        },
        'author[0].affiliation.logo.width: expected a non-negative integer, got the number -2',
      ],
      [
        { headline: 'x', related: [{ headline: '' }] },
        'related[0].headline: must not be empty, the link is dropped',
      ],
    ];
    for (const [doc, message] of cases) {
      it(message, () => {
        expect(onlyProblem(doc)).to.equal(message);
      });
    }

    it('refuses a document only for its headline; every other problem drops a value', () => {
      for (const [doc] of cases) {
        const refused = onlyProblem(doc).startsWith('headline:');
        expect(validateArticle(doc).ok, onlyProblem(doc)).to.equal(!refused);
      }
    });

    it('reports a document that is not an object at the root', () => {
      for (const [doc, message] of [
        [null, 'expected an object, got null'],
        [undefined, 'expected an object, got undefined'],
        [[], 'expected an object, got an array'],
        ['story', 'expected an object, got the string "story"'],
        [42, 'expected an object, got the number 42'],
        [false, 'expected an object, got false'],
      ] as const) {
        const result = validateArticle(doc);
        expect(result.ok).to.equal(false);
        expect(result.ok ? [] : result.errors).to.deep.equal([{ path: '', message }]);
      }
    });

    it('cuts long values short', () => {
      const long = `${'a'.repeat(40)}bbbbbbbb`;
      expect(onlyDropped(withBody({ type: 'stat', value: long }))).to.equal(
        `body[0].value: expected a number, got the string "${'a'.repeat(40)}…", the stat block is dropped`,
      );
      expect(onlyDropped(withBody({ type: 'quote', text: 'q', variant: long }))).to.equal(
        `body[0].variant: expected one of "pull", "block", got "${'a'.repeat(40)}…"`,
      );
    });

    it('returns every problem, not only the first, and refuses only for the headline', () => {
      const result = validateArticle({
        headline: null,
        body: [
          { type: 'paragraph', text: 'fine' },
          { type: 'stat', value: '6,000' },
          { type: 'quote', text: 'a', variant: 'big' },
          { type: 'people', items: [{ name: 'A' }, {}] },
        ],
        related: 'none',
      });
      expect(errorsOf(result)).to.deep.equal(['headline: expected a string, got null']);
      expect(warningsOf(result)).to.deep.equal([
        'body[1].value: expected a number, got the string "6,000", the stat block is dropped',
        'body[2].variant: expected one of "pull", "block", got "big"',
        'body[3].items[1].name: is required, the person is dropped',
        'related: expected an object, got the string "none"',
      ]);
    });
  });

  describe('without the body', () => {
    const story = {
      headline: 'Pakistani vendors on Amazon',
      datePublished: 'August 23, 2022',
      body: [{ type: 'stat', value: '6,000' }, { type: 'chart' }, 'not a block'],
    };

    it('checks the story’s own fields and leaves the body unread and out of the copy', () => {
      const result = validateArticle(story, { body: false });
      expect(result.ok).to.be.true;
      if (!result.ok) return;
      expect(result.value).to.deep.equal({ headline: 'Pakistani vendors on Amazon' });
      expect(result.warnings.map((problem) => problem.path)).to.deep.equal(['datePublished']);
      // The same story read whole drops the three blocks too.
      const whole = validateArticle(story);
      expect(whole.warnings.map((problem) => problem.path)).to.include.members([
        'body[0].value',
        'body[1].type',
        'body[2]',
      ]);
    });

    it('still refuses a story without a headline', () => {
      const result = validateArticle({ body: story.body }, { body: false });
      expect(result.ok).to.be.false;
      if (!result.ok)
        expect(result.errors.map((problem) => problem.path)).to.deep.equal(['headline']);
    });
  });

  describe('dropping', () => {
    it('keeps the headline and every valid block when each object has one wrong field', () => {
      const result = validateArticle({
        headline: 'Pakistani vendors on Amazon',
        datePublished: 'August 23, 2022',
        author: [{ name: 'A', image: 5 }],
        publisher: { name: 'P', logo: { url: '/l.png', width: 'wide' } },
        body: [
          { type: 'paragraph', text: 'One.', id: 1 },
          { type: 'stat', value: '6,000' },
          { type: 'stat', value: 6000, date: 'last year' },
          { type: 'chart' },
          { type: 'quote', text: 'Q', attribution: { name: 'K', affiliation: 7 } },
        ],
      });
      const value = valueOf(result);
      expect(value).to.deep.equal({
        headline: 'Pakistani vendors on Amazon',
        author: [{ name: 'A' }],
        publisher: { name: 'P', logo: { url: '/l.png' } },
        body: [
          { type: 'paragraph', text: 'One.' },
          { type: 'stat', value: 6000 },
          { type: 'quote', text: 'Q', attribution: { name: 'K' } },
        ],
      });
      expect(result.warnings.map((problem) => problem.path)).to.deep.equal([
        'datePublished',
        'author[0].image',
        'publisher.logo.width',
        'body[0].id',
        'body[1].value',
        'body[2].date',
        'body[3].type',
        'body[4].attribution.affiliation',
      ]);
    });

    it('marks kept unknown fields apart from dropped values', () => {
      const result = validateArticle({ headline: 'x', kicker: 'k', url: 5 });
      expect(result.warnings).to.deep.equal([
        { path: 'kicker', message: 'unknown field, kept', kept: true },
        { path: 'url', message: 'expected a string, got the number 5' },
      ]);
    });
  });

  describe('shorthands', () => {
    for (const { name, doc, canonical } of shorthandDocuments) {
      it(`reads ${name} in the canonical shape, without warnings`, () => {
        const result = validateArticle(doc);
        expect(valueOf(result)).to.deep.equal(canonical);
        expect(result.warnings).to.deep.equal([]);
      });
    }
  });

  describe('never throws', () => {
    it('handles a 10 MB string', () => {
      const huge = 'x'.repeat(10 * 1024 * 1024);
      expect(valueOf(validateArticle({ headline: huge })).headline).to.have.length(huge.length);
      const message = onlyDropped(withBody({ type: 'stat', value: huge }));
      expect(message.length).to.be.below(120);
      expect(onlyDropped({ headline: 'x', datePublished: `2022${huge}` })).to.include('"2022xxx');
    });

    it('stops at 32 levels of nesting in list items', () => {
      let item: object = { text: 'deepest' };
      for (let level = 0; level < 10_000; level++) item = { text: 'x', items: [item] };
      const message = onlyDropped(withBody({ type: 'list', items: [item] }));
      // Root, body and block are 3 levels; 29 more items arrays and list items reach 32, and the
      // next list item is refused.
      const path = `body[0]${'.items[0]'.repeat(15)}`;
      expect(message).to.equal(`${path}: is nested too deeply (over 32 levels)`);
    });

    it('stops at 32 levels of nesting in unknown fields, objects and arrays alike', () => {
      let nested: unknown = 'deepest';
      for (let level = 0; level < 10_000; level++) nested = level % 2 ? { a: nested } : [nested];
      const message = onlyDropped({ headline: 'x', extra: nested });
      expect(message).to.match(/^extra(\[0\]|\.a){31}: is nested too deeply \(over 32 levels\)$/);
    });

    it('reports cycles', () => {
      const story: Record<string, unknown> = { headline: 'x' };
      story.self = story;
      expect(onlyDropped(story)).to.equal('self: is a circular reference');

      const item: Record<string, unknown> = { text: 'a' };
      item.items = [item];
      expect(onlyDropped(withBody({ type: 'list', items: [item] }))).to.equal(
        'body[0].items[0].items[0]: is a circular reference',
      );
    });

    it('refuses documents too large to check, once', () => {
      // 24 levels of an object whose two fields are the same object: 2^24 paths.
      let shared: object = {};
      for (let level = 0; level < 24; level++) shared = { left: shared, right: shared };
      const errors = errorsOf(validateArticle({ headline: 'x', extra: shared }));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/: is too large \(over 100000 values\)$/);

      const keywords = Array.from({ length: 200_000 }, () => 'k');
      expect(onlyError({ headline: 'x', keywords })).to.equal(
        'keywords: is too large (over 100000 values)',
      );
    });

    it('reports getters that throw as unreadable, and nothing more at that path', () => {
      const story = {
        get headline(): string {
          throw new Error('boom');
        },
        body: [
          {
            type: 'stat',
            get value(): number {
              throw new Error('boom');
            },
          },
        ],
        extra: {
          get secret(): string {
            throw new Error('boom');
          },
        },
      };
      const body: unknown[] = [];
      Object.defineProperty(body, 0, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const result = validateArticle(story);
      expect(errorsOf(result)).to.deep.equal(['headline: could not be read']);
      expect(warningsOf(result)).to.deep.equal([
        'body[0].value: could not be read, the stat block is dropped',
        'extra: unknown field, kept',
        'extra.secret: could not be read',
      ]);
      expect(onlyDropped({ headline: 'x', body })).to.equal('body[0]: could not be read');
    });

    it('reports Proxies that throw as unreadable', () => {
      const throwingKeys = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('boom');
          },
        },
      );
      expect(onlyError(throwingKeys)).to.equal('could not be read');
      expect(onlyDropped({ headline: 'x', publisher: throwingKeys })).to.equal(
        'publisher: could not be read',
      );
      const throwingLength = new Proxy([], {
        get(target, key) {
          if (key === 'length') throw new Error('boom');
          return Reflect.get(target, key);
        },
      });
      expect(onlyDropped({ headline: 'x', body: throwingLength })).to.equal(
        'body: could not be read',
      );
      expect(onlyDropped({ headline: 'x', publisher: revokedProxy() })).to.equal(
        'publisher: could not be read',
      );
      expect(onlyError({ headline: revokedProxy() })).to.equal(
        'headline: expected a string, got an object',
      );
    });

    it('reads an array that lies about its length as empty, or as too large', () => {
      const lying = (length: unknown) =>
        new Proxy([], {
          get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)),
        });
      expect(
        valueOf(validateArticle({ headline: 'x', keywords: lying('many') })).keywords,
      ).to.deep.equal([]);
      expect(
        valueOf(validateArticle({ headline: 'x', keywords: lying(-5) })).keywords,
      ).to.deep.equal([]);
      expect(onlyError({ headline: 'x', keywords: lying(2 ** 32) })).to.equal(
        'keywords: is too large (over 100000 values)',
      );
    });
  });

  describe('input', () => {
    it('is never changed', () => {
      const input = deepFreeze(structuredClone(fullStory) as Record<string, unknown>);
      const before = JSON.stringify(input);
      const valid = validateArticle(input);
      const invalid = validateArticle({ ...input, headline: 1, extra: input.body });
      expect(valid.ok).to.equal(true);
      expect(invalid.ok).to.equal(false);
      expect(JSON.stringify(input)).to.equal(before);
    });
  });

  describe('prototype keys', () => {
    it('are dropped with a warning, never copied, never reaching a prototype', () => {
      const input = JSON.parse(
        '{"headline":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
          '"prototype":{"polluted":3},"body":[{"type":"stat","value":1,"__proto__":{"polluted":4}}],' +
          '"extra":{"__proto__":{"polluted":5},"kept":true}}',
      ) as unknown;
      const result = validateArticle(input);
      expect(warningsOf(result)).to.deep.equal([
        '__proto__: reserved name, dropped',
        'constructor: reserved name, dropped',
        'prototype: reserved name, dropped',
        'body[0].__proto__: reserved name, dropped',
        'extra: unknown field, kept',
        'extra.__proto__: reserved name, dropped',
      ]);
      const value = valueOf(result) as unknown as Record<string, Record<string, unknown>>;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(value.body![0])).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(value.extra)).to.equal(Object.prototype);
      expect(Object.keys(value)).to.deep.equal(['headline', 'body', 'extra']);
      expect(value.extra).to.deep.equal({ kept: true });
      expect((value as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});

describe('validateBlock', () => {
  it('validates a block of any type without expectedType', () => {
    const block = { type: 'stat', value: 6000, qualifier: 'more-than' };
    const result = validateBlock(block);
    expect(result).to.deep.equal({ ok: true, value: block, warnings: [] });
    expect(valueOf(result)).not.to.equal(block);
  });

  it('accepts a block of the expected type', () => {
    expect(validateBlock({ type: 'quote', text: 'a' }, 'quote').ok).to.equal(true);
  });

  it('rejects a block of another type alone', () => {
    expect(errorsOf(validateBlock({ type: 'quote', variant: 'big' }, 'stat'))).to.deep.equal([
      'type: expected a "stat" block, got "quote"',
    ]);
  });

  it('refuses a block without what its element must show, dropping anything else', () => {
    expect(errorsOf(validateBlock({ type: 'quote', cite: 'javascript:x' }, 'quote'))).to.deep.equal(
      ['needs text or html'],
    );
    const stat = validateBlock({ type: 'stat', value: 6000, date: 'last year' }, 'stat');
    expect(valueOf(stat)).to.deep.equal({ type: 'stat', value: 6000 });
    expect(warningsOf(stat)).to.deep.equal([
      'date: expected an ISO 8601 date such as "2022-08-23", got "last year"',
    ]);
    expect(errorsOf(validateBlock({ type: 'people', items: [{}] }, 'people'))).to.deep.equal([
      'needs a named member (items), a count (numberOfItems) or an organization',
    ]);
    expect(errorsOf(validateBlock({ type: 'links', items: [{ url: '/a' }] }))).to.deep.equal([
      'items: needs a link with a headline',
    ]);
  });

  it('refuses a block whose one item, given alone rather than in a list, is dropped', () => {
    // Before, such a block came back `ok` with no value: an element had nothing to render.
    const links = validateBlock({ type: 'links', items: { headline: 5 } }, 'links');
    expect(links.ok).to.equal(false);
    expect(errorsOf(links)).to.deep.equal([
      'items.headline: expected a string, got the number 5, the link is dropped',
    ]);
  });

  it('prefixes every path with `path`', () => {
    expect(errorsOf(validateBlock({ type: 'quote', text: 'a' }, 'stat', 'body[4]'))).to.deep.equal([
      'body[4].type: expected a "stat" block, got "quote"',
    ]);
    expect(
      errorsOf(validateBlock({ type: 'stat', value: '6,000' }, undefined, 'body[4]')),
    ).to.deep.equal(['body[4].value: expected a number, got the string "6,000"']);
    expect(errorsOf(validateBlock([], 'stat', 'body[4]'))).to.deep.equal([
      'body[4]: expected an object, got an array',
    ]);
  });

  it('reports a missing, unknown or unreadable type alone', () => {
    expect(errorsOf(validateBlock({ value: 1 }))).to.deep.equal(['type: is required']);
    expect(errorsOf(validateBlock({ type: 'Stat' }, 'stat'))).to.have.length(1);
    const unreadable = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(errorsOf(validateBlock(unreadable, 'stat'))).to.deep.equal(['type: could not be read']);
  });

  it('keeps unknown fields with a warning at the prefixed path', () => {
    const result = validateBlock(
      { type: 'paragraph', text: 'a', colour: 'red' },
      undefined,
      'body[3]',
    );
    expect(warningsOf(result)).to.deep.equal(['body[3].colour: unknown field, kept']);
    expect(valueOf(result)).to.deep.equal({ type: 'paragraph', text: 'a', colour: 'red' });
  });
});

describe('isIsoDate', () => {
  it('accepts the forms the model’s dates take, and nothing else', () => {
    for (const date of [
      '2022',
      '2022-08',
      '2022-08-23',
      '2022-08-23T09:30Z',
      '2022-08-23T09:30:15.250-0400',
    ]) {
      expect(isIsoDate(date), date).to.equal(true);
    }
    for (const value of ['23 August 2022', 'yesterday', '', 20220823, null, undefined]) {
      expect(isIsoDate(value), String(value)).to.equal(false);
    }
  });
});

describe('formatProblem', () => {
  it('joins the path and the message', () => {
    const problem: Problem = { path: 'body[4].value', message: 'expected a number, got NaN' };
    expect(formatProblem(problem)).to.equal('body[4].value: expected a number, got NaN');
  });

  it('gives the message alone at the root', () => {
    expect(formatProblem({ path: '', message: 'expected an object, got null' })).to.equal(
      'expected an object, got null',
    );
  });
});
