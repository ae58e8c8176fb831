/**
 * Loading the document a source holds, in Lede's shape: a property or the attributes as they
 * are, inline JSON parsed, `src` fetched through the URL allow-list, the page's JSON-LD read;
 * each then converted when it is in another format.
 *
 * The request itself — abort, timeout, size cap, one shared load per URL, the response's
 * lifetime — is `fetchJson`'s, in a chunk of its own loaded with `import()` the first time an
 * element loads a `src` (`requestCode`): a page whose stories are inline, attributes,
 * properties or JSON-LD never loads it, and a `src` story starts its request one small chunk
 * later.
 */
import { isServer } from 'lit';
import { safeUrl } from '../../model/safe-url.js';
import type { FetchJsonOptions } from '../fetch-json.js';
import { convert, convertPageJsonLd } from './convert.js';
import type { Source } from './source.js';
import { leftToBrowser, refusal, type Accepted, type Later, type Refusal } from './stage.js';

type RequestCode = typeof import('../fetch-json.js');

/** The request code's chunk on its way, or arrived (or failed); undefined before any `src`. */
let loadingRequestCode: Promise<RequestCode> | undefined;

/**
 * The request code (`fetch-json.ts`), imported once per page, when the first `src` is loaded:
 * every element waits for the same import, and so shares the one map of loads it holds.
 */
function requestCode(): Promise<RequestCode> {
  return (loadingRequestCode ??= import('../fetch-json.js'));
}

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

/**
 * The document at `src`: refused at once when the allow-list refuses its URL, before any code
 * is loaded; else fetched once the request code has arrived. A request code that cannot be
 * loaded is a network failure, as a request that cannot be made is.
 */
function loadSrc(src: string, options: FetchJsonOptions): Later<Accepted | Refusal> {
  if (isServer) return leftToBrowser();
  const url = safeUrl(src);
  if (url === undefined) return refusal('unsafe-url', src);
  return requestCode().then(
    ({ fetchJson, LoadError }) =>
      fetchJson(url, options).then(
        (document) => convert(document, 'src', url),
        (error: unknown) =>
          error instanceof LoadError
            ? refusal(error.cause, url, undefined, error.status)
            : refusal('network', url),
      ),
    () => refusal('network', url),
  );
}
