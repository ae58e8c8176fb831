import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/delegation-list/define.js';
import type { LedeDelegationList } from '../../src/components/delegation-list/delegation-list.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article, PeopleBlock, Person } from '../../src/model/types.js';
import { captureWarnings, recordEvents, renderedWithDropped } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { heightsWhileLoading } from '../helpers/loading.js';

// Fetched rather than imported: esbuild drops the `with { type: 'json' }` attribute at target
// es2022, and Chromium refuses a JSON module without it.
async function json<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, import.meta.url));
  return (await response.json()) as T;
}
const story = await json<Article>('../../demo/data/seed-story.json');
const block = await json<PeopleBlock>('../fixtures/delegation-list-block.json');
const twoGroups = await json<Article>('../fixtures/delegation-list-article.json');

const INVALID = 'The story’s data is incomplete or malformed.';
const AMBASSADOR = 'Pakistan’s Ambassador to the United States';

const shadow = (el: Element) => el.shadowRoot!;
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim();
const text = (el: Element, selector: string) =>
  clean(shadow(el).querySelector(selector)?.textContent);
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => clean(node.textContent));
const members = (el: Element) => shadow(el).querySelectorAll('[part=members] > li');
const toggle = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part=toggle]');

function people(count: number, extra: Partial<PeopleBlock> = {}): PeopleBlock {
  const items: Person[] = Array.from({ length: count }, (_, i) => ({
    name: `Member ${i + 1}`,
    jobTitle: `Role ${i + 1}`,
  }));
  return { type: 'people', items, ...extra };
}

/** Renders a template inside a wrapper and returns the delegation list in it, updated. */
async function within(template: ReturnType<typeof html>): Promise<LedeDelegationList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('lede-delegation-list')!;
  await el.updateComplete;
  return el;
}

describe('lede-delegation-list', () => {
  describe('with the seed story', () => {
    it('shows the WIPG delegation: organization, size, named members, kinds and occasion', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .article=${story}></lede-delegation-list>`,
      );
      expect(text(el, 'h3[part=heading]')).to.equal('The WIPG delegation');
      expect(text(el, '[part=organization]')).to.equal(
        'Washington Intergovernmental Professional Group (WIPG)',
      );
      expect(text(el, '[part=count]')).to.equal('35 members, 2 named');
      expect(texts(el, '[part=member] [part=name]')).to.deep.equal([
        'Luis Fortuno',
        'Nelson Garcia',
      ]);
      expect(texts(el, '[part=member] [part=role]')).to.deep.equal([
        'Former Governor of Puerto Rico',
        'President',
      ]);
      const affiliation = shadow(el).querySelector('li:nth-child(2) [part=affiliation] abbr')!;
      expect(affiliation.textContent).to.equal('WIPG');
      expect(affiliation.getAttribute('title')).to.equal(
        'Washington Intergovernmental Professional Group',
      );
      expect(texts(el, '[part=group]')).to.deep.equal([
        'economists',
        'government officials',
        'company presidents & CEOs',
        'business owners',
        'investment fund managers',
        'legal professionals',
        'diplomats',
      ]);
      // The occasion already names the host, so the host is not repeated.
      expect(texts(el, '[part=occasion]')).to.deep.equal([
        'Met Ambassador Masood Khan at the Embassy of Pakistan in Washington on 22 August 2022',
      ]);
      expect(toggle(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is a section labelled by its heading, holding a list of members', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .article=${story}></lede-delegation-list>`,
      );
      const section = shadow(el).querySelector('section')!;
      const heading = shadow(el).getElementById(section.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent!.trim()).to.equal('The WIPG delegation');
      expect(section.querySelector('ul[part=members]')!.children).to.have.length(2);
      const kinds = shadow(el).querySelector('[part=groups] ul')!;
      const label = shadow(el).getElementById(kinds.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Members include');
    });

    it('loads the seed story from src and fires lede-load once', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list src="/demo/data/seed-story.json"></lede-delegation-list>`,
      );
      const events = recordEvents(el, 'lede-load', 'lede-error');
      const load = await oneEvent(el, 'lede-load');
      await el.updateComplete;
      expect((load as LedeLoadEvent).detail.source).to.equal('src');
      expect(text(el, '[part=count]')).to.equal('35 members, 2 named');
      expect(texts(el, '[part=name]')).to.deep.equal(['Luis Fortuno', 'Nelson Garcia']);
      expect(events.map((e) => e.type)).to.deep.equal(['lede-load']);
      await expect(el).to.be.accessible();
    });

    it('draws initials for members without a photo, hidden from assistive technology', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .article=${story}></lede-delegation-list>`,
      );
      const avatars = [...shadow(el).querySelectorAll('[part=avatar]')];
      expect(avatars.map((a) => a.textContent)).to.deep.equal(['LF', 'NG']);
      for (const avatar of avatars) expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('organization and heading', () => {
    it('links the organization when it has a safe URL, abbreviation in an abbr', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${block}></lede-delegation-list>`,
      );
      // Without a title of its own, the heading is the organization.
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part=heading] a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/wipg');
      expect(clean(link.textContent)).to.equal(
        'Washington Intergovernmental Professional Group (WIPG)',
      );
      expect(link.querySelector('abbr')!.textContent).to.equal('WIPG');
      expect(shadow(el).querySelector('[part=organization]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('falls back to "Members" when there is neither title nor organization', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(2)}></lede-delegation-list>`,
      );
      expect(text(el, '[part=heading]')).to.equal('Members');
      expect(shadow(el).querySelector('[part=count]')).to.equal(null);
    });

    for (const level of [2, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<LedeDelegationList>(
          html`<lede-delegation-list
            .article=${story}
            heading-level=${level}
          ></lede-delegation-list>`,
        );
        expect(shadow(el).querySelector(`h${level}[part=heading]`)).to.exist;
        expect(shadow(el).querySelectorAll('h2, h3, h4, h5, h6')).to.have.length(1);
      });
    }

    it('keeps an h3 for a heading-level out of range', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .article=${story} heading-level="9"></lede-delegation-list>`,
      );
      expect(shadow(el).querySelector('h3[part=heading]')).to.exist;
    });
  });

  describe('size', () => {
    it('says only the stated size when every member is named or none is', async () => {
      const all = await fixture<LedeDelegationList>(
        html`<lede-delegation-list
          .people=${people(3, { numberOfItems: 3 })}
        ></lede-delegation-list>`,
      );
      expect(text(all, '[part=count]')).to.equal('3 members');
      const none = await fixture<LedeDelegationList>(
        html`<lede-delegation-list
          .people=${people(0, { numberOfItems: 35 })}
        ></lede-delegation-list>`,
      );
      expect(text(none, '[part=count]')).to.equal('35 members');
      expect(shadow(none).querySelector('[part=members]')).to.equal(null);
      await expect(none).to.be.accessible();
    });

    it('uses the singular for one member', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list
          .people=${people(1, { numberOfItems: 1 })}
        ></lede-delegation-list>`,
      );
      expect(text(el, '[part=count]')).to.equal('1 member');
    });

    it('renders every plural category of the language (Welsh has six)', async () => {
      const sizes = [0, 1, 2, 3, 6, 4];
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="cy">
          ${sizes.map(
            (size) =>
              html`<lede-delegation-list
                .people=${people(0, { numberOfItems: size })}
              ></lede-delegation-list>`,
          )}
        </div>
      `);
      const lists = [...wrapper.querySelectorAll('lede-delegation-list')];
      await Promise.all(lists.map((list) => list.updateComplete));
      const categories = sizes.map((size) => new Intl.PluralRules('cy').select(size));
      expect(categories).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
      expect(lists.map((list) => text(list, '[part=count]'))).to.deep.equal([
        '0 members',
        '1 member',
        '2 members',
        '3 members',
        '6 members',
        '4 members',
      ]);
    });

    it('formats the numbers for the element’s language', async () => {
      const el = await within(html`
        <div lang="de">
          <lede-delegation-list
            .people=${people(2, { numberOfItems: 1200 })}
          ></lede-delegation-list>
        </div>
      `);
      expect(text(el, '[part=count]')).to.equal('1.200 members, 2 named');
    });
  });

  describe('members', () => {
    it('shows a photo with a safe URL, with an empty alt since the name is beside it', async () => {
      const group = people(0, {
        items: [
          { name: 'Luis Fortuno', image: { url: '/photos/luis.jpg' } },
          { name: 'Nelson Garcia', image: { url: 'javascript:alert(1)' } },
        ],
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      const [first, second] = [...members(el)];
      const img = first!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('/photos/luis.jpg');
      expect(img.getAttribute('alt')).to.equal('');
      expect(second!.querySelector('img')).to.equal(null);
      expect(clean(second!.querySelector('[part=avatar]')!.textContent)).to.equal('NG');
      await expect(el).to.be.accessible({ ignoredRules: ['image-redundant-alt'] });
    });

    it('shows initials instead of a photo that fails to load', async () => {
      const group = people(0, {
        items: [{ name: 'Luis Fortuno', image: { url: '/test/fixtures/no-such-photo.jpg' } }],
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      const img = members(el)[0]!.querySelector('img')!;
      await oneEvent(img, 'error');
      await el.updateComplete;
      const avatar = members(el)[0]!.querySelector('[part=avatar]')!;
      expect(avatar.localName).to.equal('span');
      expect(clean(avatar.textContent)).to.equal('LF');
      await expect(el).to.be.accessible();
    });

    it('makes initials from single names and other scripts', async () => {
      const group = people(0, {
        items: [
          { name: 'Madonna' },
          { name: '  jean-luc   de la Cruz ' },
          { name: 'عمران خان' },
          { name: 'नरेंद्र मोदी' },
          { name: '山田 太郎' },
          { name: 'ılgaz işık' },
          { name: '— ?' },
        ],
      });
      const el = await within(html`
        <div lang="tr"><lede-delegation-list .people=${group}></lede-delegation-list></div>
      `);
      expect(texts(el, '[part=avatar]')).to.deep.equal([
        'M',
        'JC',
        'ع\u200cخ',
        'नमो',
        '山太',
        'Iİ',
        '',
      ]);
    });

    it('links a member’s name to a safe URL, mailto included, and never to javascript:', async () => {
      const group = people(0, {
        items: [
          { name: 'Web', url: 'https://example.org/web' },
          { name: 'Mail', url: 'mailto:mail@example.org' },
          { name: 'Script', url: 'javascript:alert(1)' },
        ],
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      const hrefs = [...shadow(el).querySelectorAll('[part=name]')].map((n) =>
        n.getAttribute('href'),
      );
      expect(hrefs).to.deep.equal(['https://example.org/web', 'mailto:mail@example.org', null]);
      expect(text(el, 'li:nth-child(3) [part=name]')).to.equal('Script');
      await expect(el).to.be.accessible();
    });

    it('shows an affiliation other than the group’s by its name, linked when safe', async () => {
      const group = people(0, {
        items: [
          {
            name: 'Ayesha Malik',
            jobTitle: 'Economist',
            affiliation: { name: 'World Bank', url: 'https://example.org/wb' },
          },
        ],
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(text(el, '[part=affiliation]')).to.equal('World Bank');
      expect(shadow(el).querySelector('[part=affiliation] a')!.getAttribute('href')).to.equal(
        'https://example.org/wb',
      );
    });

    it('says so when no member is named and only the organization is known', async () => {
      const group = people(0, { organization: { name: 'WIPG' } });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(text(el, '.none')).to.equal('No members are named.');
      await expect(el).to.be.accessible();
    });
  });

  describe('host and occasion', () => {
    it('joins a host and an occasion phrase into one sentence', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${block}></lede-delegation-list>`,
      );
      expect(texts(el, '[part=occasion]')).to.deep.equal([
        `Met Masood Khan, ${AMBASSADOR}, at the Embassy`,
      ]);
    });

    it('names a host the occasion sentence leaves out on a line of its own', async () => {
      const group = people(1, {
        host: { name: 'Rizwan Saeed', jobTitle: 'Deputy Chief of Mission' },
        occasion: 'The group toured the Embassy on Monday.',
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(texts(el, '[part=occasion]')).to.deep.equal([
        'The group toured the Embassy on Monday.',
        'Hosted by Rizwan Saeed, Deputy Chief of Mission',
      ]);
    });

    it('shows a host alone', async () => {
      const group = people(1, { host: { name: 'Masood Khan' } });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(texts(el, '[part=occasion]')).to.deep.equal(['Hosted by Masood Khan']);
    });
  });

  describe('collapsing past the threshold', () => {
    it('shows the first 8 of 12 members and a "Show all 12" button that expands and collapses', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(12)}></lede-delegation-list>`,
      );
      const button = toggle(el)!;
      expect(members(el)).to.have.length(8);
      expect(clean(button.textContent)).to.equal('Show all 12');
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadow(el).getElementById(button.getAttribute('aria-controls')!);
      expect(controlled).to.equal(shadow(el).querySelector('[part=members]'));
      await expect(el).to.be.accessible();

      button.click();
      await elementUpdated(el);
      expect(members(el)).to.have.length(12);
      expect(text(el, 'li:last-child [part=name]')).to.equal('Member 12');
      expect(toggle(el)).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(clean(button.textContent)).to.equal('Show fewer');
      await expect(el).to.be.accessible();

      button.click();
      await elementUpdated(el);
      expect(members(el)).to.have.length(8);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('does not collapse at exactly the threshold', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(8)}></lede-delegation-list>`,
      );
      expect(members(el)).to.have.length(8);
      expect(toggle(el)).to.equal(null);
    });

    it('takes its threshold from the attribute', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(5)} threshold="3"></lede-delegation-list>`,
      );
      expect(members(el)).to.have.length(3);
      expect(clean(toggle(el)!.textContent)).to.equal('Show all 5');
    });

    it('is operated with Enter and Space, keeping focus on the button', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(10)}></lede-delegation-list>`,
      );
      const button = toggle(el)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(members(el)).to.have.length(10);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button);

      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(members(el)).to.have.length(8);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('renders only the first members of a 10,000-member group until expanded', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list
          .people=${people(10_000, { numberOfItems: 10_000 })}
        ></lede-delegation-list>`,
      );
      expect(members(el)).to.have.length(8);
      expect(shadow(el).querySelectorAll('li[part=member]')).to.have.length(8);
      expect(clean(toggle(el)!.textContent)).to.equal('Show all 10,000');
      toggle(el)!.click();
      await elementUpdated(el);
      expect(members(el)).to.have.length(10_000);
      expect(text(el, 'li:last-child [part=name]')).to.equal('Member 10000');
    });

    it('starts collapsed again when new data arrives', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${people(10)}></lede-delegation-list>`,
      );
      toggle(el)!.click();
      await elementUpdated(el);
      expect(members(el)).to.have.length(10);
      el.people = people(11);
      await elementUpdated(el);
      expect(members(el)).to.have.length(8);
      expect(clean(toggle(el)!.textContent)).to.equal('Show all 11');
    });
  });

  describe('data sources', () => {
    const { fake } = fakeFetchInEachTest();

    it('prefers the property over inline JSON, src and attributes', async () => {
      const el = await fixture<LedeDelegationList>(html`
        <lede-delegation-list
          .people=${people(1, { title: 'Property' })}
          src="/never.json"
          heading="Attributes"
        >
          <script type="application/json">
            { "type": "people", "title": "Inline", "items": [] }
          </script>
        </lede-delegation-list>
      `);
      expect(text(el, '[part=heading]')).to.equal('Property');
      expect(fake.requests).to.have.length(0);
    });

    it('prefers the people property over the article property', async () => {
      const el = await fixture<LedeDelegationList>(html`
        <lede-delegation-list
          .people=${people(1, { title: 'Own block' })}
          .article=${story}
        ></lede-delegation-list>
      `);
      expect(text(el, '[part=heading]')).to.equal('Own block');
    });

    it('reads inline JSON before src and attributes', async () => {
      const el = await fixture<LedeDelegationList>(html`
        <lede-delegation-list src="/never.json" heading="Attributes">
          <script type="application/json">
            {
              "type": "people",
              "title": "Inline",
              "numberOfItems": 4,
              "items": [{ "name": "Ana Ruiz" }]
            }
          </script>
        </lede-delegation-list>
      `);
      expect(text(el, '[part=heading]')).to.equal('Inline');
      expect(text(el, '[part=count]')).to.equal('4 members, 1 named');
      expect(fake.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the seed delegation’s final size while loading, narrow and wide', async () => {
      for (const width of [320, 968]) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="inline-size: ${width}px">
            <lede-delegation-list src="/story.json"></lede-delegation-list>
          </div>`,
        );
        const el = wrapper.querySelector<LedeDelegationList>('lede-delegation-list')!;
        await el.updateComplete;
        const { loading, final } = await heightsWhileLoading(el, fake, JSON.stringify(story));
        expect(loading, `at ${width}px`).to.be.closeTo(final, 1);
      }
    });

    it('loads src before attributes, showing a skeleton meanwhile', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list src="/group.json" heading="Attributes"></lede-delegation-list>`,
      );
      const events = recordEvents(el, 'lede-load', 'lede-error');
      const skeleton = shadow(el).querySelector('[aria-busy=true]')!;
      expect(skeleton.querySelectorAll('.skeleton').length).to.be.greaterThan(2);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(text(el, '.visually-hidden')).to.equal('Loading');
      await expect(el).to.be.accessible();
      const [request] = await fake.waitForRequests(1);
      expect(request!.url).to.equal('/group.json');
      const load = oneEvent(el, 'lede-load');
      request!.respond(JSON.stringify(block));
      await load;
      await el.updateComplete;
      expect(text(el, '[part=heading]')).to.equal(
        'Washington Intergovernmental Professional Group (WIPG)',
      );
      expect(events.map((e) => e.type)).to.deep.equal(['lede-load']);
    });

    it('picks a people block from an article by index and by block-id', async () => {
      const byIndex = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .article=${twoGroups} index="1"></lede-delegation-list>`,
      );
      expect(text(byIndex, '[part=heading]')).to.equal('Student exchange');
      const byId = await fixture<LedeDelegationList>(
        html`<lede-delegation-list
          .article=${twoGroups}
          block-id="first"
          index="1"
        ></lede-delegation-list>`,
      );
      expect(text(byId, '[part=heading]')).to.equal('Trade mission');
      expect(text(byId, '[part=count]')).to.equal('12 members, 1 named');
    });

    it('renders the attributes of a hand-written tag', async () => {
      const el = await fixture<LedeDelegationList>(html`
        <lede-delegation-list
          organization="Washington Intergovernmental Professional Group"
          organization-abbr="WIPG"
          organization-url="https://example.org/wipg"
          count="35"
          groups="economists, diplomats ,, legal professionals"
          members=${JSON.stringify([
            { name: 'Luis Fortuno', jobTitle: 'Former Governor of Puerto Rico' },
          ])}
          host="Masood Khan"
          host-title=${AMBASSADOR}
          occasion="at the Embassy"
        ></lede-delegation-list>
      `);
      expect(text(el, '[part=heading]')).to.equal(
        'Washington Intergovernmental Professional Group (WIPG)',
      );
      expect(shadow(el).querySelector('[part=heading] a')!.getAttribute('href')).to.equal(
        'https://example.org/wipg',
      );
      expect(text(el, '[part=count]')).to.equal('35 members, 1 named');
      expect(texts(el, '[part=name]')).to.deep.equal(['Luis Fortuno']);
      expect(texts(el, '[part=group]')).to.deep.equal([
        'economists',
        'diplomats',
        'legal professionals',
      ]);
      expect(text(el, '[part=occasion]')).to.equal(
        `Met Masood Khan, ${AMBASSADOR}, at the Embassy`,
      );
      await expect(el).to.be.accessible();
    });

    it('takes a heading attribute as the title, with the organization under it', async () => {
      const el = await fixture<LedeDelegationList>(html`
        <lede-delegation-list
          heading="The delegation"
          organization="WIPG"
          count="35"
        ></lede-delegation-list>
      `);
      expect(text(el, '[part=heading]')).to.equal('The delegation');
      expect(text(el, '[part=organization]')).to.equal('WIPG');
      expect(text(el, '[part=count]')).to.equal('35 members');
    });

    it('is empty with no data at all', async () => {
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list heading-level="2" threshold="4"></lede-delegation-list>`,
      );
      expect(shadow(el).textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('errors and bad input', () => {
    async function expectError(template: ReturnType<typeof html>, message: string) {
      const warnings = captureWarnings();
      const events: LedeErrorEvent[] = [];
      const listener = (e: Event) => events.push(e as LedeErrorEvent);
      window.addEventListener('lede-error', listener);
      try {
        const el = await within(template);
        if (!events.length) await oneEvent(el, 'lede-error');
        await el.updateComplete;
        expect(text(el, '[part=error]')).to.equal(message);
        expect(shadow(el).querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
        expect(events).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-delegation-list>');
        await expect(el).to.be.accessible();
        return events[0]!;
      } finally {
        window.removeEventListener('lede-error', listener);
        warnings.stop();
      }
    }
    const paths = (event: LedeErrorEvent) => event.detail.problems.map((p) => p.path);

    /** Renders an element that loads with dropped values; returns it and the dropped paths. */
    const withDropped = (template: ReturnType<typeof html>) =>
      renderedWithDropped(() => within(template));

    it('drops a member without a name, naming its path, and shows the others', async () => {
      const bad = { type: 'people', items: [{ name: 'Ana Ruiz' }, { jobTitle: 'President' }] };
      const { el, dropped } = await withDropped(
        html`<lede-delegation-list .people=${bad as PeopleBlock}></lede-delegation-list>`,
      );
      expect(dropped).to.deep.equal(['items[1].name']);
      expect(texts(el, '[part=name]')).to.deep.equal(['Ana Ruiz']);
    });

    it('names the path of a dropped member inside a whole article', async () => {
      const article = {
        headline: 'x',
        body: [
          { type: 'paragraph', text: 'p' },
          { type: 'people', items: [{ name: 'Ana Ruiz' }, { name: 42 }] },
        ],
      };
      const { dropped } = await withDropped(
        html`<lede-delegation-list
          .article=${article as unknown as Article}
        ></lede-delegation-list>`,
      );
      expect(dropped).to.deep.equal(['body[1].items[1].name']);
    });

    it('refuses a group with no named member, no count and no organization', async () => {
      const bad = { type: 'people', numberOfItems: '35', items: [] };
      const event = await expectError(
        html`<lede-delegation-list
          .people=${bad as unknown as PeopleBlock}
        ></lede-delegation-list>`,
        INVALID,
      );
      expect(paths(event)).to.deep.equal(['']);
      expect(event.detail.problems[0]!.message).to.contain('numberOfItems');
    });

    it('drops a count attribute that is not a whole number, and shows the organization', async () => {
      const { el, dropped } = await withDropped(
        html`<lede-delegation-list organization="WIPG" count="35 people"></lede-delegation-list>`,
      );
      expect(dropped).to.deep.equal(['numberOfItems']);
      expect(text(el, '[part=heading]')).to.contain('WIPG');
    });

    it('reads a members attribute that is a name, not JSON, as that one member', async () => {
      const el = await within(
        html`<lede-delegation-list
          organization="WIPG"
          members="Luis Fortuno"
        ></lede-delegation-list>`,
      );
      expect(texts(el, '[part=name]')).to.deep.equal(['Luis Fortuno']);
    });

    it('reports a block that is not in the article', async () => {
      const event = await expectError(
        html`<lede-delegation-list .article=${story} block-id="nope"></lede-delegation-list>`,
        'This part of the story was not found.',
      );
      expect(event.detail.cause).to.equal('not-found');
    });

    it('reports broken inline JSON', async () => {
      await expectError(
        html`<lede-delegation-list
          ><script type="application/json">
            { "type": "people", "items": [
          </script></lede-delegation-list
        >`,
        'The story’s data is not valid JSON.',
      );
    });

    describe('from src', () => {
      const { fake } = fakeFetchInEachTest();

      it('reports a 404', async () => {
        const pending = fake.waitForRequests(1).then(([r]) => r!.respond('', { status: 404 }));
        const event = await expectError(
          html`<lede-delegation-list src="/missing.json"></lede-delegation-list>`,
          'The story could not be loaded (HTTP 404).',
        );
        await pending;
        expect(event.detail.status).to.equal(404);
      });

      it('reports a response that is not JSON', async () => {
        const pending = fake.waitForRequests(1).then(([r]) => r!.respond('<html>oops</html>'));
        const event = await expectError(
          html`<lede-delegation-list src="/page.html"></lede-delegation-list>`,
          'The story’s data is not valid JSON.',
        );
        await pending;
        expect(event.detail.cause).to.equal('not-json');
      });

      it('reports invalid data with its path', async () => {
        const pending = fake
          .waitForRequests(1)
          .then(([r]) => r!.respond(JSON.stringify({ type: 'people', items: 5 })));
        const event = await expectError(
          html`<lede-delegation-list src="/bad.json"></lede-delegation-list>`,
          INVALID,
        );
        await pending;
        expect(paths(event)).to.deep.equal(['']);
      });

      it('refuses a javascript: src without making a request', async () => {
        const event = await expectError(
          html`<lede-delegation-list src=" javascript:alert(1)"></lede-delegation-list>`,
          'This story’s address is not allowed.',
        );
        expect(event.detail.cause).to.equal('unsafe-url');
        expect(fake.requests).to.have.length(0);
      });
    });

    it('does not link an organization with a javascript: URL', async () => {
      const group = people(1, {
        organization: { name: 'WIPG', url: 'javascript:alert(document.domain)' },
      });
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(text(el, '[part=heading]')).to.equal('WIPG');
      expect(shadow(el).querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows HTML and script in names and other fields as text', async () => {
      const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
      const group: PeopleBlock = {
        type: 'people',
        title: `<b>${payload}</b>`,
        organization: { name: payload, alternateName: '<i>W</i>' },
        items: [{ name: payload, jobTitle: payload, affiliation: { name: payload } }],
        groups: [payload],
        occasion: payload,
      };
      const el = await fixture<LedeDelegationList>(
        html`<lede-delegation-list .people=${group}></lede-delegation-list>`,
      );
      expect(text(el, '[part=heading]')).to.equal(`<b>${payload}</b>`);
      expect(text(el, '[part=organization]')).to.equal(`${payload} (<i>W</i>)`);
      expect(text(el, '[part=name]')).to.equal(payload);
      expect(text(el, '[part=role]')).to.equal(payload);
      expect(text(el, '[part=affiliation]')).to.equal(payload);
      expect(text(el, '[part=group]')).to.equal(payload);
      expect(text(el, '[part=occasion]')).to.equal(payload);
      expect(shadow(el).querySelector('img, script, b, i')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('mirrors in right-to-left text: the initials sit on the right of the name', async () => {
      const ltr = await within(
        html`<div style="inline-size: 400px">
          <lede-delegation-list .article=${story}></lede-delegation-list>
        </div>`,
      );
      const rtl = await within(html`
        <div dir="rtl" lang="ar" style="inline-size: 400px">
          <lede-delegation-list
            .people=${people(0, {
              numberOfItems: 35,
              items: [{ name: 'عمران خان', jobTitle: 'رئيس' }],
            })}
          ></lede-delegation-list>
        </div>
      `);
      const box = (el: Element, selector: string) =>
        shadow(el).querySelector(selector)!.getBoundingClientRect();
      expect(box(ltr, '[part=avatar]').left).to.be.lessThan(box(ltr, '[part=name]').left);
      expect(box(rtl, '[part=avatar]').left).to.be.greaterThan(box(rtl, '[part=name]').right);
      // The heading starts at the right edge of its section.
      const section = box(rtl, 'section');
      const heading = shadow(rtl).querySelector('[part=heading]')!;
      const range = document.createRange();
      range.selectNodeContents(heading);
      const words = range.getBoundingClientRect();
      expect(section.right - words.right).to.be.lessThan(words.left - section.left);
      // A size line in a language written left to right keeps "35" before "members".
      const walker = document.createTreeWalker(
        shadow(rtl).querySelector('[part=count]')!,
        NodeFilter.SHOW_TEXT,
      );
      let count = walker.nextNode()!;
      while (!count.textContent!.trim()) count = walker.nextNode()!;
      expect(count.textContent).to.equal('35 members, 1 named');
      const part = (start: number, end: number) => {
        const piece = document.createRange();
        piece.setStart(count, start);
        piece.setEnd(count, end);
        return piece.getBoundingClientRect();
      };
      expect(part(0, 2).right).to.be.at.most(part(3, 10).left);
      expect(part(0, 19).right).to.be.closeTo(section.right, 1);
      await expect(rtl).to.be.accessible();
    });

    it('lays members out in columns when wide and in one column when narrow', async () => {
      const tops = (el: Element) =>
        new Set([...members(el)].map((li) => Math.round(li.getBoundingClientRect().top))).size;
      const wide = await within(
        html`<div style="inline-size: 1000px">
          <lede-delegation-list .people=${people(6)}></lede-delegation-list>
        </div>`,
      );
      expect(tops(wide)).to.be.lessThan(6);
      const narrow = await within(
        html`<div style="inline-size: 240px">
          <lede-delegation-list .people=${people(6)}></lede-delegation-list>
        </div>`,
      );
      expect(tops(narrow)).to.equal(6);
      for (const li of members(narrow)) {
        expect(li.getBoundingClientRect().right).to.be.at.most(
          narrow.getBoundingClientRect().right,
        );
      }
    });
  });
});
