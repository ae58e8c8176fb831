import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/pull-quote/define.js';
import { LedePullQuote } from '../../src/components/pull-quote/pull-quote.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article, QuoteBlock } from '../../src/model/types.js';
import { captureWarnings, recordEvents, renderedWithDropped } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { heightsWhileLoading } from '../helpers/loading.js';

// Fetched rather than imported: esbuild drops the `with { type: 'json' }` attribute.
const seedUrl = new URL('../../demo/data/seed-story.json', import.meta.url).href;
const story = (await (await fetch(seedUrl)).json()) as Article;
const seedQuotes = story.body!.filter((block): block is QuoteBlock => block.type === 'quote');
const blockFixture = new URL('../fixtures/pull-quote-block.json', import.meta.url).href;
const articleFixture = new URL('../fixtures/pull-quote-article.json', import.meta.url).href;

const AMBASSADOR = 'Pakistan’s Ambassador to the United States';
const INVALID = 'The story’s data is incomplete or malformed.';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (el: Element, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const rect = (box: Element | Range) => box.getBoundingClientRect();

/** Renders `template` inside a wrapper and returns the first pull quote in it, updated. */
async function place(template: ReturnType<typeof html>): Promise<LedePullQuote> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector<LedePullQuote>('lede-pull-quote, lede-pull-quote-late')!;
  await el.updateComplete;
  return el;
}

/** The next lede-load on the page, listened for before the element that fires it exists. */
const nextLoad = () =>
  new Promise<LedeLoadEvent>((resolve) =>
    window.addEventListener('lede-load', (e) => resolve(e), { once: true }),
  );

const quote = (fields: Partial<QuoteBlock> = {}): QuoteBlock => ({
  type: 'quote',
  text: 'This is just a beginning, with a promise of huge expansion.',
  attribution: { name: 'Masood Khan', jobTitle: AMBASSADOR },
  ...fields,
});

describe('lede-pull-quote', () => {
  describe('with the seed story', () => {
    it('renders the first quote as figure > blockquote + figcaption, attribution outside', async () => {
      const el = await place(html`<lede-pull-quote .article=${story}></lede-pull-quote>`);
      expect(textOf(el, 'text')).to.equal(seedQuotes[0]!.text);
      expect(textOf(el, 'name')).to.equal('Masood Khan');
      expect(textOf(el, 'role')).to.equal(AMBASSADOR);
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.querySelector(':scope > blockquote + figcaption')).to.equal(
        part(el, 'attribution'),
      );
      expect(shadow(el).querySelector('blockquote figcaption, blockquote [part~=name]')).to.equal(
        null,
      );
      expect(textOf(el, 'attribution')).to.equal(`Masood Khan, ${AMBASSADOR}`);
      await expect(el).to.be.accessible();
    });

    it('picks a quote by index', async () => {
      const el = await place(html`<lede-pull-quote .article=${story} index="1"></lede-pull-quote>`);
      expect(textOf(el, 'text')).to.equal(seedQuotes[1]!.text);
      expect(textOf(el, 'text')).to.match(/^according to Amazon/);
      await expect(el).to.be.accessible();
    });

    it('picks a quote by block-id, which wins over index', async () => {
      const el = await place(
        html`<lede-pull-quote
          .article=${story}
          block-id="quote-two-decades"
          index="1"
        ></lede-pull-quote>`,
      );
      expect(textOf(el, 'text')).to.match(/^In the past two decades/);
      expect(textOf(el, 'text')).to.match(/commercial activities$/);
    });

    it('reports a block-id that is not in the story as not found', async () => {
      const warnings = captureWarnings();
      const events: LedeErrorEvent[] = [];
      const el = await place(
        html`<lede-pull-quote
          .article=${story}
          block-id="nope"
          @lede-error=${(e: LedeErrorEvent) => events.push(e)}
        ></lede-pull-quote>`,
      );
      warnings.stop();
      expect(textOf(el, 'error')).to.equal('This part of the story was not found.');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.problems[0]!.message).to.contain('"nope"');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('loads the seed story from src', async () => {
      const loaded = nextLoad();
      const el = await place(html`<lede-pull-quote src=${seedUrl} index="2"></lede-pull-quote>`);
      const load = await loaded;
      expect(load.target).to.equal(el);
      expect(load.detail.source).to.equal('src');
      expect(textOf(el, 'text')).to.equal(seedQuotes[2]!.text);
      await expect(el).to.be.accessible();
    });
  });

  describe('the decorative mark', () => {
    it('is hidden from assistive technology and kept out of the quotation', async () => {
      const el = await place(html`<lede-pull-quote .quote=${quote()}></lede-pull-quote>`);
      const mark = part(el, 'mark')!;
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(mark.textContent).to.equal('“');
      expect(mark.closest('blockquote')).to.equal(null);
      expect(getComputedStyle(mark).color).to.not.equal(getComputedStyle(part(el, 'text')!).color);
      expect(rect(mark).height).to.be.greaterThan(0);
    });

    it('suits the language: guillemets in French and Arabic, a corner bracket in Japanese', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <lede-pull-quote lang="fr" text="Ce n’est qu’un début."></lede-pull-quote>
          <div lang="ar-PK"><lede-pull-quote text="هذه مجرد بداية"></lede-pull-quote></div>
          <lede-pull-quote lang="ja" text="これは始まりにすぎない"></lede-pull-quote>
          <lede-pull-quote lang="en-GB" text="Just a beginning"></lede-pull-quote>
        </div>`,
      );
      const quotes = [...wrapper.querySelectorAll('lede-pull-quote')];
      await Promise.all(quotes.map((q) => q.updateComplete));
      expect(quotes.map((q) => part(q, 'mark')!.textContent)).to.deep.equal(['«', '«', '「', '“']);
    });
  });

  describe('data sources', () => {
    const { fake } = fakeFetchInEachTest();

    it('prefers the quote property over inline JSON, src, attributes and text', async () => {
      const el = await place(html`
        <lede-pull-quote
          .quote=${quote({ text: 'From the property' })}
          src="/never.json"
          text="From the attribute"
        >
          From the children
          <script type="application/json">
            { "type": "quote", "text": "From inline JSON" }
          </script>
        </lede-pull-quote>
      `);
      expect(textOf(el, 'text')).to.equal('From the property');
      expect(fake.requests).to.have.length(0);
    });

    it('prefers the quote property over the article property', async () => {
      const el = await place(
        html`<lede-pull-quote
          .quote=${quote({ text: 'Own block' })}
          .article=${story}
        ></lede-pull-quote>`,
      );
      expect(textOf(el, 'text')).to.equal('Own block');
    });

    it('reads inline JSON before src and attributes, and never as the quotation', async () => {
      const el = await place(html`
        <lede-pull-quote src="/never.json" attribution="Someone Else">
          From the children
          <script type="application/json">
            {
              "type": "quote",
              "text": "From inline JSON",
              "attribution": { "name": "Masood Khan" }
            }
          </script>
        </lede-pull-quote>
      `);
      const events = recordEvents(el, 'lede-load');
      expect(textOf(el, 'text')).to.equal('From inline JSON');
      expect(textOf(el, 'name')).to.equal('Masood Khan');
      expect(fake.requests).to.have.length(0);
      expect(events).to.have.length(0); // already fired before the listener; none since
    });

    it('reads a whole article in inline JSON', async () => {
      const el = await place(html`
        <lede-pull-quote block-id="quote-expansion">
          <script type="application/json">
            ${JSON.stringify(story)}
          </script>
        </lede-pull-quote>
      `);
      expect(textOf(el, 'text')).to.equal(seedQuotes[1]!.text);
    });

    it('keeps its final size while loading, for either variant, narrow and wide', async () => {
      const cases = [
        ['pull', 'quote-breakthrough', 968],
        ['pull', 'quote-breakthrough', 320],
        ['block', 'quote-expansion', 968],
        ['block', 'quote-expansion', 320],
      ] as const;
      for (const [variant, id, width] of cases) {
        const el = await place(
          html`<div style="inline-size: ${width}px">
            <lede-pull-quote src="/story.json" variant=${variant} block-id=${id}></lede-pull-quote>
          </div>`,
        );
        const { loading, final } = await heightsWhileLoading(el, fake, JSON.stringify(story));
        expect(loading, `${variant} at ${width}px`).to.be.closeTo(final, 1);
      }
    });

    it('loads src before attributes, showing a skeleton of some height meanwhile', async () => {
      const el = await place(
        html`<lede-pull-quote src="/quote.json" attribution="Someone"
          >Words by hand</lede-pull-quote
        >`,
      );
      const events = recordEvents(el, 'lede-load', 'lede-error');
      const skeleton = part(el, 'base')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelectorAll('.skeleton').length).to.be.greaterThan(2);
      expect(rect(skeleton).height).to.be.greaterThan(100);
      expect(shadow(el).querySelector('blockquote')).to.equal(null);
      await expect(el).to.be.accessible();
      const [request] = await fake.waitForRequests(1);
      expect(request!.url).to.equal('/quote.json');
      const load = oneEvent(el, 'lede-load');
      request!.respond(JSON.stringify(quote({ text: 'From src' })));
      await load;
      expect(textOf(el, 'text')).to.equal('From src');
      expect(events.map((e) => e.type)).to.deep.equal(['lede-load']);
      await expect(el).to.be.accessible();
    });

    it('renders a hand-written tag: the text inside it and its attributes', async () => {
      const el = await place(html`
        <lede-pull-quote
          attribution="Masood Khan"
          attribution-title=${AMBASSADOR}
          attribution-affiliation="Embassy of Pakistan"
          cite="https://www.example.com/story"
        >
          This is just a beginning, with a promise of huge expansion.
        </lede-pull-quote>
      `);
      expect(textOf(el, 'text')).to.equal(
        'This is just a beginning, with a promise of huge expansion.',
      );
      expect(textOf(el, 'name')).to.equal('Masood Khan');
      expect(textOf(el, 'role')).to.equal(`${AMBASSADOR}, Embassy of Pakistan`);
      const source = part(el, 'source') as HTMLAnchorElement;
      expect(source.getAttribute('href')).to.equal('https://www.example.com/story');
      expect(source.textContent).to.equal('Source: example.com');
      expect(shadow(el).querySelector('blockquote')!.getAttribute('cite')).to.equal(
        'https://www.example.com/story',
      );
      await expect(el).to.be.accessible();
    });

    it('prefers the text attribute to the text inside the tag', async () => {
      const el = await place(
        html`<lede-pull-quote text="From the attribute" attribution="Masood Khan"
          >From the children</lede-pull-quote
        >`,
      );
      expect(textOf(el, 'text')).to.equal('From the attribute');
    });

    it('follows the text inside the tag when it changes', async () => {
      const el = await place(html`<lede-pull-quote>First words</lede-pull-quote>`);
      expect(textOf(el, 'text')).to.equal('First words');
      const load = oneEvent(el, 'lede-load');
      el.textContent = 'Second words';
      await load;
      expect(textOf(el, 'text')).to.equal('Second words');
    });

    it('keeps the text inside the tag readable before upgrade, and shows it once after', async () => {
      const el = await place(
        html`<lede-pull-quote-late attribution="Masood Khan"
          >This is just a beginning</lede-pull-quote-late
        >`,
      );
      const light = document.createRange();
      light.selectNodeContents(el);
      expect(el.shadowRoot).to.equal(null);
      expect(rect(light).width).to.be.greaterThan(0);

      customElements.define('lede-pull-quote-late', class extends LedePullQuote {});
      await el.updateComplete;
      expect(textOf(el, 'text')).to.equal('This is just a beginning');
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(rect(light).width).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('links a relative cite with the plain label', async () => {
      const el = await place(
        html`<lede-pull-quote src=${articleFixture} block-id="second"></lede-pull-quote>`,
      );
      fake.restore();
      const [request] = await fake.waitForRequests(1);
      const body = await (await fetch(request!.url)).text();
      const load = oneEvent(el, 'lede-load');
      request!.respond(body);
      await load;
      expect(textOf(el, 'text')).to.equal(
        'This is just a beginning, with a promise of huge expansion.',
      );
      const source = part(el, 'source') as HTMLAnchorElement;
      expect(source.textContent).to.equal('Source');
      expect(source.getAttribute('href')).to.equal('/stories/pakistan-amazon');
    });

    it('renders the inline HTML of a quote block loaded from src', async () => {
      fake.restore();
      const loaded = nextLoad();
      const el = await place(html`<lede-pull-quote src=${blockFixture}></lede-pull-quote>`);
      await loaded;
      expect(part(el, 'text')!.querySelector('em')!.textContent).to.equal('good, steady business');
      expect(textOf(el, 'role')).to.equal(`${AMBASSADOR}, Embassy of Pakistan`);
      expect(textOf(el, 'source')).to.equal('Source: example.com');
      await expect(el).to.be.accessible();
    });

    it('is empty with no data at all, or only whitespace inside the tag', async () => {
      const el = await place(html`<lede-pull-quote> </lede-pull-quote>`);
      expect(shadow(el).textContent!.trim()).to.equal('');
      expect(rect(el).height).to.equal(0);
    });
  });

  describe('states', () => {
    const { fake, warnings } = fakeFetchInEachTest({ captureWarnings: true });

    async function failedLoad(body: string, init: ResponseInit) {
      const el = await place(html`<lede-pull-quote src="/quote.json">Fallback</lede-pull-quote>`);
      const events = recordEvents(el, 'lede-error', 'lede-load');
      const [request] = await fake.waitForRequests(1);
      const failed = oneEvent(el, 'lede-error');
      request!.respond(body, init);
      await failed;
      expect(events).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
      return { el, event: events[0] as LedeErrorEvent };
    }

    it('shows an HTTP error', async () => {
      const { el, event } = await failedLoad('Not found', { status: 404 });
      expect(textOf(el, 'error')).to.equal('The story could not be loaded (HTTP 404).');
      expect(event.detail.status).to.equal(404);
    });

    it('shows a response that is not JSON', async () => {
      const { el, event } = await failedLoad('<html>oops</html>', { status: 200 });
      expect(textOf(el, 'error')).to.equal('The story’s data is not valid JSON.');
      expect(event.detail.cause).to.equal('not-json');
    });

    it('shows invalid data with the path of the problem', async () => {
      const { el, event } = await failedLoad('{ "type": "quote", "text": 7 }', { status: 200 });
      expect(textOf(el, 'error')).to.equal(INVALID);
      expect(event.detail.problems.map((p) => p.path)).to.include('text');
    });

    it('refuses a javascript: src without making a request', async () => {
      const events: Event[] = [];
      const el = await place(
        html`<lede-pull-quote
          src="  JaVaScRiPt:alert(1)"
          @lede-error=${(e: Event) => events.push(e)}
        ></lede-pull-quote>`,
      );
      expect(textOf(el, 'error')).to.equal('This story’s address is not allowed.');
      expect((events[0] as LedeErrorEvent).detail.cause).to.equal('unsafe-url');
      expect(events).to.have.length(1);
      expect(fake.requests).to.have.length(0);
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('variants', () => {
    async function textSize(variant: string | undefined, data: Partial<QuoteBlock> = {}) {
      const el = await place(
        html`<div style="inline-size: 700px">
          <lede-pull-quote .quote=${quote(data)} variant=${variant ?? ''}></lede-pull-quote>
        </div>`,
      );
      if (variant === undefined) el.removeAttribute('variant');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      return {
        el,
        fontSize: parseFloat(getComputedStyle(part(el, 'text')!).fontSize),
        rule: getComputedStyle(part(el, 'base')!).borderInlineStartWidth,
      };
    }

    it('sets a pull quote at display size, without a rule', async () => {
      const pull = await textSize(undefined);
      expect(pull.fontSize).to.be.within(22, 32);
      expect(pull.rule).to.equal('0px');
      expect(getComputedStyle(part(pull.el, 'text')!).fontFamily).to.match(/serif/i);
    });

    it('sets a block quote smaller, with a rule at its start', async () => {
      const pull = await textSize('pull');
      const block = await textSize('block');
      expect(block.fontSize).to.be.lessThan(pull.fontSize);
      expect(block.rule).to.equal('4px');
    });

    it('follows the data’s variant, unless the attribute says otherwise', async () => {
      expect((await textSize(undefined, { variant: 'block' })).rule).to.equal('4px');
      expect((await textSize('pull', { variant: 'block' })).rule).to.equal('0px');
      expect((await textSize('nonsense', { variant: 'block' })).rule).to.equal('4px');
    });

    it('reflects variant and alignment to attributes', async () => {
      const el = await place(html`<lede-pull-quote .quote=${quote()}></lede-pull-quote>`);
      expect(el.getAttribute('alignment')).to.equal('inline');
      el.variant = 'block';
      el.alignment = 'showcase';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('block');
      expect(el.getAttribute('alignment')).to.equal('showcase');
    });
  });

  describe('alignment', () => {
    const paragraph =
      'He predicted that with improved networking and integration with US internet platforms, the number of Amazon-supported firms will increase tremendously. '.repeat(
        4,
      );

    async function inColumn(width: number, alignment: string, dir = 'ltr', tokens = '') {
      const column = await fixture<HTMLElement>(html`
        <div dir=${dir} style="inline-size: ${width}px; ${tokens}">
          <lede-pull-quote .quote=${quote()} alignment=${alignment}></lede-pull-quote>
          <p>${paragraph}</p>
        </div>
      `);
      const el = column.querySelector('lede-pull-quote')!;
      await el.updateComplete;
      const text = column.querySelector('p')!;
      // The first words of the text, where a float pushes the line boxes (not the block box).
      const firstWords = document.createRange();
      const words = [...text.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      firstWords.setStart(words, 0);
      firstWords.setEnd(words, 12);
      return { column, el, text, firstWords: firstWords.getBoundingClientRect() };
    }

    it('stays in the flow, full width, when inline', async () => {
      const { column, el, firstWords } = await inColumn(1000, 'inline');
      expect(getComputedStyle(el).float).to.equal('none');
      expect(rect(el).width).to.equal(rect(column).width);
      expect(firstWords.top).to.be.at.least(rect(el).bottom);
      await expect(el).to.be.accessible();
    });

    it('floats a supporting quote to the end beside the text in a wide column', async () => {
      const { column, el, firstWords } = await inColumn(1000, 'supporting');
      expect(getComputedStyle(el).float).to.equal('inline-end');
      expect(rect(el).width).to.be.within(200, 500);
      expect(rect(el).right).to.be.closeTo(rect(column).right, 1);
      // The text runs beside it, with a gap.
      expect(firstWords.top).to.be.below(rect(el).bottom);
      expect(firstWords.left).to.be.closeTo(rect(column).left, 1);
      expect(rect(el).left - rect(column).left).to.be.greaterThan(500);
      await expect(el).to.be.accessible();
    });

    it('floats a supporting quote to the left in right-to-left text', async () => {
      const { column, el, firstWords } = await inColumn(1000, 'supporting', 'rtl');
      expect(rect(el).left).to.be.closeTo(rect(column).left, 1);
      expect(rect(el).width).to.be.within(200, 500);
      expect(firstWords.left).to.be.greaterThan(rect(el).right);
      expect(firstWords.top).to.be.below(rect(el).bottom);
    });

    it('gives a supporting quote the full width in a narrow column', async () => {
      const { column, el, firstWords } = await inColumn(360, 'supporting');
      expect(rect(el).width).to.be.closeTo(rect(column).width, 1);
      expect(rect(el).left).to.be.closeTo(rect(column).left, 1);
      expect(firstWords.top).to.be.at.least(rect(el).bottom);
      await expect(el).to.be.accessible();
    });

    describe('set by the page', () => {
      const tokens = [
        '--lede-quote-supporting-width: 300px',
        '--lede-quote-supporting-gap: 48px',
        '--lede-quote-supporting-breakpoint: 700px',
      ].join('; ');
      /** The boxes of the text's lines (one per line of a single text node). */
      const lines = (text: Element) => {
        const range = document.createRange();
        range.selectNodeContents(text);
        return [...range.getClientRects()];
      };
      let pageSheet: CSSStyleSheet | undefined;
      afterEach(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
        pageSheet = undefined;
      });

      it('takes a supporting quote’s width, gap and breakpoint from the tokens', async () => {
        const { column, el, text } = await inColumn(800, 'supporting', 'ltr', tokens);
        expect(rect(el).width).to.be.closeTo(300, 0.5);
        expect(rect(el).right).to.be.closeTo(rect(column).right, 0.5);
        // The lines beside the quote stop the gap before it: 800 − 300 − 48 px.
        expect(getComputedStyle(el).marginInlineStart).to.equal('48px');
        const beside = lines(text).filter((line) => line.top < rect(el).bottom);
        expect(beside.length).to.be.greaterThan(2);
        const longest = Math.max(...beside.map((line) => line.right));
        expect(longest - rect(column).left).to.be.within(400, 452.5);
        // Below the breakpoint, the full width.
        const narrow = await inColumn(650, 'supporting', 'ltr', tokens);
        expect(rect(narrow.el).width).to.be.closeTo(650, 0.5);
        expect(narrow.firstWords.top).to.be.at.least(rect(narrow.el).bottom);
      });

      it('keeps a supporting quote’s float, width and gap against the page’s rules', async () => {
        const before = await inColumn(800, 'supporting', 'ltr', tokens);
        const box = rect(before.el).toJSON() as DOMRect;
        pageSheet = new CSSStyleSheet();
        pageSheet.replaceSync(
          'lede-pull-quote { all: revert !important; float: none !important; margin: 0 !important; inline-size: auto !important }',
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
        const { column, el, text } = await inColumn(800, 'supporting', 'ltr', tokens);
        expect(getComputedStyle(el).float).to.equal('inline-end');
        expect(getComputedStyle(el).marginInlineStart).to.equal('48px');
        expect(rect(el).toJSON()).to.deep.equal({
          ...box,
          y: rect(el).y,
          top: rect(el).top,
          bottom: rect(el).bottom,
        });
        const beside = lines(text).filter((line) => line.top < rect(el).bottom);
        const longest = Math.max(...beside.map((line) => line.right));
        expect(longest - rect(column).left).to.be.within(400, 452.5);
      });
    });

    it('sets a showcase quote full width, larger and centred', async () => {
      const showcase = await inColumn(1000, 'showcase');
      const inline = await inColumn(1000, 'inline');
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'text')!).fontSize);
      expect(rect(showcase.el).width).to.equal(1000);
      expect(size(showcase.el)).to.be.greaterThan(size(inline.el) * 1.2);
      expect(getComputedStyle(part(showcase.el, 'text')!).textAlign).to.equal('center');
      await expect(showcase.el).to.be.accessible();
    });

    it('sizes the quotation to its own width, not the viewport’s', async () => {
      const narrow = await inColumn(300, 'inline');
      const wide = await inColumn(900, 'inline');
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'text')!).fontSize);
      expect(size(wide.el)).to.be.greaterThan(size(narrow.el));
    });
  });

  describe('right to left', () => {
    async function positions(dir: 'ltr' | 'rtl', variant: 'pull' | 'block') {
      const wrapper = await fixture<HTMLElement>(html`
        <div dir=${dir} lang=${dir === 'rtl' ? 'ur' : 'en'} style="inline-size: 600px">
          <lede-pull-quote variant=${variant} attribution="مسعود خان">
            یہ تو صرف ایک آغاز ہے، جس میں بڑی توسیع کا وعدہ ہے۔
          </lede-pull-quote>
        </div>
      `);
      const el = wrapper.querySelector('lede-pull-quote')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const base = part(el, 'base')!;
      return {
        base: rect(base),
        mark: rect(part(el, 'mark')!),
        quote: rect(part(el, 'quote')!),
        scale: getComputedStyle(part(el, 'mark')!).scale,
        rules: [getComputedStyle(base).borderLeftWidth, getComputedStyle(base).borderRightWidth],
      };
    }

    it('puts a pull quote’s mark at the right and turns it', async () => {
      const ltr = await positions('ltr', 'pull');
      const rtl = await positions('rtl', 'pull');
      expect(ltr.mark.left - ltr.base.left).to.be.lessThan(ltr.base.right - ltr.mark.right);
      expect(rtl.base.right - rtl.mark.right).to.be.lessThan(rtl.mark.left - rtl.base.left);
      expect(ltr.scale).to.equal('none');
      expect(rtl.scale).to.equal('-1 1');
    });

    it('puts a block quote’s rule and mark at the right, the text to their left', async () => {
      const ltr = await positions('ltr', 'block');
      const rtl = await positions('rtl', 'block');
      expect(ltr.rules).to.deep.equal(['4px', '0px']);
      expect(rtl.rules).to.deep.equal(['0px', '4px']);
      expect(ltr.quote.left).to.be.at.least(ltr.mark.right);
      expect(rtl.quote.right).to.be.at.most(rtl.mark.left);
      expect(rtl.mark.right).to.be.at.most(rtl.base.right - 4);
    });

    it('lets guillemets mirror by themselves, without turning them', async () => {
      const el = await place(
        html`<div dir="rtl" lang="ar">
          <lede-pull-quote text="هذه مجرد بداية"></lede-pull-quote>
        </div>`,
      );
      expect(part(el, 'mark')!.textContent).to.equal('«');
      expect(getComputedStyle(part(el, 'mark')!).scale).to.equal('none');
    });
  });

  describe('bad input', () => {
    async function expectError(template: ReturnType<typeof html>, path: string, message?: string) {
      const warnings = captureWarnings();
      const events: LedeErrorEvent[] = [];
      const listener = (e: Event) => events.push(e as LedeErrorEvent);
      window.addEventListener('lede-error', listener);
      try {
        const el = await place(template);
        expect(textOf(el, 'error')).to.equal(INVALID);
        expect(shadow(el).querySelector('blockquote')).to.equal(null);
        expect(events).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        const problem = events[0]!.detail.problems.find((p) => p.path === path);
        expect(problem, JSON.stringify(events[0]!.detail.problems)).to.not.equal(undefined);
        if (message) expect(problem!.message).to.contain(message);
        expect(warnings.messages[0]).to.contain(path);
        await expect(el).to.be.accessible();
      } finally {
        window.removeEventListener('lede-error', listener);
        warnings.stop();
      }
    }

    it('names a quote without text', async () => {
      const bad = { type: 'quote', attribution: { name: 'Masood Khan' } } as QuoteBlock;
      await expectError(
        html`<lede-pull-quote .quote=${bad}></lede-pull-quote>`,
        '',
        'text or html',
      );
    });

    it('names a quote without text inside a whole article by its place in the body', async () => {
      const article = {
        headline: 'x',
        body: [{ type: 'paragraph', text: 'p' }, { type: 'quote' }],
      };
      await expectError(
        html`<lede-pull-quote .article=${article as unknown as Article}></lede-pull-quote>`,
        'body[1]',
        'text or html',
      );
    });

    it('names a hand-written attribution without text', async () => {
      await expectError(html`<lede-pull-quote attribution="Masood Khan"></lede-pull-quote>`, '');
    });

    /** Renders an element that loads with dropped values; returns it and the dropped paths. */
    const withDropped = (template: ReturnType<typeof html>) =>
      renderedWithDropped(() => place(template));

    it('drops an attribution without a name, and shows the quotation', async () => {
      const bad = quote({ attribution: { jobTitle: AMBASSADOR } as QuoteBlock['attribution'] });
      const { el, dropped } = await withDropped(
        html`<lede-pull-quote .quote=${bad}></lede-pull-quote>`,
      );
      expect(dropped).to.deep.equal(['attribution.name']);
      expect(shadow(el).querySelector('blockquote')).not.to.equal(null);
      expect(shadow(el).querySelector('figcaption')).to.equal(null);
    });

    it('drops a hand-written title without a name, and shows the quotation', async () => {
      const { el, dropped } = await withDropped(
        html`<lede-pull-quote attribution-title=${AMBASSADOR}>Words</lede-pull-quote>`,
      );
      expect(dropped).to.deep.equal(['attribution.name']);
      expect(shadow(el).querySelector('blockquote')!.textContent).to.contain('Words');
    });

    it('names a quotation of the wrong type, and drops a variant of the wrong value', async () => {
      const bad = { type: 'quote', text: 42 } as unknown as QuoteBlock;
      await expectError(html`<lede-pull-quote .quote=${bad}></lede-pull-quote>`, 'text');
      const odd = { type: 'quote', text: 'Words', variant: 'huge' } as unknown as QuoteBlock;
      const { dropped } = await withDropped(
        html`<lede-pull-quote .quote=${odd}></lede-pull-quote>`,
      );
      expect(dropped).to.deep.equal(['variant']);
    });

    it('names a block of another type', async () => {
      const bad = { type: 'paragraph', text: 'Not a quote' } as unknown as QuoteBlock;
      await expectError(html`<lede-pull-quote .quote=${bad}></lede-pull-quote>`, 'type');
    });

    for (const cite of ['javascript:alert(1)', '  JAVASCRIPT:alert(1)', 'data:text/html,x']) {
      it(`drops a cite of ${cite.trim()}: no link and no cite attribute`, async () => {
        const el = await place(html`<lede-pull-quote .quote=${quote({ cite })}></lede-pull-quote>`);
        expect(part(el, 'source')).to.equal(null);
        expect(shadow(el).querySelector('a')).to.equal(null);
        expect(shadow(el).querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
        expect(textOf(el, 'name')).to.equal('Masood Khan');
        await expect(el).to.be.accessible();
      });
    }

    it('drops a javascript: cite written by hand', async () => {
      const el = await place(
        html`<lede-pull-quote attribution="Masood Khan" cite="javascript:alert(1)"
          >Words</lede-pull-quote
        >`,
      );
      expect(shadow(el).querySelector('a, [cite]')).to.equal(null);
      expect(textOf(el, 'text')).to.equal('Words');
    });

    it('links the name only to a safe URL', async () => {
      const unsafe = await place(
        html`<lede-pull-quote
          .quote=${quote({ attribution: { name: 'Masood Khan', url: 'javascript:alert(1)' } })}
        ></lede-pull-quote>`,
      );
      expect(part(unsafe, 'name')!.querySelector('a')).to.equal(null);
      const safe = await place(
        html`<lede-pull-quote
          .quote=${quote({ attribution: { name: 'Masood Khan', url: 'mailto:press@example.com' } })}
        ></lede-pull-quote>`,
      );
      expect(part(safe, 'name')!.querySelector('a')!.getAttribute('href')).to.equal(
        'mailto:press@example.com',
      );
      await expect(safe).to.be.accessible();
    });

    it('shows HTML and script in text fields as text, creating no element', async () => {
      const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
      const el = await place(
        html`<lede-pull-quote
          .quote=${quote({ text: payload, attribution: { name: payload, jobTitle: payload } })}
        ></lede-pull-quote>`,
      );
      expect(textOf(el, 'text')).to.equal(payload);
      expect(textOf(el, 'name')).to.equal(payload);
      expect(textOf(el, 'role')).to.equal(payload);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('renders only the inline subset of the html field', async () => {
      const el = await place(
        html`<lede-pull-quote
          .quote=${quote({
            html: 'A <strong>breakthrough</strong><img src=x onerror="window.hacked=1"><a href="javascript:alert(1)">!</a>',
          })}
        ></lede-pull-quote>`,
      );
      const text = part(el, 'text')!;
      expect(text.textContent).to.equal('A breakthrough!');
      expect([...text.querySelectorAll('*')].map((node) => node.tagName)).to.deep.equal(['STRONG']);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('shows HTML written inside a hand-written tag as its text only', async () => {
      const el = await place(
        html`<lede-pull-quote attribution="Masood Khan"
          >This is <b>just</b> a <i>beginning</i></lede-pull-quote
        >`,
      );
      expect(textOf(el, 'text')).to.equal('This is just a beginning');
      expect(shadow(el).querySelector('b, i')).to.equal(null);
    });
  });
});
