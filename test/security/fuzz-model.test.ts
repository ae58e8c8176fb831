/**
 * Fuzzing the parts of Lede that take untrusted input without a DOM: the validator, format
 * detection and every adapter, the inline-HTML parser and the URL policy.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { anfAdapter } from '../../src/adapters/anf.js';
import { ansAdapter } from '../../src/adapters/ans.js';
import { jsonLdAdapter } from '../../src/adapters/jsonld.js';
import { ninjsAdapter } from '../../src/adapters/ninjs.js';
import { toArticle } from '../../src/adapters/to-article.js';
import { type InlineNode, parseInlineHtml } from '../../src/model/inline-html.js';
import { safeUrl } from '../../src/model/safe-url.js';
import { validateArticle } from '../../src/model/validate.js';
import { anyJson, loadFixtures, mutated, PURE_RUNS, settings } from './fuzz/settings.js';
import { htmlish, serialize, urlish } from './fuzz/strings.js';

const fixtures = await loadFixtures(
  await executeServerCommand<string[], undefined>('list-fixtures'),
);
const ADAPTERS = [jsonLdAdapter, ansAdapter, ninjsAdapter, anfAdapter];

/** What every input must give: a valid article or a refusal with reasons, never a throw. */
function expectWellFormed(document: unknown): void {
  const validation = validateArticle(document);
  if (validation.ok) expect(validateArticle(validation.value).ok).to.equal(true);
  else expect(validation.errors.length).to.be.greaterThan(0);
  const converted = toArticle(document);
  if (converted.ok) expect(validateArticle(converted.conversion.article).ok).to.equal(true);
  else expect(converted.message).to.be.a('string');
  for (const adapter of ADAPTERS) {
    if (!adapter.detect(document)) continue;
    expect(validateArticle(adapter.convert(document).article).ok, adapter.name).to.equal(true);
  }
}

const INLINE_TAGS = ['a', 'em', 'i', 'strong', 'b', 'br', 'sub', 'sup', 'q', 'abbr'];

function expectInlineSubset(nodes: InlineNode[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    expect(INLINE_TAGS).to.include(node.tag);
    const attributes = Object.keys(node).filter((key) => key !== 'tag' && key !== 'children');
    const allowed = node.tag === 'a' ? ['href', 'title'] : node.tag === 'abbr' ? ['title'] : [];
    for (const attribute of attributes) expect(allowed).to.include(attribute);
    if (node.href !== undefined) expect(safeUrl(node.href)).to.equal(node.href);
    expectInlineSubset(node.children);
  }
}

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'];

describe(`fuzzing the model and adapters (${PURE_RUNS} runs a property)`, () => {
  it('any JSON value gives a valid article or a refusal from the validator and each adapter', () => {
    fc.assert(fc.property(anyJson(), expectWellFormed), settings(PURE_RUNS));
  });

  it(`mutations of the seed story and ${fixtures.length} fixtures do the same`, () => {
    fc.assert(fc.property(mutated(fixtures), expectWellFormed), settings(PURE_RUNS));
  });

  it('the inline parser keeps only the allow-list, and its serialization parses to itself', () => {
    fc.assert(
      fc.property(htmlish(), (html) => {
        const nodes = parseInlineHtml(html);
        expectInlineSubset(nodes);
        expect(parseInlineHtml(serialize(nodes))).to.deep.equal(nodes);
      }),
      settings(PURE_RUNS),
    );
  });

  it('safeUrl gives nothing, or an http(s), mailto, relative or fragment URL', () => {
    const base = 'https://example.com/news/story';
    fc.assert(
      fc.property(urlish(), fc.boolean(), (value, allowMailto) => {
        const url = safeUrl(value, { allowMailto });
        if (url === undefined) return;
        let resolved: URL;
        try {
          resolved = new URL(url, base);
        } catch {
          return; // No browser loads or follows what it cannot parse.
        }
        expect(ALLOWED_PROTOCOLS, url).to.include(resolved.protocol);
        if (!allowMailto) expect(resolved.protocol, url).not.to.equal('mailto:');
        // What an <a> on this page would follow, by the browser's own parser; its protocol is
        // ':' when the link is invalid and goes nowhere (`https:` alone, on an http page).
        const link = document.createElement('a');
        link.href = url;
        expect([...ALLOWED_PROTOCOLS, ':'], url).to.include(link.protocol);
      }),
      settings(PURE_RUNS),
    );
  });
});
