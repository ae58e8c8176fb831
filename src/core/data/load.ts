/**
 * Loading the document a source holds, in Lede's shape: a property or the attributes as they
 * are, inline JSON parsed, `src` fetched through the URL allow-list (the request itself — abort,
 * timeout, size cap, one shared load per URL — is `fetchJson`'s), the page's JSON-LD read; each
 * then converted when it is in another format.
 */
import { isServer } from 'lit';
import { safeUrl } from '../../model/safe-url.js';
import { fetchJson, LoadError, type FetchJsonOptions } from '../fetch-json.js';
import { convert, convertPageJsonLd } from './convert.js';
import type { Source } from './source.js';
import { leftToBrowser, refusal, type Accepted, type Later, type Refusal } from './stage.js';

/** The document `source` holds, in Lede's shape: now, or once it has arrived. */
export function load(
  source: Exclude<Source, { kind: 'empty' }>,
  options: FetchJsonOptions,
): Later<Accepted | Refusal> {
  switch (source.kind) {
    case 'property':
    case 'attributes':
      return convert(source.document, source.kind);
    case 'inline':
      return convertInline(source.text);
    case 'src':
      return loadSrc(source.src, options);
    case 'jsonld':
      return convertPageJsonLd(source.scripts, source.articleId);
  }
}

function convertInline(text: string): Later<Accepted | Refusal> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return refusal('not-json');
  }
  return convert(document, 'inline');
}

function loadSrc(src: string, options: FetchJsonOptions): Later<Accepted | Refusal> {
  if (isServer) return leftToBrowser();
  const url = safeUrl(src);
  if (url === undefined) return refusal('unsafe-url', src);
  return fetchJson(url, options).then(
    (document) => convert(document, 'src', url),
    (error: unknown) =>
      error instanceof LoadError
        ? refusal(error.cause, url, undefined, error.status)
        : refusal('network', url),
  );
}
