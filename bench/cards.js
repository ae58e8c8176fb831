// Renders 1,000 cards with lede-article-card and with two hand-written vanilla custom elements
// that clone a template into their shadow root, in the same page, and times each (script and
// layout) for the first render and for an update of every card:
//  - the same card: lede-article-card's own markup and stylesheets for these stories, filled in
//    by hand, so the difference is what the library costs;
//  - the plain card: the same text in simpler markup with a small stylesheet, so the difference
//    also counts what the card's typography costs (balanced, clamped headlines and a container
//    query).
// Both format the date with one cached Intl formatter and count the words for the reading time
// once per story body, as the element does. Each card is given a whole story (the seed story's
// 28 blocks, with a headline of its own), as a front page fills its cards from each story's
// JSON. Each phase is timed in total (script and layout) and in script alone (until every card
// has rendered), each after a full garbage collection, so that no kind pays for collecting
// another's garbage.
const COUNT = 1000;
const stage = document.getElementById('stage');
const plainSheet = new CSSStyleSheet();
plainSheet.replaceSync(`
  :host { display: block; font: 16px/1.5 system-ui, sans-serif; }
  .section { color: #b3261e; font-size: 12px; text-transform: uppercase; margin: 0; }
  .headline { font: 700 20px/1.2 Georgia, serif; margin: 4px 0; }
  .link { color: inherit; text-decoration: none; }
  .dek { color: #555; margin: 0; }
  .meta { font-size: 13px; color: #555; margin: 8px 0 0; }
`);
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** Reading times by body: the cards share one story's body, which the element counts once. */
const minutesByBody = new WeakMap();

/** Minutes to read the story's paragraphs and quotes at 230 words a minute, at least 1. */
function readingMinutes(article) {
  const body = article.body ?? [];
  if (!minutesByBody.has(body)) minutesByBody.set(body, countMinutes(body));
  return minutesByBody.get(body);
}

function countMinutes(body) {
  let words = 0;
  for (const block of body) {
    if (block.type === 'paragraph' || block.type === 'quote') {
      words += (block.text ?? '').split(/\s+/).filter(Boolean).length;
    }
  }
  return Math.max(1, Math.round(words / 230));
}

/** A custom element that clones `template` into its shadow root and fills it with `fill`. */
function vanillaCard(template, sheets, fill) {
  return class extends HTMLElement {
    set article(article) {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets();
        root.append(template.content.cloneNode(true));
      }
      fill(this.shadowRoot, article);
    }
  };
}

/** Fills in the parts both vanilla cards share: section, dek, dateline, date and agency. */
function fillShared(root, article) {
  root.querySelector('.section').textContent = article.articleSection ?? '';
  root.querySelector('.dek').textContent = article.description ?? '';
  root.querySelector('.dateline').textContent = article.dateline ?? '';
  const time = root.querySelector('time');
  time.dateTime = article.datePublished ?? '';
  time.textContent = dateFormat.format(new Date(article.datePublished));
  root.querySelector('.source').textContent = article.sourceOrganization?.name ?? '';
}

customElements.define(
  'plain-card',
  vanillaCard(
    document.getElementById('plain-card'),
    () => [plainSheet],
    (root, article) => {
      fillShared(root, article);
      const link = root.querySelector('.link');
      link.textContent = article.headline;
      link.href = article.url ?? '#';
    },
  ),
);

await customElements.whenDefined('lede-article-card');
/** lede-article-card's own stylesheets: the shared tokens and the card's. */
const ledeSheets = customElements
  .get('lede-article-card')
  .elementStyles.map((style) => style.styleSheet ?? style);

customElements.define(
  'same-card',
  vanillaCard(
    document.getElementById('same-card'),
    () => ledeSheets,
    (root, article) => {
      fillShared(root, article);
      root.querySelector('.headline').textContent = article.headline;
      root.querySelector('.reading-time').textContent = `${readingMinutes(article)} min read`;
    },
  ),
);

/**
 * Waits for every card to render, then for layout; returns the milliseconds since `started` at
 * each: the script's share (rendering, without layout) and the total.
 */
async function settle(elements, started) {
  await Promise.all(elements.map((el) => el.updateComplete));
  const script = performance.now() - started;
  void stage.offsetHeight; // layout included in the total
  return { script, total: performance.now() - started };
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
  // Each kind starts with no garbage of another: the kind timed after Lede's cards would
  // otherwise pay for collecting them, and the ratios would depend on the order of the round.
  window.gc();
  const started = performance.now();
  const elements = [];
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement(tag);
    el.article = first[i];
    elements.push(el);
  }
  stage.append(...elements);
  const render = await settle(elements, started);
  const updateStarted = performance.now();
  elements.forEach((el, i) => (el.article = second[i]));
  const update = await settle(elements, updateStarted);
  return {
    render: render.total,
    renderScript: render.script,
    update: update.total,
    updateScript: update.script,
  };
}

/** What each round times: the first render and an update, in total and in script alone. */
const PHASES = ['render', 'renderScript', 'update', 'updateScript'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const CARDS = {
  lede: 'lede-article-card',
  same: 'same-card',
  plain: 'plain-card',
};

/**
 * Runs `rounds` rounds, each timing every card kind in turn, starting with the next kind each
 * round; returns the medians in milliseconds, and the medians of Lede's time over each
 * baseline's in the same round.
 */
window.runBench = async (rounds = 15) => {
  if (typeof window.gc !== 'function') {
    throw new Error('The card bench needs gc(): run it with `npm run bench`.');
  }
  const article = await (await fetch('../demo/data/seed-story.json')).json();
  const samples = Object.fromEntries(
    Object.keys(CARDS).map((name) => [
      name,
      Object.fromEntries(PHASES.map((phase) => [phase, []])),
    ]),
  );
  for (const tag of Object.values(CARDS)) await timeRender(tag, article); // warm-up, not counted
  const kinds = Object.entries(CARDS);
  for (let round = 0; round < rounds; round++) {
    // Each kind goes first in turn: the one that follows the teardown of 1,000 cards would
    // otherwise always pay for collecting them.
    const order = [...kinds.slice(round % kinds.length), ...kinds.slice(0, round % kinds.length)];
    for (const [name, tag] of order) {
      const times = await timeRender(tag, article);
      for (const phase of PHASES) samples[name][phase].push(times[phase]);
    }
  }
  stage.replaceChildren();
  const medians = (name) =>
    Object.fromEntries(PHASES.map((phase) => [phase, median(samples[name][phase])]));
  // Each round times the three kinds one after the other, so Lede's time over a baseline's in
  // the same round cancels what drifts between rounds (other load on the machine, garbage).
  const ratios = (baseline) =>
    Object.fromEntries(
      PHASES.map((phase) => [
        phase,
        median(samples.lede[phase].map((time, i) => time / samples[baseline][phase][i])),
      ]),
    );
  return {
    count: COUNT,
    rounds,
    lede: medians('lede'),
    same: medians('same'),
    plain: medians('plain'),
    ratios: { same: ratios('same'), plain: ratios('plain') },
  };
};
