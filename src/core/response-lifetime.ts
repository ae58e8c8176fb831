/**
 * How long a loaded document may be reused by other elements on the page, in milliseconds,
 * from the response's `Cache-Control`, read as a browser's private cache reads it:
 *
 * - `no-store` or `no-cache` (which asks to check with the server before each reuse): 0, not
 *   reused once it has arrived — elements that asked while it was under way still share it;
 * - `max-age=N`: N seconds, less the `Age` the response already had in a shared cache; 0 when
 *   N is not a number;
 * - no `max-age`: for the life of the page, as one copy of the document is what the page shows.
 *
 * `Expires`, `s-maxage` (for shared caches) and validators (`ETag`) are not read: the browser's
 * own HTTP cache applies them when an element requests the document again.
 */
export function keptFor(headers: Headers): number {
  const cacheControl = headers.get('cache-control') ?? '';
  if (/no-(store|cache)/i.test(cacheControl)) return 0;
  const maxAge = /max-age=([^,]*)/i.exec(cacheControl)?.[1];
  if (maxAge === undefined) return Infinity;
  const seconds = Number(maxAge.replace(/"/g, '')) - (Number(headers.get('age')) || 0);
  return seconds > 0 ? seconds * 1000 : 0;
}
