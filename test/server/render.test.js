// The server renderer in Node (node --test), against the npm build in dist/: every element and
// every story fixture renders to declarative shadow DOM with its inline JSON; unusable stories
// reject with their paths; each render keeps its own language.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { LEDE_ELEMENTS, LedeRenderError, renderArticle } from '../../dist/server/index.js';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const SEED = readJson('demo/data/seed-story.json');
const SHARED = '../shared/fixtures/interop';

/** The text a reader sees: tags, comments, styles and scripts removed, spaces collapsed. */
function visibleText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The JSON the element hydrates from. */
function inlineJson(markup) {
  const found = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(markup);
  assert.ok(found, 'the inline JSON is in the element');
  return JSON.parse(found[1]);
}

describe('renderArticle', () => {
  it('renders the seed story as declarative shadow DOM with every paragraph and fact', async () => {
    const { html: markup, head } = await renderArticle(SEED, { element: 'lede-article' });
    assert.match(
      markup,
      /^<lede-article lang="en" dir="ltr" lede-ssr="en en"><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.ok(markup.endsWith('</lede-article>'));
    const text = visibleText(markup);
    for (const block of SEED.body.filter((b) => b.type === 'paragraph')) {
      assert.ok(
        text.includes(block.text.replace(/\s+/g, ' ')),
        `paragraph ${block.id} is rendered`,
      );
    }
    assert.ok(text.includes(SEED.headline));
    assert.match(text, /Luis Fortuno/);
    assert.match(text, /6,000/);
    assert.equal(inlineJson(markup).headline, SEED.headline);
    assert.match(head, /<link rel="stylesheet" href="[^"]+\/lede\.css">/);
    assert.match(head, /<script type="module" src="[^"]+\/lede-hydrate\.js"><\/script>/);
  });

  for (const element of LEDE_ELEMENTS) {
    it(`renders ${element} from the seed story with content, not a placeholder or an error`, async () => {
      const { html: markup } = await renderArticle(SEED, { element, assets: '/dist/cdn/' });
      assert.ok(markup.startsWith(`<${element} `));
      assert.doesNotMatch(markup, /part="error"|part="skeleton"|aria-busy/);
      assert.ok(visibleText(markup).trim().length > 20, 'shows text');
    });
  }

  it('picks a block by id and by index', async () => {
    const byId = await renderArticle(SEED, {
      element: 'lede-pull-quote',
      blockId: 'quote-two-decades',
    });
    const quote = SEED.body.find((b) => b.id === 'quote-two-decades');
    assert.ok(visibleText(byId.html).includes(quote.text.slice(0, 40)));
    const byIndex = await renderArticle(SEED, { element: 'lede-stat-badge', index: 1 });
    assert.match(visibleText(byIndex.html), /220/);
    assert.match(byIndex.html, /index="1"/);
  });

  it('translates each render into its own language, also when two run at once', async () => {
    const [ur, fr] = await Promise.all([
      renderArticle(SEED, { element: 'lede-delegation-list', lang: 'ur' }),
      renderArticle(SEED, { element: 'lede-delegation-list', lang: 'fr' }),
    ]);
    assert.match(ur.html, /^<lede-delegation-list lang="ur" dir="rtl" lede-ssr="ur ur">/);
    assert.match(fr.html, /^<lede-delegation-list lang="fr" dir="ltr" lede-ssr="fr fr">/);
    const en = await renderArticle(SEED, { element: 'lede-delegation-list' });
    // Each language's own words and digits: the three texts differ from each other.
    const [urText, frText, enText] = [ur, fr, en].map((r) => visibleText(r.html));
    assert.match(enText, /35 members/);
    assert.doesNotMatch(frText, /35 members/);
    assert.match(frText, /35 membres/);
    assert.doesNotMatch(urText, /members|membres/);
    assert.match(urText, /[\u0600-\u06ff]/);
  });

  it('rejects an invalid story with the exact paths, writing nothing', async () => {
    await assert.rejects(
      renderArticle({ body: [{ type: 'paragraph', text: 'No headline' }] }),
      (error) => {
        assert.ok(error instanceof LedeRenderError);
        assert.deepEqual(
          error.problems.map((p) => p.path),
          ['headline'],
        );
        assert.match(error.message, /headline/);
        return true;
      },
    );
  });

  it('rejects a block the element cannot find, with its path', async () => {
    await assert.rejects(
      renderArticle(SEED, { element: 'lede-pull-quote', blockId: 'nowhere' }),
      (error) => error instanceof LedeRenderError && error.problems[0].path === 'body',
    );
  });

  it('rejects a document in no format Lede reads, and an unknown element', async () => {
    await assert.rejects(
      renderArticle({ '@context': 'https://schema.org', '@type': 'Recipe' }),
      LedeRenderError,
    );
    await assert.rejects(renderArticle(SEED, { element: 'lede-nothing' }), LedeRenderError);
  });

  it('keeps data inert: a </script> in the story cannot end the inline JSON', async () => {
    const story = { headline: 'A </script><script>alert(1)</script> headline' };
    const { html: markup } = await renderArticle(story, { element: 'lede-article-card' });
    assert.equal(markup.match(/<script/g).length, 1);
    assert.equal(inlineJson(markup).headline, story.headline);
  });

  it('writes the JSON-LD of emit-jsonld in the HTML', async () => {
    const { html: markup } = await renderArticle(SEED, { emitJsonld: true });
    const found =
      /<script type="application\/ld\+json" data-lede-emitted>([\s\S]*?)<\/script>/.exec(markup);
    assert.ok(found);
    assert.equal(JSON.parse(found[1]).headline, SEED.headline);
    assert.match(markup, / emit-jsonld[ >]/);
  });

  it('returns the values it dropped as warnings', async () => {
    const { warnings } = await renderArticle({ headline: 'H', datePublished: 'yesterday' });
    assert.deepEqual(
      warnings.map((w) => w.path),
      ['datePublished'],
    );
  });

  it('reports each problem once: the elements render the story it validated without validating it again', async () => {
    const firstStat = SEED.body.findIndex((block) => block.type === 'stat');
    const story = {
      ...SEED,
      note: 'for the desk',
      body: SEED.body.map((block, index) =>
        index === firstStat ? { ...block, note: 'checked' } : block,
      ),
    };
    const kept = [`body[${firstStat}].note`, 'note'];
    for (const element of LEDE_ELEMENTS) {
      const { warnings, article } = await renderArticle(story, { element });
      assert.deepEqual(warnings.map((w) => w.path).sort(), kept, element);
      // The caller's copy of the story is its own to change.
      assert.equal(Object.isFrozen(article), false, element);
    }
  });
});

describe('every story fixture', () => {
  const files = [];
  const collect = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) collect(path);
      else if (entry.name.endsWith('.json')) files.push(path);
    }
  };
  collect('test/fixtures');
  if (existsSync(SHARED)) collect(SHARED);

  for (const file of files) {
    it(`${file}: renders, or rejects with problems, never half`, async () => {
      const document = readJson(file);
      try {
        const { html: markup } = await renderArticle(document);
        assert.ok(markup.endsWith('</lede-article>'));
        assert.doesNotMatch(markup, /part="error"/);
        assert.ok(visibleText(markup).trim().length > 0);
      } catch (error) {
        assert.ok(error instanceof LedeRenderError, `${file}: ${error}`);
        assert.ok(error.problems.length > 0);
      }
    });
  }
});

describe('elements under Lit’s server renderer', () => {
  it('leaves src to the browser: a placeholder, no request, nothing rejected', async () => {
    let unhandled;
    const record = (reason) => (unhandled = reason);
    process.on('unhandledRejection', record);
    const markup = collectResultSync(
      render(
        html`<lede-article-card src="https://example.invalid/story.json"></lede-article-card>
          <lede-article jsonld=""></lede-article>
          <lede-pull-quote text="Spoken" attribution="Someone"></lede-pull-quote>`,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', record);
    assert.equal(unhandled, undefined);
    assert.match(markup, /part="skeleton"/);
    assert.match(visibleText(markup), /Spoken/);
  });

  it('renders data given as a property, converting nothing asynchronously', () => {
    const markup = collectResultSync(
      render(html`<lede-article-card .article=${SEED}></lede-article-card>`),
    );
    assert.ok(visibleText(markup).includes(SEED.headline));
  });
});
