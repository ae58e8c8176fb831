import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stat-badge/define.js';
import type { LedeStatBadge } from '../../src/components/stat-badge/stat-badge.js';
import type { LedeErrorEvent } from '../../src/core/events.js';
import type { Article, StatBlock } from '../../src/model/types.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { FakeFetch } from '../helpers/fake-fetch.js';
import { heightsWhileLoading } from '../helpers/loading.js';
import { loadSeedStory } from '../helpers/seed.js';

let story: Article;
before(async () => (story = await loadSeedStory()));
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Renders a badge inside a wrapper (for lang or dir) and waits for it. */
async function inside(template: ReturnType<typeof html>): Promise<LedeStatBadge> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.querySelector('lede-stat-badge')!;
  await el.updateComplete;
  return el;
}

describe('lede-stat-badge', () => {
  describe('with the seed story', () => {
    it('shows "more than 6,000 vendors" with its label and the machine-readable value', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge .article=${story}></lede-stat-badge>`,
      );
      expect(text(el, '[part=figure]')).to.equal('more than 6,000 vendors');
      expect(shadow(el).querySelector('data')!.value).to.equal('6000');
      expect(text(el, '[part=label]')).to.match(/Amazon/);
      await expect(el).to.be.accessible();
    });

    it('keeps the story’s own wording "220 million" rather than formatting the number', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge .article=${story} index="1"></lede-stat-badge>`,
      );
      expect(text(el, '[part=value]')).to.equal('220 million');
      expect(shadow(el).querySelector('data')!.value).to.equal('220000000');
      await expect(el).to.be.accessible();
    });

    it('picks a block by id', async () => {
      const last = story.body!.filter((block) => block.type === 'stat').at(-1)!;
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge .article=${story} block-id=${last.id!}></lede-stat-badge>`,
      );
      expect(text(el, '[part=value]')).to.equal((last as StatBlock).display);
    });

    it('reports a missing block as not found', async () => {
      const events: Event[] = [];
      const warnings = captureWarnings();
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge
          .article=${story}
          block-id="nope"
          @lede-error=${(e: Event) => events.push(e)}
        ></lede-stat-badge>`,
      );
      warnings.stop();
      expect(text(el, '[part=error]')).to.equal('This part of the story was not found.');
      expect((events[0] as LedeErrorEvent).detail.cause).to.equal('not-found');
      expect(events).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('formatting', () => {
    it('formats the number for the element’s language', async () => {
      const el = await inside(
        html`<div lang="fr">
          <lede-stat-badge value="6000" label="vendeurs"></lede-stat-badge>
        </div>`,
      );
      expect(text(el, '[part=value]')!.replace(/\s/g, ' ')).to.equal('6 000');
    });

    it('offers a compact notation', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge value="220000000" notation="compact"></lede-stat-badge>`,
      );
      expect(text(el, '[part=value]')).to.equal('220M');
    });

    it('shows source and date', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge value="35" stat-source="WIPG" date="2022"></lede-stat-badge>`,
      );
      expect(text(el, '[part=source]')).to.equal('Source: WIPG, 2022');
      await expect(el).to.be.accessible();
    });

    for (const size of ['s', 'm', 'l'] as const) {
      it(`renders size ${size} with a figure of its own size`, async () => {
        const el = await fixture<LedeStatBadge>(
          html`<lede-stat-badge value="6000" size=${size}></lede-stat-badge>`,
        );
        const fontSize = parseFloat(getComputedStyle(shadow(el).querySelector('data')!).fontSize);
        expect(fontSize).to.be.within({ s: 18, m: 28, l: 45 }[size], { s: 22, m: 34, l: 55 }[size]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('data sources', () => {
    const { fake } = fakeFetchInEachTest();

    it('prefers the property over inline JSON, src and attributes', async () => {
      const stat: StatBlock = { type: 'stat', value: 1 };
      const el = await fixture<LedeStatBadge>(html`
        <lede-stat-badge .stat=${stat} src="/never.json" value="3">
          <script type="application/json">
            { "type": "stat", "value": 2 }
          </script>
        </lede-stat-badge>
      `);
      expect(text(el, '[part=value]')).to.equal('1');
      expect(fake.requests).to.have.length(0);
    });

    it('reads inline JSON before src and attributes', async () => {
      const el = await fixture<LedeStatBadge>(html`
        <lede-stat-badge src="/never.json" value="3">
          <script type="application/json">
            { "type": "stat", "value": 2 }
          </script>
        </lede-stat-badge>
      `);
      expect(text(el, '[part=value]')).to.equal('2');
      expect(fake.requests).to.have.length(0);
    });

    it('loads src, showing a skeleton meanwhile, and fires lede-load once', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge src="/stat.json" value="3"></lede-stat-badge>`,
      );
      const events = recordEvents(el, 'lede-load', 'lede-error');
      expect(shadow(el).querySelector('.skeleton')).to.exist;
      await expect(el).to.be.accessible();
      const [request] = await fake.waitForRequests(1);
      expect(request!.url).to.equal('/stat.json');
      const load = oneEvent(el, 'lede-load');
      request!.respond(JSON.stringify({ type: 'stat', value: 130000000, display: '130 million' }));
      await load;
      expect(text(el, '[part=value]')).to.equal('130 million');
      expect(events.map((e) => e.type)).to.deep.equal(['lede-load']);
    });

    it('keeps most of its final height while loading', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge src="/story.json"></lede-stat-badge>`,
      );
      const { loading, final } = await heightsWhileLoading(el, fake, JSON.stringify(story));
      expect(loading / final).to.be.within(0.75, 1.1);
    });

    it('is as tall while loading as a badge with every part', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge src="/story.json" index="0"></lede-stat-badge>`,
      );
      const { loading, final } = await heightsWhileLoading(el, fake, JSON.stringify(story));
      // The first figure has a qualifier, and a label and a source of three lines each.
      expect(loading).to.be.closeTo(final, 1);
    });

    it('renders attributes of a hand-written tag', async () => {
      const el = await fixture<LedeStatBadge>(html`
        <lede-stat-badge
          value="6000"
          qualifier="more-than"
          unit="vendors"
          label="Pakistani sellers registered on Amazon"
        ></lede-stat-badge>
      `);
      expect(text(el, '[part=figure]')).to.equal('more than 6,000 vendors');
      expect(text(el, '[part=label]')).to.equal('Pakistani sellers registered on Amazon');
      await expect(el).to.be.accessible();
    });

    it('is empty with no data at all', async () => {
      const el = await fixture<LedeStatBadge>(html`<lede-stat-badge></lede-stat-badge>`);
      expect(shadow(el).textContent!.trim()).to.equal('');
    });
  });

  describe('bad input', () => {
    async function expectError(template: ReturnType<typeof html>, message: string, path?: string) {
      const warnings = captureWarnings();
      const events: LedeErrorEvent[] = [];
      const listener = (e: Event) => events.push(e as LedeErrorEvent);
      window.addEventListener('lede-error', listener);
      try {
        const el = (await fixture(template)) as LedeStatBadge;
        // The event waits for the problems' explanation, which may come with a lazy chunk.
        if (events.length === 0) await oneEvent(el, 'lede-error');
        await el.updateComplete;
        expect(text(el, '[part=error]')).to.equal(message);
        expect(events).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        if (path) expect(events[0]!.detail.problems.map((p) => p.path)).to.include(path);
        await expect(el).to.be.accessible();
        return events[0]!;
      } finally {
        window.removeEventListener('lede-error', listener);
        warnings.stop();
      }
    }

    it('names the path of a value given as a string', async () => {
      const bad = { type: 'stat', value: '6,000' } as unknown as StatBlock;
      const event = await expectError(
        html`<lede-stat-badge .stat=${bad}></lede-stat-badge>`,
        'The story’s data is incomplete or malformed.',
        'value',
      );
      expect(event.detail.problems[0]!.message).to.contain('"6,000"');
    });

    it('rejects a value attribute that is not a number', async () => {
      await expectError(
        html`<lede-stat-badge value="lots"></lede-stat-badge>`,
        'The story’s data is incomplete or malformed.',
        'value',
      );
    });

    it('names the path inside a whole article', async () => {
      const article = { headline: 'x', body: [{ type: 'paragraph', text: 'p' }, { type: 'stat' }] };
      await expectError(
        html`<lede-stat-badge .article=${article as unknown as Article}></lede-stat-badge>`,
        'The story’s data is incomplete or malformed.',
        'body[1].value',
      );
    });

    it('reports broken inline JSON', async () => {
      await expectError(
        html`<lede-stat-badge
          ><script type="application/json">
            { "type":
          </script></lede-stat-badge
        >`,
        'The story’s data is not valid JSON.',
      );
    });

    it('refuses a javascript: src without making a request', async () => {
      const fake = new FakeFetch().install();
      try {
        const event = await expectError(
          html`<lede-stat-badge src="  JaVaScRiPt:alert(1)"></lede-stat-badge>`,
          'This story’s address is not allowed.',
        );
        expect(event.detail.cause).to.equal('unsafe-url');
        expect(fake.requests).to.have.length(0);
      } finally {
        fake.restore();
      }
    });

    it('shows HTML and script in fields as text', async () => {
      const stat = {
        type: 'stat',
        value: 1,
        label: '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>',
      } as StatBlock;
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge .stat=${stat}></lede-stat-badge>`,
      );
      expect(text(el, '[part=label]')).to.equal(stat.label);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('layout', () => {
    it('mirrors in right-to-left text: the accent rule and text start on the right', async () => {
      const el = await inside(html`
        <div dir="rtl" lang="ar">
          <lede-stat-badge value="6000" label="بائعون" qualifier="more-than"></lede-stat-badge>
        </div>
      `);
      const box = shadow(el).querySelector('[part=base]')!.getBoundingClientRect();
      const label = shadow(el).querySelector('[part=label]')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const textBox = range.getBoundingClientRect();
      expect(box.right - textBox.right).to.be.lessThan(textBox.left - box.left);
      await expect(el).to.be.accessible();
    });

    it('wraps a row of badges instead of overflowing', async () => {
      const row = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 500px">
          <lede-stat-badge value="1"></lede-stat-badge><lede-stat-badge value="2"></lede-stat-badge
          ><lede-stat-badge value="3"></lede-stat-badge>
        </div>
      `);
      const badges = [...row.querySelectorAll('lede-stat-badge')];
      await Promise.all(badges.map((badge) => badge.updateComplete));
      const tops = badges.map((badge) => badge.getBoundingClientRect().top);
      expect(new Set(tops).size).to.be.greaterThan(1);
      for (const badge of badges) {
        expect(badge.getBoundingClientRect().right).to.be.at.most(
          row.getBoundingClientRect().right,
        );
      }
    });

    it('announces the final figure from the start when counting up', async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge value="6000" animate></lede-stat-badge>`,
      );
      const value = shadow(el).querySelector('data')!;
      const spoken = [...value.childNodes]
        .filter((node) => node.nodeType !== Node.COMMENT_NODE)
        .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('');
      expect(spoken.trim()).to.equal('6,000');
      await expect(el).to.be.accessible();
    });
  });
});
