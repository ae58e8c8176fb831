/**
 * Hostile page CSS: every element, with the seed story, while loading and in its error state,
 * renders pixel for pixel the same on a page with Bootstrap's Reboot, with Tailwind's Preflight
 * (as a Tailwind site ships it: compiled by Tailwind, with its theme variables) and with
 * `* { all: revert }` as on a plain page. Screenshots are taken by Chromium and compared with
 * pixelmatch at threshold 0, anti-aliasing included; each is written to
 * test/security/hostile-css/screenshots/, with a diff image beside any pair that differs.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/lede.js';
import { ALL_TAGS } from '../helpers/tags.js';
import { nestedUpdates, settled } from './settle.js';

const seedStory: unknown = await (await fetch('/demo/data/seed-story.json')).json();

/** The page styles, served by test/security/hostile-css/plugin.js. */
const HOSTILE_PAGES = ['reboot', 'preflight', 'revert'] as const;
type HostilePage = (typeof HOSTILE_PAGES)[number];
type PageStyle = HostilePage | 'control';

type State = 'story' | 'loading' | 'error';

interface Case {
  tag: string;
  state: State;
  attributes?: Record<string, string>;
  /** The page's own text after the element, which runs beside a supporting quote. */
  pageText?: boolean;
  /** A theme class of src/themes/ on the page's box, whose tokens must still reach in. */
  theme?: string;
}

/** Words of the seed story each element shows. */
const STORY_TEXT: Record<string, string> = {
  'lede-article': 'More than 6,000 Pakistani vendors registered on Amazon',
  'lede-article-card': 'More than 6,000 Pakistani vendors registered on Amazon',
  'lede-pull-quote': 'significant breakthrough for Pakistan',
  'lede-stat-badge': 'Pakistani vendors registered on Amazon',
  'lede-delegation-list': 'Masood Khan',
  'lede-related-links': 'US, Pakistan to strengthen cooperation on SDGs',
};

const STATES: readonly State[] = ['story', 'loading', 'error'];

/** Each element in each state, and the card's layouts, the quote's alignments, the badge's sizes. */
const CASES: Case[] = [
  ...ALL_TAGS.flatMap((tag) => STATES.map((state) => ({ tag, state }))),
  ...['horizontal', 'compact', 'hero'].flatMap((layout) =>
    (['story', 'loading'] as const).map((state) => ({
      tag: 'lede-article-card',
      state,
      attributes: { layout },
    })),
  ),
  ...(['story', 'loading'] as const).flatMap((state) => [
    { tag: 'lede-pull-quote', state, attributes: { alignment: 'showcase' } },
    // A supporting quote floats its host beside the page's text, with the host's width and
    // margins, which a page rule for every element would replace (Preflight's margin: 0,
    // all: revert) but for their !important. The text shows the float and the gap.
    { tag: 'lede-pull-quote', state, attributes: { alignment: 'supporting' }, pageText: true },
  ]),
  ...['s', 'l'].map((size) => ({
    tag: 'lede-stat-badge',
    state: 'story' as const,
    attributes: { size },
  })),
  ...['lede-article-card', 'lede-related-links'].map((tag) => ({
    tag,
    state: 'story' as const,
    theme: 'lede-theme-dark',
  })),
];

/** The text colour of the dark set, which the themed cases must show. */
const DARK_TEXT = 'rgb(237, 237, 237)';

const caseName = ({ tag, state, attributes, theme, pageText }: Case) =>
  [
    tag,
    ...Object.entries(attributes ?? {}).map(([name, value]) => `${name}=${value}`),
    state,
    ...(pageText ? ['beside text'] : []),
    ...(theme ? [`in .${theme}`] : []),
  ].join(' ');

const PAGE_TEXT =
  'More than 6,000 Pakistani vendors have registered on Amazon since the marketplace opened to the country, and the ambassador expects the number to grow with better networking and integration with US internet platforms. '.repeat(
    5,
  );

/**
 * A paragraph of the page's own, its style attribute stands for the publisher's article text:
 * `all: initial` there beats every page rule, so only the element beside it can move its lines.
 */
function pageParagraph(): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.setAttribute(
    'style',
    'all: initial; display: block; margin: 0; font: 16px/1.5 serif; color: #1a1a1a',
  );
  paragraph.textContent = PAGE_TEXT;
  return paragraph;
}

async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)));
  });
  document.head.append(link);
  await loaded;
  return link;
}

// The page's themes, as a publisher loads them: only their classes select anything.
await addStylesheet('/src/themes/dark.css');

/** Stops every animation (the placeholders' pulse) at its start, in every shadow tree. */
function freezeAnimations(root: Document | ShadowRoot): void {
  for (const animation of root.getAnimations()) {
    animation.pause();
    animation.currentTime = 0;
  }
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) freezeAnimations(element.shadowRoot);
  }
}

/** Whether the page's text in the box starts on a line beside the element, before its start. */
function textBeside(box: HTMLElement): boolean {
  const [element, paragraph] = Array.from(box.children);
  if (!element || !paragraph) return false;
  const words = document.createRange();
  words.selectNodeContents(paragraph);
  const firstLine = words.getClientRects()[0];
  const quote = element.getBoundingClientRect();
  return !!firstLine && firstLine.top < quote.bottom && firstLine.right < quote.left;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Renders the case in a box of the page's own, 720 px wide at the top left corner (its inline
 * style, which no page rule overrides, stands for the publisher's layout; everything else is
 * inherited from the page), and screenshots the box.
 */
async function shoot(testCase: Case, style: PageStyle | 'plain') {
  const link = style === 'plain' ? undefined : await addStylesheet(`/hostile-css/${style}.css`);
  const box = document.createElement('div');
  box.setAttribute(
    'style',
    'position: absolute; inset: 0 auto auto 0; inline-size: 720px; display: flow-root; background: #fff',
  );
  if (testCase.theme) box.className = testCase.theme;
  const element = document.createElement(testCase.tag);
  for (const [name, value] of Object.entries(testCase.attributes ?? {})) {
    element.setAttribute(name, value);
  }
  if (testCase.state === 'loading') {
    element.setAttribute('timeout', '600000');
    element.setAttribute('src', '/hostile-css/pending');
  } else {
    Object.assign(element, { article: testCase.state === 'story' ? seedStory : {} });
  }
  const done = testCase.state === 'loading' ? Promise.resolve() : settled(element);
  box.append(element);
  if (testCase.pageText) box.append(pageParagraph());
  document.body.append(box);
  try {
    await done;
    await nestedUpdates(box);
    await document.fonts.ready;
    freezeAnimations(document);
    await frame();
    await frame();
    const { width, height } = box.getBoundingClientRect();
    const name = `${caseName(testCase)} ${style}`;
    await executeServerCommand('hostile-css-screenshot', {
      name,
      clip: { x: 0, y: 0, width, height: Math.ceil(height) },
    });
    const root = element.shadowRoot;
    const shown = root?.querySelector('[role=alert]')
      ? 'error'
      : root?.querySelector('[aria-busy=true]')
        ? 'loading'
        : 'story';
    const top = root?.firstElementChild;
    const color = top ? getComputedStyle(top).color : '';
    return { name, height, shown, color, text: root?.textContent ?? '', beside: textBeside(box) };
  } finally {
    box.remove();
    link?.remove();
  }
}

interface Comparison {
  differing: number;
  sizeDiffers: boolean;
  diff?: string;
}

const compare = (reference: string, candidate: string) =>
  executeServerCommand<Comparison, { reference: string; candidate: string }>(
    'hostile-css-compare',
    { reference, candidate },
  );

/** What each comparison found, by case and page, for the table in docs/security.md. */
const found = new Map<string, Partial<Record<HostilePage, string>>>();

const PAGE_TITLES: Record<HostilePage, string> = {
  reboot: 'Reboot',
  preflight: 'Preflight',
  revert: '`all: revert`',
};

for (const testCase of CASES) {
  describe(`hostile page CSS: ${caseName(testCase)}`, () => {
    let plain: Awaited<ReturnType<typeof shoot>>;
    before(async () => {
      plain = await shoot(testCase, 'plain');
    });

    it('renders on the plain page', () => {
      expect(plain.height).to.be.greaterThan(20);
      expect(plain.shown).to.equal(testCase.state);
      const words = STORY_TEXT[testCase.tag] ?? '';
      if (testCase.state === 'story') expect(plain.text.includes(words), words).to.equal(true);
      if (testCase.theme) expect(plain.color, 'the dark set').to.equal(DARK_TEXT);
      expect(plain.beside, 'the text runs beside the element').to.equal(!!testCase.pageText);
    });

    for (const style of HOSTILE_PAGES) {
      it(`is pixel-identical under ${style}`, async () => {
        const hostile = await shoot(testCase, style);
        const row = found.get(caseName(testCase)) ?? {};
        found.set(caseName(testCase), row);
        if (hostile.height !== plain.height) {
          row[style] = `height ${plain.height} → ${hostile.height} px`;
        }
        expect(hostile.height, 'height').to.equal(plain.height);
        const result = await compare(plain.name, hostile.name);
        row[style] = `${result.differing.toLocaleString('en-US')} px`;
        expect(
          result.differing,
          `pixels differing; see ${result.diff ?? 'the screenshots'}`,
        ).to.equal(0);
      });
    }
  });
}

describe('hostile page CSS: the comparison sees a difference', () => {
  it('a page that sets a colour token on every element changes the card', async () => {
    const testCase: Case = { tag: 'lede-article-card', state: 'story' };
    const plain = await shoot(testCase, 'plain');
    const control = await shoot(testCase, 'control');
    const result = await compare(plain.name, control.name);
    expect(result.differing).to.be.greaterThan(100);
  });
});

describe('hostile page CSS: the table', () => {
  it('writes what each comparison found to docs/security.md', async () => {
    expect(found.size, 'every case was compared').to.equal(CASES.length);
    const rows = CASES.map((testCase) => {
      const row = found.get(caseName(testCase)) ?? {};
      const cells = HOSTILE_PAGES.map((page) => row[page] ?? 'not compared');
      return `| ${caseName(testCase)} | ${cells.join(' | ')} |`;
    });
    const header = `| element and state | ${HOSTILE_PAGES.map((page) => PAGE_TITLES[page]).join(' | ')} |`;
    const comparisons = CASES.length * HOSTILE_PAGES.length;
    await executeServerCommand('write-security-section', {
      name: 'hostile-css',
      markdown: [
        `${CASES.length} renderings, ${comparisons} screenshot comparisons; pixels that differ from the plain page:`,
        '',
        header,
        `|---|${HOSTILE_PAGES.map(() => '---:').join('|')}|`,
        ...rows,
      ].join('\n'),
    });
  });
});
