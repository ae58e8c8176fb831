/**
 * examples/react-card: a React application, built with Rollup from the packed package, that
 * shows one story through `lede-elements/react/article-card.js`. Its bundle must hold that one
 * element, and it must render the story with no error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ALL_TAGS } from '../helpers/tags.js';
import { requireExample, shadowText } from './built-examples.js';

const APP = '/examples/react-card/dist/app.js';
const OTHER_TAGS = ALL_TAGS.filter((tag) => tag !== 'lede-article-card');

describe('examples/react-card: a React app that uses the card alone', () => {
  before(() => requireExample(APP));

  it('bundles the card and none of the other elements', async () => {
    const code = await (await fetch(APP)).text();
    expect(code).to.include('lede-article-card');
    for (const tag of OTHER_TAGS) expect(code, tag).not.to.match(new RegExp(`${tag}\\b(?!-)`));
  });

  it('renders the story as a card, with no console error, and registers the card alone', async () => {
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    try {
      await import(/* @vite-ignore */ APP);
      const card = () => root.querySelector('lede-article-card');
      await waitUntil(
        () => shadowText(card(), '[part=headline]') !== '',
        'the card never rendered',
      );
      expect(shadowText(card(), '[part=headline]')).to.equal(
        'More than 6,000 Pakistani vendors registered on Amazon last year, says ambassador',
      );
      expect(card()?.getAttribute('layout')).to.equal('horizontal');
      expect(OTHER_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      await expect(card()).to.be.accessible();
    } finally {
      console.error = originalError;
      window.removeEventListener('error', onError);
      root.remove();
    }
  });
});
