import { expect } from '@open-wc/testing';
import { fromJsonLd, jsonLdAdapter } from '../../src/adapters/jsonld.js';
import { toArticle, type ArticleResult } from '../../src/adapters/to-article.js';
import type { Adapter, Conversion } from '../../src/adapters/types.js';
import { validateArticle } from '../../src/model/validate.js';
import { loadSeedStory } from '../helpers/seed.js';

const ALL_FORMATS =
  'Lede Article, schema.org JSON-LD, Arc XP ANS, IPTC ninjs, Apple News Format, WordPress REST API post';

/** The conversion of a result that must have one, after checking its article is valid. */
function conversionOf(result: ArticleResult): Conversion {
  if (!result.ok) throw new Error(`not converted: ${result.message}`);
  expect(validateArticle(result.conversion.article).ok, 'valid article').to.equal(true);
  return result.conversion;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('toArticle', () => {
  it('returns a Lede Article as the validator checked it', async () => {
    const seed = await loadSeedStory();
    const validated = validateArticle(seed);
    const conversion = conversionOf(toArticle(seed));
    expect(conversion.format).to.equal('lede');
    expect(validated.ok && conversion.article).to.deep.equal(validated.ok && validated.value);
    expect(conversion.warnings).to.deep.equal([]);
  });

  it('passes on the validator’s warnings for a Lede Article', () => {
    const conversion = conversionOf(toArticle({ headline: 'Tides', mood: 'calm' }));
    expect(conversion).to.deep.equal({
      format: 'lede',
      article: { headline: 'Tides', mood: 'calm' },
      warnings: [{ path: 'mood', message: 'unknown field, kept', kept: true }],
    });
  });

  it('converts schema.org JSON-LD, even with a headline of its own', async () => {
    const response = await fetch(
      new URL('../fixtures/adapters/jsonld/graph.json', import.meta.url),
    );
    const graph: unknown = await response.json();
    expect(conversionOf(toArticle(graph))).to.deep.equal(fromJsonLd(graph));
    const single = { '@type': 'NewsArticle', headline: 'A NewsArticle' };
    expect(conversionOf(toArticle(single)).format).to.equal('jsonld');
  });

  it('hands each other format to its adapter', () => {
    const documents: [string, unknown][] = [
      ['ans', { type: 'story', version: '0.10.12', headlines: { basic: 'A tiny house' } }],
      ['ninjs', { uri: 'urn:example:1', type: 'text', headline: 'A wire story' }],
      // ninjs 1.x has a bare headline, as a Lede Article does: its adapter still claims it.
      ['ninjs', { uri: 'urn:example:2', headline: 'An older wire story' }],
      ['anf', { version: '1.7', identifier: 'story-1', title: 'An Apple story', components: [] }],
    ];
    for (const [format, document] of documents) {
      expect(conversionOf(toArticle(document)).format, format).to.equal(format);
    }
  });

  describe('a document in no format it reads', () => {
    const unknown: [string, unknown][] = [
      ['an empty object', {}],
      ['null', null],
      ['a number', 42],
      ['an array', []],
      ['a JSON string', '{"headline":"x"}'],
      ['a non-article JSON-LD node', { '@context': 'https://schema.org', '@type': 'WebPage' }],
      ['an ANS image', { type: 'image', headline: 'x', url: '/a.jpg' }],
      ['a revoked Proxy', revokedProxy()],
    ];
    for (const [name, document] of unknown) {
      it(`names every format tried for ${name}`, () => {
        expect(toArticle(document)).to.deep.equal({
          ok: false,
          message: `not a format Lede reads (tried ${ALL_FORMATS})`,
          tried: ALL_FORMATS.split(', '),
        });
      });
    }

    it('says what is wrong with a document meant as a Lede Article', () => {
      // A bad date alone would be dropped; the empty headline is what refuses the document.
      const result = toArticle({ headline: '', datePublished: 'yesterday' });
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.message).to.equal(
        // Only what refuses the document is named: the date would have been dropped.
        `not a format Lede reads (tried ${ALL_FORMATS}); as a Lede Article: ` +
          'headline: must not be empty',
      );
    });
  });

  describe('with its own list of adapters', () => {
    const claimsAll = (name: string, convert: Adapter['convert']): Adapter => ({
      format: 'ans',
      name,
      detect: () => true,
      convert,
    });
    const converts = claimsAll('Works', () => ({
      format: 'ans',
      article: { headline: 'From the second adapter' },
      warnings: [],
    }));

    it('tries only those, in order, after the Lede Article', () => {
      const result = toArticle({ '@type': 'NewsArticle', headline: 'x' }, []);
      expect(result).to.deep.equal({
        ok: false,
        message: 'not a format Lede reads (tried Lede Article)',
        tried: ['Lede Article'],
      });
      const jsonLdOnly = toArticle({ type: 'story', headlines: {} }, [jsonLdAdapter]);
      expect(!jsonLdOnly.ok && jsonLdOnly.tried).to.deep.equal([
        'Lede Article',
        'schema.org JSON-LD',
      ]);
    });

    it('moves on from an adapter that throws, though none should', () => {
      const throwsOnDetect: Adapter = {
        ...converts,
        name: 'Detect throws',
        detect: () => {
          throw new Error('boom');
        },
      };
      const throwsOnConvert = claimsAll('Convert throws', () => {
        throw new Error('boom');
      });
      const result = toArticle({}, [throwsOnDetect, throwsOnConvert, converts]);
      expect(conversionOf(result).article.headline).to.equal('From the second adapter');
    });
  });
});

describe('toArticle on real documents', function () {
  const files: [string, string][] = [
    ['jsonld/guardian-comment.json', 'jsonld'],
    ['jsonld/guardian-standard.json', 'jsonld'],
    ['ans/story-fixture-tiny-house.json', 'ans'],
    ['ninjs/20231016-addb-example-press-conference.json', 'ninjs'],
    ['ninjs/dpa_text.json', 'ninjs'],
    ['anf/example-news-article.json', 'anf'],
  ];
  const documents = new Map<string, unknown>();

  before(async function () {
    const responses = await Promise.all(
      files.map(([file]) => fetch(`/shared-fixtures/interop/${file}`)),
    );
    if (!responses.every((response) => response.ok)) {
      console.log('Shared interop fixtures not found: skipping the real-document tests.');
      this.skip();
    }
    for (const [index, response] of responses.entries()) {
      documents.set(files[index]![0], await response.json());
    }
  });

  for (const [file, format] of files) {
    it(`detects ${file} as ${format} and converts it to a valid article`, () => {
      expect(conversionOf(toArticle(documents.get(file))).format).to.equal(format);
    });
  }
});
