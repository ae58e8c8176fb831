// Renders every story of every story file with its default args, the way Storybook does —
// its loaders, its render function, its decorators and the toolbar frame — and checks that it
// ends as it says it does, logs no console error and passes axe. A story added to any file is
// tested from then on; .storybook/main.ts makes sure every file is listed in all-stories.ts.
import { expect } from '@open-wc/testing';
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { render } from 'lit';
import {
  frameAttributes,
  initialGlobals,
  LOCALES,
  THEMES,
  withStoryFrame,
  type StoryGlobals,
} from '../../.storybook/toolbars.js';
import { STORY_FILES } from '../../stories/all-stories.js';
import { outcomeOf, type StoryOutcome } from '../../stories/expectation.js';
import type { StoryArgs } from '../../stories/spread-args.js';

type StoryFile = Record<string, unknown> & { default: Meta<StoryArgs> };
type Story = StoryObj<StoryArgs>;

/** The stylesheets Storybook's preview loads, so contrast is checked on the real colours. */
const STYLESHEETS = [
  '/.storybook/story-frame.css',
  '/stories/brand-theme.css',
  '/stories/layouts.css',
];

/** How long an element may take to load its `src` before the story counts as stuck. */
const SETTLE_TIMEOUT = 8000;

before(async () => {
  await Promise.all(
    STYLESHEETS.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`${href} did not load`));
          document.head.append(link);
        }),
    ),
  );
});

/** Storybook's order: the story's decorators innermost, then the file's, then the frame. */
function decoratorsOf(meta: Meta<StoryArgs>, story: Story): Decorator<StoryArgs>[] {
  return [...asArray(story.decorators), ...asArray(meta.decorators), withStoryFrame];
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Renders a story as Storybook would, with `globals` in the toolbars, into `container`, and
 * returns its top-level Lede elements and the events they end with. Listening starts in the
 * same task as rendering: an element with its data at hand fires in its first update.
 */
async function renderStory(
  meta: Meta<StoryArgs>,
  story: Story,
  name: string,
  globals: StoryGlobals,
  container: HTMLElement,
): Promise<{ elements: HTMLElement[]; events: Promise<string[]> }> {
  const args: StoryArgs = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters };
  const context = {
    id: name,
    name,
    title: meta.title,
    component: meta.component,
    args,
    argTypes: {},
    globals,
    parameters,
    viewMode: 'story',
    loaded: {},
  } as unknown as StoryContext<StoryArgs>;
  const loaders = [...asArray(meta.loaders), ...asArray(story.loaders)];
  const results = await Promise.all(loaders.map((loader) => loader(context)));
  context.loaded = Object.assign({}, ...results) as Record<string, unknown>;
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${name} has no render function`);
  const decorated = decoratorsOf(meta, story).reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner as never, context),
    () => renderFn(context.args, context),
  );
  render(decorated(), container);
  const elements = ledeElements(container).filter((element) => container.contains(element));
  return { elements, events: settled(elements) };
}

/** The Lede elements in a tree, looking inside shadow roots. */
function ledeElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('lede-')) found.push(element);
    if (element.shadowRoot) found.push(...ledeElements(element.shadowRoot));
  }
  return found;
}

/** Waits until no Lede element in the tree has an update pending. */
async function allUpdated(root: ParentNode): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = await Promise.all(
      ledeElements(root).map((element) => (element as unknown as LitLike).updateComplete),
    );
    if (pending.every(Boolean)) return;
  }
}

interface LitLike {
  updateComplete: Promise<boolean>;
}

/** The event each element ends with: `lede-load` or `lede-error`. */
function settled(elements: HTMLElement[]): Promise<string[]> {
  return Promise.all(
    elements.map(
      (element) =>
        new Promise<string>((resolve) => {
          const done = (event: Event) => resolve(event.type);
          element.addEventListener('lede-load', done, { once: true });
          element.addEventListener('lede-error', done, { once: true });
          setTimeout(() => resolve(`no event after ${SETTLE_TIMEOUT} ms`), SETTLE_TIMEOUT);
        }),
    ),
  );
}

/** Checks that each element shows what the story's outcome says it shows. */
function expectOutcome(elements: HTMLElement[], outcome: StoryOutcome, events: string[]): void {
  const expected = { load: 'lede-load', error: 'lede-error' } as const;
  if (outcome === 'load' || outcome === 'error') {
    expect(events, 'events').to.deep.equal(elements.map(() => expected[outcome]));
  }
  for (const element of elements) {
    const shadow = element.shadowRoot;
    expect(shadow, `${element.localName} has a shadow root`).to.exist;
    const error = shadow!.querySelector('[part~="error"]');
    const busy = shadow!.querySelector('[aria-busy="true"]');
    if (outcome === 'error') {
      expect(error?.textContent?.trim(), `${element.localName} error message`).to.not.be.empty;
    } else {
      expect(error, `${element.localName} shows no error`).to.equal(null);
    }
    if (outcome === 'loading') expect(busy, `${element.localName} is loading`).to.exist;
    if (outcome === 'empty') expect(shadow!.children.length, 'renders nothing').to.equal(0);
    if (outcome === 'load') expect(busy, `${element.localName} has loaded`).to.equal(null);
  }
}

/** Runs a story and checks it: outcome, console errors, axe. */
async function checkStory(
  meta: Meta<StoryArgs>,
  story: Story,
  name: string,
  globals: StoryGlobals,
) {
  const consoleErrors: unknown[][] = [];
  const pageErrors: string[] = [];
  const originalError = console.error;
  console.error = (...data: unknown[]) => {
    consoleErrors.push(data);
    originalError(...data);
  };
  const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const container = document.createElement('div');
  document.body.append(container);
  try {
    const rendered = await renderStory(meta, story, name, globals, container);
    const topLevel = rendered.elements;
    const outcome = outcomeOf({ ...meta.parameters, ...story.parameters });
    const events = outcome === 'load' || outcome === 'error' ? await rendered.events : [];
    await allUpdated(container);
    expect(topLevel.length, 'Lede elements in the story').to.be.greaterThan(0);
    expectOutcome(topLevel, outcome, events);
    const frame = container.querySelector('.lede-story-frame');
    const { lang, dir } = frameAttributes(globals);
    expect(frame?.getAttribute('lang')).to.equal(lang);
    expect(frame?.getAttribute('dir')).to.equal(dir);
    await expect(container).to.be.accessible();
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(pageErrors, 'uncaught errors').to.deep.equal([]);
  } finally {
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    render(null, container);
    container.remove();
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  }
}

/** The stories of a file: its named exports, as Storybook counts them. */
function storiesOf(file: StoryFile): [string, Story][] {
  return Object.entries(file)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .map(([name, story]) => [name, story as Story]);
}

/**
 * Besides the default toolbars, each story runs once more in another locale and theme, taken
 * in turn: across the files every other locale meets both the dark and the brand theme, and
 * the runs only double rather than multiply.
 */
function otherGlobals(position: number): StoryGlobals {
  const locale = LOCALES[(position % (LOCALES.length - 1)) + 1]?.value ?? 'ar';
  const theme = THEMES[(position % (THEMES.length - 1)) + 1] ?? 'dark';
  return { locale, theme, direction: 'auto' };
}

describe('the toolbars', () => {
  it('offer every locale the library is translated into', async () => {
    const config = (await (await fetch('/lit-localize.json')).json()) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    const expected = [config.sourceLocale, ...config.targetLocales].sort();
    expect(LOCALES.map(({ value }) => value).sort()).to.deep.equal(expected);
  });
});

let position = 0;
for (const [fileName, file] of Object.entries(STORY_FILES) as [string, StoryFile][]) {
  const meta = file.default;
  describe(`${meta.title ?? fileName}`, function () {
    // A page of many elements loads several files and adapters, and axe reads all of it.
    this.timeout(30000);
    for (const [exportName, story] of storiesOf(file)) {
      const name = story.name ?? exportName;
      const other = otherGlobals(position++);
      it(`${name}`, async () => {
        await checkStory(meta, story, exportName, initialGlobals);
      });
      it(`${name} — ${other.locale}, ${other.theme}`, async () => {
        await checkStory(meta, story, exportName, other);
      });
    }
  });
}
