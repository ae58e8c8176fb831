/**
 * Conversion of documents in other publishers' formats into a Lede document, through the
 * adapters: a separate chunk, loaded with `import()` only when a document needs it
 * (`mayNeedAdapter`), and never on the server, where the render API converts before rendering.
 * A module that fails to arrive is a network failure.
 */
import type { Conversion } from '../../adapters/types.js';
import type { DataSourceKind } from '../events.js';
import { mayNeedAdapter } from '../foreign-format.js';
import { inBrowser, refusal, type Accepted, type Later, type Refusal } from './stage.js';

/** A Lede document as it is; a document in another format once the adapters have read it. */
export function convert(
  document: unknown,
  source: DataSourceKind,
  src?: string,
): Later<Accepted | Refusal> {
  if (!mayNeedAdapter(document)) return { ok: true, document, source, src, warnings: [] };
  return inBrowser(() =>
    import('../../adapters/to-article.js').then(({ toArticle }) => {
      const result = toArticle(document);
      if (result.ok) return accepted(result.conversion, source, src);
      return refusal('unrecognized', src, [{ path: '', message: result.message }]);
    }),
  ).catch(() => refusal('network', src));
}

/** The schema.org article in the page's JSON-LD: the one `articleId` names (`@id`, `url`), or the first. */
export function convertPageJsonLd(
  scripts: string[],
  articleId: string | undefined,
): Promise<Accepted | Refusal> {
  return inBrowser(() =>
    import('../../adapters/jsonld.js').then(({ jsonLdFromPage }) => {
      const conversion = jsonLdFromPage(scripts, articleId);
      if (conversion) return accepted(conversion, 'jsonld');
      return refusal('not-found', undefined, [
        { path: '', message: 'no schema.org article on the page' },
      ]);
    }),
  ).catch(() => refusal('network'));
}

function accepted(
  { article, warnings }: Conversion,
  source: DataSourceKind,
  src?: string,
): Accepted {
  return { ok: true, document: article, source, src, warnings };
}
