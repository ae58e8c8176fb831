import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article/define.js';
import '../../src/components/article-card/define.js';
import type { LedeArticle } from '../../src/components/article/article.js';
import type { LedeArticleCard } from '../../src/components/article-card/article-card.js';
import type { LedeLoadEvent } from '../../src/core/events.js';

const POST = '/test/fixtures/adapters/wordpress/post-embed.json';
const HEADLINE = 'More than 6,000 Pakistani vendors registered on Amazon, ambassador says';

const textOf = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

async function loaded<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  el: T,
): Promise<LedeLoadEvent> {
  const event = (await oneEvent(el, 'lede-load')) as LedeLoadEvent;
  await el.updateComplete;
  return event;
}

describe('a WordPress REST API post rendered by the elements', () => {
  it('renders in lede-article: headline, byline, section, body and featured image', async () => {
    const el = await fixture<LedeArticle>(html`<lede-article src=${POST}></lede-article>`);
    const event = await loaded(el);
    const root = el.shadowRoot!;
    expect(event.detail.source).to.equal('src');
    expect(textOf(root, 'h1')).to.equal(HEADLINE);
    expect(textOf(root, '[part~=byline]')).to.contain('Ayesha Rahman');
    expect(textOf(root, '[part~=section]')).to.equal('Business & Trade');
    expect(textOf(root, '[part~=paragraph]')).to.contain('More than 6,000 vendors from Pakistan');
    expect(textOf(root, 'h2')).to.equal('A 35-person delegation');
    const quote = root.querySelector('lede-pull-quote')!;
    await quote.updateComplete;
    expect(textOf(quote.shadowRoot!, 'blockquote')).to.contain('This is just a beginning');
    const images = [...root.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(images).to.include('https://tidings.example/wp-content/uploads/2022/08/ambassador.jpg');
    const embed = root.querySelector<HTMLAnchorElement>('a[part~=embed], [part~=embed] a')!;
    expect(embed.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=abc123');
    expect(embed.textContent).to.contain('The ambassador’s remarks');
    expect(images).to.include('https://tidings.example/wp-content/uploads/2022/08/group-2.jpg');
    const link = root.querySelector<HTMLAnchorElement>('a[href="https://tidings.example/sdgs/"]');
    expect(link?.textContent).to.equal('cooperation on the SDGs');
    expect(root.querySelector('[part=error]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders in lede-article-card: headline linked to the post, dek, image and author', async () => {
    const el = await fixture<LedeArticleCard>(
      html`<lede-article-card src=${POST}></lede-article-card>`,
    );
    await loaded(el);
    const root = el.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('[part~=link]')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(HEADLINE);
    expect(link.getAttribute('href')).to.equal(
      'https://tidings.example/2022/08/23/pakistani-vendors-amazon/',
    );
    expect(textOf(root, '[part~=dek]')).to.match(/seller registration for the nation\.$/);
    expect(root.querySelector('[part~=image] img, img[part~=image]')?.getAttribute('alt')).to.equal(
      'Masood Khan at a lectern',
    );
    expect(textOf(root, '[part~=byline]')).to.contain('Ayesha Rahman');
    await expect(el).to.be.accessible();
  });
});
