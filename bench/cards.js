// Renders 1,000 cards with lede-article-card and with a hand-written vanilla custom element
// that clones a template into its shadow root, in the same page, and times each (script and
// layout) for the first render and for an update of every card.
const COUNT = 1000;
const stage = document.getElementById('stage');
const template = document.getElementById('vanilla-card');
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 16px/1.5 system-ui, sans-serif; }
  .section { color: #b3261e; font-size: 12px; text-transform: uppercase; margin: 0; }
  .headline { font: 700 20px/1.2 Georgia, serif; margin: 4px 0; }
  .link { color: inherit; text-decoration: none; }
  .dek { color: #555; margin: 0; }
  .meta { font-size: 13px; color: #555; margin: 8px 0 0; }
`);

class VanillaCard extends HTMLElement {
  set article(article) {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.append(template.content.cloneNode(true));
    }
    const root = this.shadowRoot;
    root.querySelector('.section').textContent = article.articleSection ?? '';
    const link = root.querySelector('.link');
    link.textContent = article.headline;
    link.href = article.url ?? '#';
    root.querySelector('.dek').textContent = article.description ?? '';
    root.querySelector('.dateline').textContent = article.dateline ?? '';
    const time = root.querySelector('time');
    time.dateTime = article.datePublished ?? '';
    time.textContent = new Date(article.datePublished).toLocaleDateString('en', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    const source = root.querySelector('.source');
    source.textContent =
      article.sourceOrganization?.alternateName ?? article.sourceOrganization?.name ?? '';
  }
}
customElements.define('vanilla-card', VanillaCard);

async function settle(elements) {
  await Promise.all(elements.map((el) => el.updateComplete));
  void stage.offsetHeight; // layout included in the time
}

/** A thousand different stories, as a real front page has: nothing can be cached across cards. */
function stories(article, suffix) {
  return Array.from({ length: COUNT }, (_, i) => ({
    ...article,
    headline: `${article.headline} ${suffix}${i}`,
  }));
}

async function timeRender(tag, article) {
  const first = stories(article, '#');
  const second = stories(article, 'updated #');
  stage.replaceChildren();
  await new Promise(requestAnimationFrame);
  const started = performance.now();
  const elements = [];
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement(tag);
    el.article = first[i];
    elements.push(el);
  }
  stage.append(...elements);
  await settle(elements);
  const rendered = performance.now() - started;
  const updateStarted = performance.now();
  elements.forEach((el, i) => (el.article = second[i]));
  await settle(elements);
  return { render: rendered, update: performance.now() - updateStarted };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `rounds` alternating rounds and returns the medians in milliseconds. */
window.runBench = async (rounds = 15) => {
  await customElements.whenDefined('lede-article-card');
  const article = await (await fetch('../demo/data/seed-story.json')).json();
  const samples = { lede: { render: [], update: [] }, vanilla: { render: [], update: [] } };
  await timeRender('lede-article-card', article); // warm-up, not counted
  await timeRender('vanilla-card', article);
  for (let round = 0; round < rounds; round++) {
    for (const [name, tag] of [
      ['lede', 'lede-article-card'],
      ['vanilla', 'vanilla-card'],
    ]) {
      const { render, update } = await timeRender(tag, article);
      samples[name].render.push(render);
      samples[name].update.push(update);
    }
  }
  stage.replaceChildren();
  return {
    count: COUNT,
    rounds,
    lede: { render: median(samples.lede.render), update: median(samples.lede.update) },
    vanilla: { render: median(samples.vanilla.render), update: median(samples.vanilla.update) },
  };
};
