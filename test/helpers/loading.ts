/** Measures what a reader sees of an element while its story loads. */
import { expect, oneEvent } from '@open-wc/testing';
import type { FakeFetch } from './fake-fetch.js';

/** An element that renders asynchronously, as every Lede element does. */
interface Rendering extends Element {
  updateComplete: Promise<unknown>;
}

/**
 * The height of `element` while it shows its loading placeholder for a `src` request of `fake`,
 * and its height once that request is answered with `body` and the story has rendered. The
 * answer is marked `no-store`, so that the next element given the same `src` loads it again
 * (and shows its placeholder) rather than share this one's document.
 */
export async function heightsWhileLoading(
  element: Rendering,
  fake: FakeFetch,
  body: string,
): Promise<{ loading: number; final: number }> {
  const request = await fake.nextRequest();
  expect(element.shadowRoot?.querySelector('[aria-busy=true]'), 'a loading placeholder').to.exist;
  const loading = element.getBoundingClientRect().height;
  const loaded = oneEvent(element, 'lede-load');
  request.respond(body, { headers: { 'cache-control': 'no-store' } });
  await loaded;
  await element.updateComplete;
  return { loading, final: element.getBoundingClientRect().height };
}
