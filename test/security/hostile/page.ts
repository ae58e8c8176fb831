/**
 * The hostile-host page: renders a story in every element, on a page made hostile first (see
 * pollute.ts), and describes what was rendered so the test can compare it with a clean page.
 */
import { noise } from './pollute.js';
import { witness } from '../matrix/canary.js';
import '../../../src/lede.js';
import { READY_MESSAGE } from '../matrix/protocol.js';
import { ALL_TAGS } from '../../helpers/tags.js';
import { nestedUpdates, settled } from '../settle.js';

export interface HostilePage {
  /** Renders the story (JSON text, parsed on this page) in every element; describes the result. */
  render(storyJson: string): Promise<{ snapshot: string[]; executions: number; noise: number }>;
}

/** A line for every element (with its attributes, sorted) and text node, shadow trees included. */
function describe(node: Node, depth: number, lines: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child instanceof Element) {
      const attributes = Array.from(child.attributes, (a) => `${a.name}="${a.value}"`).sort();
      lines.push(`${' '.repeat(depth)}<${child.localName} ${attributes.join(' ')}>`);
      if (child.shadowRoot) describe(child.shadowRoot, depth + 1, lines);
      describe(child, depth + 1, lines);
    } else if (child.nodeType === Node.TEXT_NODE && child.nodeValue?.trim()) {
      lines.push(`${' '.repeat(depth)}${child.nodeValue.trim()}`);
    }
  }
}

const page: HostilePage = {
  async render(storyJson) {
    witness.currentCase = 'hostile';
    const story: unknown = JSON.parse(storyJson);
    const container = document.createElement('div');
    const elements = ALL_TAGS.map((tag) => {
      const element = document.createElement(tag);
      Object.assign(element, { article: story });
      return element;
    });
    const loads = elements.map(settled);
    container.append(...elements);
    document.body.append(container);
    await Promise.all(loads);
    await nestedUpdates(container);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const snapshot: string[] = [];
    describe(container, 0, snapshot);
    return {
      snapshot,
      executions: witness.executions.get('hostile') ?? 0,
      noise: noise.calls,
    };
  },
};

Object.assign(window, { ledeHostilePage: page });
parent.postMessage(READY_MESSAGE, '*');
