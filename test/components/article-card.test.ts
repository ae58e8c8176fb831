import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import '../../src/components/article-card/define.js';
import type { LedeArticleCard } from '../../src/components/article-card/article-card.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { heightsWhileLoading } from '../helpers/loading.js';
import { loadSeedStory } from '../helpers/seed.js';

async function loadFixture(name: string): Promise<Article> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  return (await response.json()) as Article;
}

const seed = await loadSeedStory();
const story = await loadFixture('article-card-story.json');
const minimal = await loadFixture('article-card-minimal.json');
const storyJson = JSON.stringify(story);
const invalidJson = JSON.stringify(await loadFixture('article-card-invalid.json'));
const PHOTO = '/demo/elements/article-card-photo.svg';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<E>(selector);
const text = (el: Element, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
/** Whether the card's shadow root holds a match (a boolean keeps failure messages short). */
const has = (el: Element, selector: string) => shadow(el).querySelector(selector) !== null;
const rect = (el: Element, selector: string) => $(el, selector)!.getBoundingClientRect();

/** Renders `template` inside a box `width` pixels wide, in direction `dir`, and returns the card. */
async function card(template: TemplateResult, width = 360, dir?: 'rtl'): Promise<LedeArticleCard> {
  const box = await fixture<HTMLDivElement>(
    html`<div dir=${dir ?? nothing} style="width: ${width}px">${template}</div>`,
  );
  const el = box.querySelector('lede-article-card')!;
  await el.updateComplete;
  return el;
}

function withArticle(changes: Partial<Article>): Article {
  return { ...story, ...changes };
}

describe('lede-article-card', () => {
  describe('with the seed story', () => {
    it('shows its headline, section, dek, dateline, date, agency and reading time', async () => {
      const el = await card(html`<lede-article-card .article=${seed}></lede-article-card>`);
      expect(text(el, '[part=headline]')).to.equal(
        'More than 6,000 Pakistani vendors registered on Amazon last year, says ambassador',
      );
      expect(text(el, '[part=section]')).to.equal('Business');
      expect(text(el, '[part=dek]')).to.match(/^Masood Khan, Pakistan’s Ambassador/);
      expect(text(el, '[part=dateline]')).to.equal('Washington DC');
      const time = $(el, 'time')!;
      expect(time.getAttribute('datetime')).to.equal('2022-08-23');
      expect(time.textContent).to.equal('August 23, 2022');
      expect(text(el, '[part=source]')).to.equal('TDI');
      // 603 words in its paragraphs and quotes, at 230 words a minute.
      expect(text(el, '[part=reading-time]')).to.equal('3 min read');
      expect(text(el, '[part=details]')).to.equal(
        'Washington DC · August 23, 2022 · TDI · 3 min read',
      );
      await expect(el).to.be.accessible();
    });

    it('has no link and no image, since the story gives no URL and no picture', async () => {
      const el = await card(html`<lede-article-card .article=${seed}></lede-article-card>`);
      expect(has(el, 'a')).to.equal(false);
      expect(has(el, 'img')).to.equal(false);
      expect($(el, 'h3')!.textContent!.trim()).to.match(/^More than 6,000/);
    });

    it('formats the date in the language of the nearest lang attribute', async () => {
      const box = await fixture<HTMLDivElement>(html`
        <div>
          <div lang="en-GB"><lede-article-card .article=${seed}></lede-article-card></div>
          <div lang="fr"><lede-article-card .article=${seed}></lede-article-card></div>
        </div>
      `);
      const [british, french] = [...box.querySelectorAll('lede-article-card')];
      await british!.updateComplete;
      await french!.updateComplete;
      expect($(british!, 'time')!.textContent).to.equal('23 August 2022');
      expect($(french!, 'time')!.textContent).to.equal('23 août 2022');
      expect($(french!, 'time')!.getAttribute('datetime')).to.equal('2022-08-23');
    });

    it('loads the seed story from its file with src', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('lede-article-card');
      const loaded = oneEvent(el, 'lede-load');
      el.src = '/demo/data/seed-story.json';
      box.append(el);
      const event = (await loaded) as LedeLoadEvent;
      expect(event.detail.source).to.equal('src');
      expect(text(el, '[part=headline]')).to.match(/^More than 6,000 Pakistani vendors/);
      expect(text(el, '[part=dateline]')).to.equal('Washington DC');
      await expect(el).to.be.accessible();
    });
  });

  describe('the headline link', () => {
    it('links the headline to the story, with the headline alone as its name', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      const links = shadow(el).querySelectorAll('a');
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(link.getAttribute('href')).to.equal('https://example.com/business/tech-exports');
      expect(link.textContent).to.equal(story.headline);
      expect(link.parentElement!.tagName).to.equal('H3');
      await expect(el).to.be.accessible();
    });

    it('makes the whole card clickable through the link', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      // The part name of what a pointer over the middle of `selector` would click.
      const hit = (selector: string) => {
        const box = rect(el, selector);
        const x = box.x + box.width / 2;
        return shadow(el)
          .elementFromPoint(x, box.y + box.height / 2)
          ?.getAttribute('part');
      };
      expect(hit('img')).to.equal('link');
      expect(hit('[part=dek]')).to.equal('link');
      expect(hit('[part=section]')).to.equal('link');
      expect(hit('[part=reading-time]')).to.equal('link');
      // The agency's abbreviation stays above the link so its full name shows on hover.
      expect(hit('abbr')).to.equal('source');
    });

    it('is reached with Tab and shows a focus ring around the card', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      await sendKeys({ press: 'Tab' });
      const link = $(el, 'a')!;
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('link');
      const ring = getComputedStyle(link, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.position).to.equal('absolute');
      expect(parseFloat(ring.height)).to.be.closeTo(rect(el, '[part=base]').height, 1);
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    });

    it('renders the headline as text when the URL is unsafe', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ url: 'javascript:alert(1)' })}
        ></lede-article-card>`,
      );
      expect(has(el, 'a')).to.equal(false);
      expect(has(el, '[href]')).to.equal(false);
      expect(text(el, '[part=headline]')).to.equal(story.headline);
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the headline, 3 by default', async () => {
      const levels: [string | undefined, string][] = [
        [undefined, 'H3'],
        ['2', 'H2'],
        ['5', 'H5'],
        ['6', 'H6'],
        ['9', 'H3'],
        ['one', 'H3'],
      ];
      for (const [level, tag] of levels) {
        const el = await card(
          level === undefined
            ? html`<lede-article-card .article=${story}></lede-article-card>`
            : html`<lede-article-card
                .article=${story}
                heading-level=${level}
              ></lede-article-card>`,
        );
        expect($(el, '[part=headline]')!.tagName, `heading-level ${level}`).to.equal(tag);
      }
    });
  });

  describe('language', () => {
    it('marks the story’s own text with its language when it differs from the card’s', async () => {
      const urdu = withArticle({ inLanguage: 'ur', headline: 'ایمیزون پر پاکستانی فروش' });
      const el = await card(html`<lede-article-card .article=${urdu}></lede-article-card>`);
      expect($(el, '[part=headline]')!.getAttribute('lang')).to.equal('ur');
      expect($(el, '[part=dek]')!.getAttribute('lang')).to.equal('ur');
      expect($(el, '[part=meta]')!.closest('[lang]') === null).to.equal(true);
      const english = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      expect($(english, '[part=headline]')!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('the image', () => {
    it('offers the widths of the same picture as srcset, leaving other crops out', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('src')).to.equal(`${PHOTO}?w=800`);
      expect(img.getAttribute('srcset')).to.equal(`${PHOTO}?w=800 800w, ${PHOTO}?w=1600 1600w`);
      expect(img.getAttribute('sizes')).to.match(/^auto, /);
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.alt).to.equal('A city skyline at dusk under an amber sky');
    });

    it('uses one src without srcset or sizes when there is one width', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: PHOTO, width: 1600, height: 900, alt: 'x' }] })}
        ></lede-article-card>`,
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('src')).to.equal(PHOTO);
      expect(img.hasAttribute('srcset')).to.equal(false);
      expect(img.hasAttribute('sizes')).to.equal(false);
    });

    it('reserves the box from width and height before the image loads', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: PHOTO, width: 1200, height: 600 }] })}
        ></lede-article-card>`,
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('600');
      expect(getComputedStyle(img).aspectRatio).to.equal('auto 1200 / 600');
      expect(getComputedStyle(img).objectFit).to.equal('cover');
      expect(img.getBoundingClientRect().width).to.equal(360);
    });

    it('reserves a 16:9 box when the data gives no size', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: `${PHOTO}?unsized` }] })}
        ></lede-article-card>`,
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.hasAttribute('width')).to.equal(false);
      expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 0.5);
    });

    it('treats an image without alt as decorative', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: PHOTO, width: 1600, height: 900 }] })}
        ></lede-article-card>`,
      );
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('renders no image and no empty box for an unsafe URL', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: 'javascript:alert(1)', alt: 'x' }] })}
        ></lede-article-card>`,
      );
      expect(has(el, 'img')).to.equal(false);
      expect($(el, '[part=base]')!.firstElementChild!.getAttribute('part')).to.equal('body');
    });

    it('drops an image that fails to load instead of showing a broken box', async () => {
      const el = await card(
        html`<lede-article-card
          .article=${withArticle({ image: [{ url: '/demo/elements/no-such-photo.svg' }] })}
        ></lede-article-card>`,
      );
      const img = $<HTMLImageElement>(el, 'img')!;
      if (!img.complete) await oneEvent(img, 'error');
      await elementUpdated(el);
      expect(has(el, 'img')).to.equal(false);
      expect(text(el, '[part=headline]')).to.equal(story.headline);
    });
  });

  describe('the meta line', () => {
    it('shows the agency’s abbreviation with its full name, the authors and reading time', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      const abbr = $(el, 'abbr')!;
      expect(abbr.textContent).to.equal('CWS');
      expect(abbr.title).to.equal('Capital Wire Service');
      expect(text(el, '[part=byline]')).to.equal('By Ayesha Raza and John Smith');
      expect(text(el, '[part=reading-time]')).to.equal('4 min read');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2022-08-23T09:30:00+05:00');
      expect($(el, 'time')!.textContent).to.equal('August 23, 2022');
    });

    it('lists three authors in the element’s language', async () => {
      const authors = [{ name: 'A. Raza' }, { name: 'B. Khan' }, { name: 'C. Smith' }];
      const el = await card(
        html`<lede-article-card .article=${withArticle({ author: authors })}></lede-article-card>`,
      );
      expect(text(el, '[part=byline]')).to.equal('By A. Raza, B. Khan, and C. Smith');
    });

    it('says "1 min read" for a short body and hides the reading time without one', async () => {
      const short = await card(
        html`<lede-article-card
          .article=${withArticle({ body: [{ type: 'paragraph', text: 'A few words.' }] })}
        ></lede-article-card>`,
      );
      expect(text(short, '[part=reading-time]')).to.equal('1 min read');
      const none = await card(
        html`<lede-article-card .article=${withArticle({ body: [] })}></lede-article-card>`,
      );
      expect(has(none, '[part=reading-time]')).to.equal(false);
      expect(text(none, '[part=details]')).to.not.match(/read/);
    });

    it('reads a whole story’s body only for its reading time, and counts it once per body', async () => {
      const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
      const body = [
        { type: 'paragraph', text: words(400) },
        { type: 'stat', value: '6,000' },
        { type: 'chart' },
      ] as unknown as Article['body'];
      const loads = recordEvents(document, 'lede-load');
      const first = await card(
        html`<lede-article-card .article=${withArticle({ body })}></lede-article-card>`,
      );
      expect(text(first, '[part=reading-time]')).to.equal('2 min read');
      // The blocks it does not show are neither checked nor reported.
      const warnings = (loads[0] as LedeLoadEvent).detail.warnings;
      expect(warnings.filter((problem) => problem.path.startsWith('body'))).to.deep.equal([]);
      // A second story with the same body, as a front page's copies share it; a new body counts anew.
      const second = await card(
        html`<lede-article-card
          .article=${withArticle({ headline: 'Another', body })}
        ></lede-article-card>`,
      );
      expect(text(second, '[part=reading-time]')).to.equal('2 min read');
      first.article = withArticle({ body: [{ type: 'paragraph', text: words(700) }] });
      await first.updateComplete;
      expect(text(first, '[part=reading-time]')).to.equal('4 min read');
      await expect(first).to.be.accessible();
    });

    it('counts only a body of the story’s own, never an inherited or unreadable one', async () => {
      const inherited = Object.assign(
        Object.create({ body: [{ type: 'paragraph', text: 'word '.repeat(1000) }] }) as object,
        withArticle({ body: undefined }),
      ) as Article;
      delete (inherited as { body?: unknown }).body;
      const first = await card(html`<lede-article-card .article=${inherited}></lede-article-card>`);
      expect(text(first, '[part=headline]')).to.equal(story.headline);
      expect(has(first, '[part=reading-time]')).to.equal(false);
      const unreadable = withArticle({});
      Object.defineProperty(unreadable, 'body', {
        enumerable: true,
        get() {
          throw new Error('no body');
        },
      });
      const second = await card(
        html`<lede-article-card .article=${unreadable}></lede-article-card>`,
      );
      expect(text(second, '[part=headline]')).to.equal(story.headline);
      expect(has(second, '[part=reading-time]')).to.equal(false);
      await expect(second).to.be.accessible();
    });

    it('omits the meta line when the story has nothing for it', async () => {
      const el = await card(html`<lede-article-card .article=${minimal}></lede-article-card>`);
      expect(has(el, '[part=meta]')).to.equal(false);
      expect(text(el, '[part=base]')).to.equal(minimal.headline);
      await expect(el).to.be.accessible();
    });
  });

  describe('data sources', () => {
    const { fake } = fakeFetchInEachTest();

    it('reads the article property', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      expect(text(el, '[part=headline]')).to.equal(story.headline);
      expect(fake.requests).to.have.length(0);
    });

    it('reads inline JSON', async () => {
      const el = await card(html`
        <lede-article-card>
          <script type="application/json">
            ${storyJson}
          </script>
        </lede-article-card>
      `);
      expect(text(el, '[part=headline]')).to.equal(story.headline);
      expect(text(el, '[part=byline]')).to.equal('By Ayesha Raza and John Smith');
      await expect(el).to.be.accessible();
    });

    it('loads src, showing a skeleton until the data arrives', async () => {
      const el = await card(html`<lede-article-card src="/story.json"></lede-article-card>`);
      const [request] = await fake.waitForRequests(1);
      expect(request!.url).to.equal('/story.json');
      const skeleton = $(el, '[part=skeleton]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.textContent!.trim()).to.equal('Loading');
      expect(has(el, '[part=headline]')).to.equal(false);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'lede-load');
      request!.respond(storyJson);
      expect(((await loaded) as LedeLoadEvent).detail.source).to.equal('src');
      expect(has(el, '[part=skeleton]')).to.equal(false);
      expect(text(el, '[part=headline]')).to.equal(story.headline);
    });

    it('builds a card from attributes', async () => {
      const el = await card(html`
        <lede-article-card
          headline="Pakistan’s Ambassador to US meets World Bank Officials"
          href="/stories/world-bank"
          dek="Talks covered energy and climate finance."
          section="Diplomacy"
          image=${PHOTO}
          image-alt="A skyline at dusk"
          date="2022-08-25"
          dateline="Washington DC"
          source="TDI"
          author="Ayesha Raza; John Smith"
        ></lede-article-card>
      `);
      expect(text(el, 'a')).to.equal('Pakistan’s Ambassador to US meets World Bank Officials');
      expect($(el, 'a')!.getAttribute('href')).to.equal('/stories/world-bank');
      expect(text(el, '[part=dek]')).to.equal('Talks covered energy and climate finance.');
      expect(text(el, '[part=section]')).to.equal('Diplomacy');
      expect($(el, 'img')!.getAttribute('src')).to.equal(PHOTO);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('A skyline at dusk');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2022-08-25');
      expect(text(el, '[part=details]')).to.equal('Washington DC · August 25, 2022 · TDI');
      expect(text(el, '[part=byline]')).to.equal('By Ayesha Raza and John Smith');
      await expect(el).to.be.accessible();
    });

    it('takes the property first, then inline JSON, then src, then attributes', async () => {
      const fromProperty = { headline: 'From the property' };
      const el = await card(html`
        <lede-article-card .article=${fromProperty} src="/story.json" headline="From attributes">
          <script type="application/json">
            { "headline": "From inline JSON" }
          </script>
        </lede-article-card>
      `);
      expect(text(el, '[part=headline]')).to.equal('From the property');
      expect(fake.requests).to.have.length(0);

      el.article = undefined;
      await el.updateComplete;
      expect(text(el, '[part=headline]')).to.equal('From inline JSON');
      expect(fake.requests).to.have.length(0);

      el.querySelector('script')!.remove();
      await elementUpdated(el);
      const [request] = await fake.waitForRequests(1);
      const loaded = oneEvent(el, 'lede-load');
      request!.respond(JSON.stringify({ headline: 'From src' }));
      await loaded;
      expect(text(el, '[part=headline]')).to.equal('From src');

      el.removeAttribute('src');
      await el.updateComplete;
      expect(text(el, '[part=headline]')).to.equal('From attributes');
    });
  });

  describe('states', () => {
    const { fake } = fakeFetchInEachTest();

    /** Loads src through the fake fetch, answering with `body`, and returns the events. */
    async function failing(body: string, init?: ResponseInit, src = '/story.json') {
      const warnings = captureWarnings();
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = recordEvents(box, 'lede-error', 'lede-load');
      const el = document.createElement('lede-article-card');
      el.src = src;
      box.append(el);
      if (src.startsWith('/')) {
        const [request] = await fake.waitForRequests(1);
        const failed = oneEvent(el, 'lede-error');
        request!.respond(body, init);
        await failed;
      } else {
        await el.updateComplete;
      }
      warnings.stop();
      return { el, events, warnings: warnings.messages };
    }

    it('keeps the final size while loading: image box and text lines', async () => {
      const el = await card(html`<lede-article-card src="/story.json"></lede-article-card>`);
      await fake.waitForRequests(1);
      const image = rect(el, '.skeleton-image');
      expect(image.width).to.equal(360);
      expect(image.height).to.be.closeTo((360 * 9) / 16, 0.5);
      expect(shadow(el).querySelectorAll('.skeleton-line').length).to.be.greaterThan(4);
      const { loading, final } = await heightsWhileLoading(el, fake, storyJson);
      expect(Math.abs(loading - final) / final).to.be.lessThan(0.05);
    });

    it('keeps the final size of a card marked no-image while loading, in a column', async () => {
      for (const layout of ['vertical', 'horizontal'] as const) {
        for (const width of [300, 360]) {
          const el = await card(
            html`<lede-article-card
              src="/story.json"
              layout=${layout}
              no-image
            ></lede-article-card>`,
            width,
          );
          expect(has(el, '.skeleton-image'), `${layout} at ${width}px`).to.equal(false);
          const { loading, final } = await heightsWhileLoading(el, fake, storyJson);
          expect(Math.abs(loading - final) / final, `${layout} at ${width}px`).to.be.lessThan(0.05);
        }
      }
    });

    it('has no image box in the compact skeleton', async () => {
      const el = await card(
        html`<lede-article-card src="/story.json" layout="compact"></lede-article-card>`,
      );
      await fake.waitForRequests(1);
      expect(has(el, '.skeleton-image')).to.equal(false);
      expect(has(el, '[part=skeleton]')).to.equal(true);
    });

    it('keeps its placeholder’s size when the story fails to load, and only then', async () => {
      const el = await card(html`<lede-article-card src="/story.json"></lede-article-card>`);
      const [request] = await fake.waitForRequests(1);
      const loading = el.getBoundingClientRect().height;
      expect(loading).to.be.greaterThan(300);
      const failed = oneEvent(el, 'lede-error');
      request!.respond('Not found', { status: 404 });
      await failed;
      await el.updateComplete;
      expect(text(el, '[part=error]')).to.equal('The story could not be loaded (HTTP 404).');
      expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
      await expect(el).to.be.accessible();
      // Invalid data given at once had no placeholder: its message takes its own size.
      el.article = { headline: 42 } as unknown as Article;
      await el.updateComplete;
      expect(has(el, '[part=error]')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.lessThan(100);
    });

    it('shows an error for a 404', async () => {
      const { el, events, warnings } = await failing('Not found', { status: 404 });
      expect(text(el, '[part=error]')).to.equal('The story could not be loaded (HTTP 404).');
      expect(events).to.have.length(1);
      expect((events[0] as LedeErrorEvent).detail).to.include({ cause: 'http', status: 404 });
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows an error for a response that is not JSON', async () => {
      const { el, events, warnings } = await failing('<!doctype html><title>Oops</title>');
      expect(text(el, '[part=error]')).to.equal('The story’s data is not valid JSON.');
      expect((events[0] as LedeErrorEvent).detail.cause).to.equal('not-json');
      expect(events).to.have.length(1);
      expect(warnings).to.have.length(1);
    });

    it('shows an error naming the headline when the story has no usable one', async () => {
      const { el, events, warnings } = await failing(invalidJson);
      expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
      const { detail } = events[0] as LedeErrorEvent;
      expect(detail.cause).to.equal('invalid');
      // The unsafe url is dropped and the author's name is a shorthand: only the headline refuses.
      expect(detail.problems.map((problem) => problem.path)).to.deep.equal(['headline']);
      expect(events).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/headline/);
      expect(has(el, 'a')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: src without making a request', async () => {
      const { el, events, warnings } = await failing('', undefined, 'javascript:alert(1)');
      expect(fake.requests).to.have.length(0);
      expect(text(el, '[part=error]')).to.equal('This story’s address is not allowed.');
      expect((events[0] as LedeErrorEvent).detail.cause).to.equal('unsafe-url');
      expect(events).to.have.length(1);
      expect(warnings).to.have.length(1);
    });

    it('renders nothing and fires nothing without data', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = recordEvents(box, 'lede-error', 'lede-load');
      const el = document.createElement('lede-article-card');
      box.append(el);
      await el.updateComplete;
      expect(shadow(el).textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(events).to.have.length(0);
    });
  });

  describe('layouts', () => {
    const layouts = ['vertical', 'horizontal', 'compact', 'hero'] as const;

    it('reflects the layout, vertical by default', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      expect(el.getAttribute('layout')).to.equal('vertical');
      el.layout = 'hero';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('hero');
    });

    it('vertical: puts the image above the text', async () => {
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`, 800);
      expect(rect(el, 'img').bottom).to.be.at.most(rect(el, '[part=section]').top);
      expect(rect(el, 'img').width).to.equal(800);
    });

    it('horizontal: sets the image beside the text when wide, above it when narrow', async () => {
      const wide = await card(
        html`<lede-article-card .article=${story} layout="horizontal"></lede-article-card>`,
        800,
      );
      expect(rect(wide, 'img').right).to.be.at.most(rect(wide, '[part=body]').left);
      expect(rect(wide, 'img').top).to.equal(rect(wide, '[part=body]').top);
      const narrow = await card(
        html`<lede-article-card .article=${story} layout="horizontal"></lede-article-card>`,
        300,
      );
      expect(rect(narrow, 'img').bottom).to.be.at.most(rect(narrow, '[part=body]').top);
      expect(rect(narrow, 'img').width).to.equal(300);
    });

    it('no-image: leaves out the story’s image in any layout, and reflects the attribute', async () => {
      for (const layout of layouts) {
        const el = await card(
          html`<lede-article-card .article=${story} layout=${layout} no-image></lede-article-card>`,
          800,
        );
        expect(has(el, 'img'), layout).to.equal(false);
        expect(text(el, '[part=headline]'), layout).to.equal(story.headline);
        await expect(el).to.be.accessible();
      }
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      expect(has(el, 'img')).to.equal(true);
      el.noImage = true;
      await el.updateComplete;
      expect(el.hasAttribute('no-image')).to.equal(true);
      expect(has(el, 'img')).to.equal(false);
    });

    it('compact: shows no image and a smaller headline', async () => {
      const compact = await card(
        html`<lede-article-card .article=${story} layout="compact"></lede-article-card>`,
      );
      const vertical = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      expect(has(compact, 'img')).to.equal(false);
      expect(text(compact, 'a')).to.equal(story.headline);
      const size = (el: Element) =>
        parseFloat(getComputedStyle($(el, '[part=headline]')!).fontSize);
      expect(size(compact)).to.be.lessThan(size(vertical));
      expect(compact.getBoundingClientRect().height).to.be.lessThan(
        vertical.getBoundingClientRect().height / 2,
      );
      await expect(compact).to.be.accessible();
    });

    it('hero: a large headline on a panel over the image when wide, under it when narrow', async () => {
      const hero = await card(
        html`<lede-article-card .article=${story} layout="hero"></lede-article-card>`,
        1000,
      );
      const vertical = await card(
        html`<lede-article-card .article=${story}></lede-article-card>`,
        1000,
      );
      const size = (el: Element) =>
        parseFloat(getComputedStyle($(el, '[part=headline]')!).fontSize);
      expect(size(hero)).to.be.greaterThan(size(vertical) * 1.4);
      expect(rect(hero, '[part=body]').top).to.be.lessThan(rect(hero, 'img').bottom);
      expect(rect(hero, '[part=body]').left).to.be.greaterThan(rect(hero, 'img').left);
      await expect(hero).to.be.accessible();
      const narrow = await card(
        html`<lede-article-card .article=${story} layout="hero"></lede-article-card>`,
        360,
      );
      expect(rect(narrow, '[part=body]').top).to.be.at.least(rect(narrow, 'img').bottom);
    });

    it('falls back to vertical for an unknown layout', async () => {
      const el = await card(
        html`<lede-article-card .article=${story} layout="grid"></lede-article-card>`,
        800,
      );
      expect($(el, '[part=base]')!.classList.contains('vertical')).to.equal(true);
      expect(rect(el, 'img').bottom).to.be.at.most(rect(el, '[part=section]').top);
    });

    for (const layout of layouts) {
      for (const width of [240, 1200]) {
        it(`${layout} at ${width}px: a 5,000-character headline neither overflows nor runs on`, async () => {
          const words = 'Ambassador says vendors registered on Amazon platforms '.repeat(91);
          const oneWord = 'W'.repeat(5000);
          for (const headline of [words.slice(0, 5000), oneWord]) {
            const el = await card(
              html`<lede-article-card
                .article=${withArticle({ headline })}
                layout=${layout}
              ></lede-article-card>`,
              width,
            );
            const root = $(el, '.root')!;
            expect(root.scrollWidth, 'no horizontal overflow').to.be.at.most(root.clientWidth);
            expect(el.getBoundingClientRect().width).to.equal(width);
            const heading = $(el, '[part=headline]')!;
            const style = getComputedStyle(heading);
            const lines = Number(style.webkitLineClamp);
            expect(lines).to.be.within(3, 6);
            expect(heading.getBoundingClientRect().height).to.be.at.most(
              lines * parseFloat(style.lineHeight) + 1,
            );
            // The lines past the clamp are laid out below the box, and must not be painted.
            expect(heading.scrollHeight).to.be.greaterThan(heading.clientHeight);
            expect(style.overflowY).to.be.oneOf(['hidden', 'clip']);
            expect($(el, 'a')!.textContent).to.equal(headline);
          }
        });
      }
    }
  });

  describe('right to left', () => {
    it('mirrors the horizontal layout and aligns text to the right', async () => {
      const el = await card(
        html`<lede-article-card .article=${story} layout="horizontal"></lede-article-card>`,
        800,
        'rtl',
      );
      const box = el.parentElement!;
      const image = rect(el, 'img');
      const body = rect(el, '[part=body]');
      expect(image.left).to.be.at.least(body.right);
      expect(image.right).to.equal(box.getBoundingClientRect().right);
      const section = $(el, '[part=section]')!;
      const range = document.createRange();
      range.selectNodeContents(section);
      expect(range.getBoundingClientRect().right).to.be.closeTo(body.right, 1);
      expect(range.getBoundingClientRect().left).to.be.greaterThan(body.left + 100);
    });

    it('sets the hero panel in from the right edge as from the left', async () => {
      const el = await card(
        html`<lede-article-card .article=${story} layout="hero"></lede-article-card>`,
        1000,
        'rtl',
      );
      const image = rect(el, 'img');
      const body = rect(el, '[part=body]');
      expect(image.right - body.right).to.be.closeTo(body.left - image.left, 1);
      expect(image.right - body.right).to.be.greaterThan(10);
    });
  });

  describe('bad input', () => {
    it('shows HTML and script in fields as text, creating no element and running nothing', async () => {
      const flag = '__ledeCardRan';
      const hostile = withArticle({
        headline: `<img src=x onerror="window.${flag}=1">Headline`,
        description: `<script>window.${flag}=1</script>Dek`,
        articleSection: '<b>Section</b>',
        dateline: '<iframe src="javascript:alert(1)"></iframe>',
        author: [{ name: '<a href="javascript:alert(1)">Writer</a>' }],
        image: [],
      });
      const el = await card(html`<lede-article-card .article=${hostile}></lede-article-card>`);
      expect(text(el, 'a')).to.equal(`<img src=x onerror="window.${flag}=1">Headline`);
      expect(text(el, '[part=dek]')).to.equal(`<script>window.${flag}=1</script>Dek`);
      expect(text(el, '[part=section]')).to.equal('<b>Section</b>');
      expect(text(el, '[part=byline]')).to.equal('By <a href="javascript:alert(1)">Writer</a>');
      expect(shadow(el).querySelectorAll('img, script, b, iframe')).to.have.length(0);
      expect(shadow(el).querySelectorAll('a')).to.have.length(1);
      expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('reports a wrong headline once: a visible error, one lede-error at headline, one warning', async () => {
      const warnings = captureWarnings();
      const events: Event[] = [];
      const wrong = { headline: 42, url: 'javascript:alert(1)', author: 'Ayesha Raza' };
      const el = await card(
        html`<lede-article-card
          .article=${wrong as unknown as Article}
          @lede-error=${(event: Event) => events.push(event)}
        ></lede-article-card>`,
      );
      warnings.stop();
      expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
      expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(events).to.have.length(1);
      const paths = (events[0] as LedeErrorEvent).detail.problems.map((p) => p.path);
      expect(paths).to.deep.equal(['headline']);
      expect(warnings.messages).to.have.length(1);
      expect(has(el, '[href]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('reports a hand-written card without a headline', async () => {
      const warnings = captureWarnings();
      const events: Event[] = [];
      const el = await card(
        html`<lede-article-card
          dek="A dek alone"
          @lede-error=${(event: Event) => events.push(event)}
        ></lede-article-card>`,
      );
      warnings.stop();
      expect(events).to.have.length(1);
      const { problems } = (events[0] as LedeErrorEvent).detail;
      expect(problems.map((p) => p.path)).to.deep.equal(['headline']);
      expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
      expect(warnings.messages).to.have.length(1);
    });

    it('drops a date attribute that is not ISO 8601, with a warning, and shows the card', async () => {
      const warnings = captureWarnings();
      const events: Event[] = [];
      const el = await card(
        html`<lede-article-card
          headline="A headline"
          date="yesterday"
          @lede-load=${(event: Event) => events.push(event)}
          @lede-error=${(event: Event) => events.push(event)}
        ></lede-article-card>`,
      );
      warnings.stop();
      expect(events).to.have.length(1);
      expect(events[0]!.type).to.equal('lede-load');
      const { warnings: dropped } = (events[0] as LedeLoadEvent).detail;
      expect(dropped.map((p) => p.path)).to.deep.equal(['datePublished']);
      expect(text(el, '[part=headline]')).to.equal('A headline');
      expect(has(el, 'time')).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('datePublished');
    });

    it('gives no href to a javascript: link written as an attribute', async () => {
      const el = await card(
        html`<lede-article-card
          headline="A headline"
          href="javascript:alert(1)"
          image="javascript:alert(2)"
        ></lede-article-card>`,
      );
      expect(has(el, '[href], [src]')).to.equal(false);
      expect(text(el, '[part=headline]')).to.equal('A headline');
      await expect(el).to.be.accessible();
    });

    it('keeps rendering when the article is replaced by bad data and back', async () => {
      const warnings = captureWarnings();
      const el = await card(html`<lede-article-card .article=${story}></lede-article-card>`);
      el.article = null as unknown as Article;
      await el.updateComplete;
      expect(shadow(el).textContent!.trim()).to.equal('');
      const failed = oneEvent(el, 'lede-error');
      el.article = 'a headline' as unknown as Article;
      await failed;
      expect(has(el, '[part=error]')).to.equal(true);
      el.article = story;
      await el.updateComplete;
      warnings.stop();
      expect(text(el, '[part=headline]')).to.equal(story.headline);
      expect(warnings.messages).to.have.length(1);
    });
  });
});
