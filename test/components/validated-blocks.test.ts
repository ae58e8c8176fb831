/**
 * The trusted path: `lede-article` validates its story once and hands the elements inside it
 * the blocks it validated, frozen, which they render without validating them again. Only the
 * very objects the validator returned count as validated: a copy, however alike, and a
 * changed copy are validated as usual.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article/define.js';
import type { LedeArticle } from '../../src/components/article/article.js';
import type { LedeStatBadge } from '../../src/components/stat-badge/stat-badge.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article, StatBlock } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';
import { loadSeedStory } from '../helpers/seed.js';

const seed = await loadSeedStory();
const firstStat = seed.body!.findIndex((block) => block.type === 'stat');

/** The seed story with a field the validator does not know on its first stat block. */
const story: Article = {
  ...seed,
  body: seed.body!.map((block, index) =>
    index === firstStat
      ? ({ ...block, note: 'checked by the desk' } as unknown as typeof block)
      : block,
  ),
};

/** Renders `article` in a `lede-article`, recording its own lede-load and those inside it. */
async function renderArticle(article: Article) {
  const el = document.createElement('lede-article') as LedeArticle;
  el.article = article;
  const own = oneEvent(el, 'lede-load');
  document.body.append(el);
  // The article keeps the events of the elements inside it from the page; a capturing
  // listener on its shadow root hears them first.
  // The target is read while the event is dispatched: after, it no longer points inside.
  const inner: { tag: string; event: LedeLoadEvent }[] = [];
  el.shadowRoot!.addEventListener(
    'lede-load',
    (e) => inner.push({ tag: (e.target as Element).localName, event: e as LedeLoadEvent }),
    true,
  );
  const loaded = (await own) as LedeLoadEvent;
  await el.updateComplete;
  const badges = [...el.shadowRoot!.querySelectorAll<LedeStatBadge>('lede-stat-badge')];
  await Promise.all(badges.map((badge) => badge.updateComplete));
  return { el, loaded, inner, badges };
}

describe('validated blocks handed from lede-article to the elements inside it', () => {
  let rendered: Awaited<ReturnType<typeof renderArticle>>;
  before(async () => (rendered = await renderArticle(story)));
  after(() => rendered.el.remove());

  it('are reported once, by the article, and not again by the element that shows them', () => {
    const kept = rendered.loaded.detail.warnings.filter((problem) => problem.kept);
    expect(kept.map((problem) => problem.path)).to.deep.equal([`body[${firstStat}].note`]);
    // Validated again, the badge would report the unknown field as its own `note`.
    const fromBadges = rendered.inner.filter(({ tag }) => tag === 'lede-stat-badge');
    expect(fromBadges).to.have.length(rendered.badges.length);
    expect(fromBadges.flatMap(({ event }) => event.detail.warnings)).to.deep.equal([]);
    expect(rendered.inner.flatMap(({ event }) => event.detail.warnings)).to.deep.equal([]);
  });

  it('render as the article validated them', async () => {
    const badge = rendered.badges[0]!;
    expect(badge.stat).to.include({ type: 'stat', note: 'checked by the desk' });
    expect(badge.shadowRoot!.querySelector('[part=value]')!.textContent).to.contain('6,000');
    await expect(badge).to.be.accessible();
  });

  it('are frozen, so no one can change them after the check', () => {
    const stat = rendered.badges[0]!.stat!;
    expect(Object.isFrozen(stat)).to.equal(true);
    expect(() => ((stat as { value: unknown }).value = 'lots')).to.throw(TypeError);
    expect(Object.isFrozen(rendered.el.article)).to.equal(false); // the page's own object
  });

  it('count only as themselves: a copy just like one is validated as usual', async () => {
    const copy = structuredClone(rendered.badges[0]!.stat!);
    const el = await fixture<LedeStatBadge>(html`<lede-stat-badge></lede-stat-badge>`);
    const warnings = captureWarnings();
    try {
      const loaded = oneEvent(el, 'lede-load');
      el.stat = copy;
      const event = (await loaded) as LedeLoadEvent;
      expect(event.detail.warnings.map((problem) => problem.path)).to.deep.equal(['note']);
    } finally {
      warnings.stop();
    }
    await expect(el).to.be.accessible();
  });

  it('a changed copy is validated, and its problem shown with its path', async () => {
    const changed = { ...rendered.badges[0]!.stat!, value: 'lots' } as unknown as StatBlock;
    const el = await fixture<LedeStatBadge>(html`<lede-stat-badge></lede-stat-badge>`);
    const warnings = captureWarnings();
    const errors: LedeErrorEvent[] = [];
    el.addEventListener('lede-error', (e) => errors.push(e as LedeErrorEvent));
    try {
      el.stat = changed;
      await oneEvent(el, 'lede-error');
      await el.updateComplete;
    } finally {
      warnings.stop();
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.problems.map((problem) => problem.path)).to.deep.equal(['value']);
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.equal(
      'The story’s data is incomplete or malformed.',
    );
    await expect(el).to.be.accessible();
  });
});
