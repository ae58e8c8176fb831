/**
 * Conversion of documents in other publishers' formats into a Lede document, through the
 * adapters: a separate chunk, loaded with `import()` only when a document needs it
 * (`mayNeedAdapter`), and never on the server, where the render API converts before rendering.
 * A module that fails to arrive is a network failure.
 */
import { isServer } from 'lit';
import type { DataSourceKind } from '../events.js';
import { mayNeedAdapter } from '../foreign-format.js';
import {
  accepted,
  leftToBrowser,
  refusal,
  type Accepted,
  type Later,
  type Refusal,
} from './stage.js';

/** A Lede document as it is; a document in another format once the adapters have read it. */
export function convert(
  document: unknown,
  source: DataSourceKind,
  src?: string,
): Later<Accepted | Refusal> {
  if (!mayNeedAdapter(document)) return accepted(document, source, src);
  if (isServer) return leftToBrowser(); // the server render API converts before rendering
  return import('../../adapters/to-article.js')
    .then(({ toArticle }) => {
      const result = toArticle(document);
      if (!result.ok) return refusal('unrecognized', src, result.message);
      const { article, warnings } = result.conversion;
      return accepted(article, source, src, warnings);
    })
    .catch(() => refusal('network', src));
}

/**
 * The schema.org article in the page's JSON-LD texts: the one `articleId` names (its `@id` or
 * `url`), or the first.
 */
export function convertPageJsonLd(
  scripts: string[],
  articleId: string | undefined,
): Promise<Accepted | Refusal> {
  if (isServer) return leftToBrowser(); // the page is the browser's
  return import('../../adapters/jsonld.js')
    .then(({ jsonLdFromPage }) => {
      const conversion = jsonLdFromPage(scripts, articleId);
      if (!conversion) return refusal('not-found', undefined, 'no schema.org article on the page');
      return accepted(conversion.article, 'jsonld', undefined, conversion.warnings);
    })
    .catch(() => refusal('network'));
}
