/**
 * The security matrix page: renders cases in every Lede element under the policy its response
 * carried and reports what the witnesses saw. It is loaded in an iframe; the test drives it.
 */
import { witness } from './canary.js';
import '../../../src/lede.js';
import { inlineText, parseInlineHtml } from '../../../src/model/inline-html.js';
import { decodeHtmlEntities } from '../../../src/model/safe-url.js';
import { inspect, settleNested, withoutSpace } from './inspect.js';
import {
  READY_MESSAGE,
  type BatchResult,
  type CaseResult,
  type ElementResult,
  type MatrixCase,
  type MatrixPage,
  type Outcome,
} from './protocol.js';
import { ALL_TAGS } from '../../helpers/tags.js';

/** The inline subset's tags and attributes, which article text may bring into any element. */
const INLINE_SUBSET = new Set([
  ...['a', 'em', 'i', 'strong', 'b', 'br', 'sub', 'sup', 'q', 'abbr'],
  ...['a[href]', 'a[title]', 'abbr[title]'],
]);

/** What a baseline showed: per format and tag, the markers seen and the markup produced. */
interface Baseline {
  markers: Set<string>;
  markup: Set<string>;
}
const baselines = new Map<string, Baseline>();

const OUTCOME_TIMEOUT = 5_000;

/** Resolves with the element's own lede-load or lede-error, not one from an element inside it. */
function outcome(element: Element): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('none'), OUTCOME_TIMEOUT);
    const settle = (event: Event) => {
      if (event.composedPath()[0] !== element) return;
      clearTimeout(timer);
      resolve(event.type === 'lede-load' ? 'content' : 'error');
    };
    element.addEventListener('lede-load', settle);
    element.addEventListener('lede-error', settle);
  });
}

/**
 * The ways a field's text may be shown verbatim: as plain text, with its character references
 * decoded (formats whose text fields may carry them), or as parsed inline HTML. Compared without
 * whitespace: adapters may split a text into paragraphs or list items at line breaks.
 */
function readings(value: string): string[] {
  const candidates = [value, decodeHtmlEntities(value), inlineText(parseInlineHtml(value))];
  return candidates.map(withoutSpace);
}

/**
 * Whether `text` appears where its marker does. Anchoring on the short marker keeps the search
 * linear: looking for a long repetitive value with `includes` can take quadratic time.
 */
function showsAt(rendered: string, text: string, marker: string): boolean {
  for (let at = rendered.indexOf(marker); at >= 0; at = rendered.indexOf(marker, at + 1)) {
    if (rendered.startsWith(text, at)) return true;
  }
  return false;
}

/** What follows a marker in the rendering, for the report of a dropped field. */
function shownAfter(rendered: string, marker: string): string {
  const at = rendered.indexOf(marker);
  return at < 0 ? '(nothing)' : rendered.slice(at, at + 60);
}

function createElements(testCase: MatrixCase): HTMLElement[] {
  if (testCase.attributes) {
    return Object.entries(testCase.attributes).map(([tag, attributes]) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      return element;
    });
  }
  return ALL_TAGS.map((tag) => {
    const element = document.createElement(tag);
    Object.assign(element, { article: testCase.document });
    return element;
  });
}

async function renderCase(testCase: MatrixCase): Promise<CaseResult> {
  witness.currentCase = testCase.id;
  const container = document.createElement('div');
  // Laying out thousands of over-long words takes seconds and proves nothing about safety;
  // hidden, the elements render the same DOM without layout.
  container.hidden = true;
  const elements = createElements(testCase);
  const outcomes = elements.map(outcome);
  container.append(...elements);
  document.body.append(container);
  const settled = await Promise.all(outcomes);
  await Promise.all(elements.map(settleNested));

  const results = elements.map((element, index): ElementResult => {
    const tag = element.localName;
    const rendering = inspect(element);
    const key = `${testCase.format}|${tag}`;
    const result: ElementResult = {
      tag,
      outcome: settled[index] ?? 'none',
      unsafeUrls: rendering.unsafeUrls,
      foreign: [...rendering.dangerous],
      dropped: [],
    };
    if (testCase.role === 'baseline') {
      const baseline = baselines.get(key) ?? { markers: new Set(), markup: new Set() };
      for (const field of testCase.fields) {
        if (rendering.text.includes(field.marker)) baseline.markers.add(field.marker);
      }
      for (const item of rendering.markup) baseline.markup.add(item);
      baselines.set(key, baseline);
      return result;
    }
    const baseline = baselines.get(key);
    if (!baseline) throw new Error(`no baseline rendered for ${key}`);
    for (const item of rendering.markup) {
      if (!baseline.markup.has(item) && !INLINE_SUBSET.has(item)) result.foreign.push(item);
    }
    // A visible error is an acceptable outcome; text is only missing from content.
    if (result.outcome === 'content') {
      for (const field of testCase.fields) {
        if (!baseline.markers.has(field.marker)) continue;
        const shown = readings(field.value).some((text) =>
          showsAt(rendering.text, text, field.marker),
        );
        if (!shown)
          result.dropped.push(
            `${field.marker} shown as "${shownAfter(rendering.text, field.marker)}"`,
          );
      }
    }
    return result;
  });
  container.remove();
  witness.currentCase = 'between cases';
  return { id: testCase.id, format: testCase.format, role: testCase.role, elements: results };
}

/** Time for what a rendering could have started (an image's error, a frame's load) to run. */
const settleTime = () => new Promise((resolve) => setTimeout(resolve, 250));

const page: MatrixPage = {
  async run(cases) {
    const results: CaseResult[] = [];
    for (const testCase of cases) results.push(await renderCase(testCase));
    await settleTime();
    const batch: BatchResult = {
      cases: results,
      executions: [...witness.executions],
      violations: witness.violations,
      pageErrors: witness.pageErrors,
    };
    return batch;
  },
};

Object.assign(window, { ledeSecurityPage: page });
parent.postMessage(READY_MESSAGE, '*');
