import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import type { LedeArticleCard } from '../../src/components/article-card/article-card.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import { captureWarnings } from '../helpers/events.js';

const headline = (el: Element) =>
  el.shadowRoot!.querySelector('[part=headline]')?.textContent?.replace(/\s+/g, ' ').trim();
const dateline = (el: Element) => el.shadowRoot!.querySelector('[part=dateline]')?.textContent;

async function loaded(el: LedeArticleCard): Promise<LedeLoadEvent> {
  const event = (await oneEvent(el, 'lede-load')) as LedeLoadEvent;
  await el.updateComplete;
  return event;
}

describe('data source: other publishers’ formats', () => {
  const formats: [string, string, string, string | undefined][] = [
    [
      'schema.org JSON-LD',
      'jsonld/news-article.json',
      'Harbour council approves year-round ferry to Skerry Island',
      undefined,
    ],
    [
      'Arc XP ANS',
      'ans/story-full.json',
      'Harbour ferry returns to Kestrel Bay after two-year pause',
      'KESTREL BAY, Maine',
    ],
    ['IPTC ninjs', 'ninjs/ninjs3-story.json', 'Harbour bridge gets green light', 'Port Aldwick'],
    [
      'Apple News Format',
      'anf/anf-story.json',
      'Night trains return to the valley line',
      undefined,
    ],
    [
      'a WordPress REST API post',
      'wordpress/post-embed.json',
      'More than 6,000 Pakistani vendors registered on Amazon, ambassador says',
      undefined,
    ],
  ];
  for (const [name, file, expected, place] of formats) {
    it(`renders ${name} from src`, async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card src=${`/test/fixtures/adapters/${file}`}></lede-article-card>`,
      );
      const event = await loaded(el);
      expect(event.detail.source).to.equal('src');
      expect(headline(el)).to.equal(expected);
      if (place) expect(dateline(el)).to.equal(place);
      await expect(el).to.be.accessible();
    });
  }

  it('reads inline JSON-LD', async () => {
    const el = await fixture<LedeArticleCard>(html`
      <lede-article-card>
        <script type="application/ld+json">
          { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Inline JSON-LD" }
        </script>
      </lede-article-card>
    `);
    await loaded(el);
    expect(headline(el)).to.equal('Inline JSON-LD');
  });

  describe('the page’s own JSON-LD', () => {
    const scripts: HTMLScriptElement[] = [];
    function addJsonLd(data: unknown, id?: string) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      if (id) script.id = id;
      script.append(JSON.stringify(data));
      document.head.append(script);
      scripts.push(script);
    }
    beforeEach(() => {
      addJsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'The Gazette' });
      addJsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'First on the page',
      });
      addJsonLd(
        {
          '@context': 'https://schema.org',
          '@type': 'ReportageNewsArticle',
          headline: 'Second on the page',
        },
        'second-story',
      );
    });
    afterEach(() => scripts.splice(0).forEach((script) => script.remove()));

    it('takes the first article on the page', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card jsonld></lede-article-card>`,
      );
      const event = await loaded(el);
      expect(event.detail.source).to.equal('jsonld');
      expect(headline(el)).to.equal('First on the page');
    });

    it('takes the script a selector names', async () => {
      const el = await fixture<LedeArticleCard>(
        html`<lede-article-card jsonld="#second-story"></lede-article-card>`,
      );
      await loaded(el);
      expect(headline(el)).to.equal('Second on the page');
    });
  });

  it('names every format it tried when it recognises none', async () => {
    const warnings = captureWarnings();
    const el = await fixture<LedeArticleCard>(html`
      <lede-article-card>
        <script type="application/json">
          { "type": "spreadsheet", "rows": [] }
        </script>
      </lede-article-card>
    `);
    const event = (await oneEvent(el, 'lede-error')) as LedeErrorEvent;
    await el.updateComplete;
    warnings.stop();
    expect(event.detail.cause).to.equal('unrecognized');
    expect(event.detail.problems[0]!.message)
      .to.contain('schema.org JSON-LD')
      .and.contain('Arc XP ANS');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.equal(
      'The story’s data is in a format Lede does not read.',
    );
    expect(warnings.messages).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
