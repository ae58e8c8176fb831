/**
 * A `src` that never answers, so a story can hold an element in its loading state for as long
 * as a designer looks at it. A static Storybook has no slow server to point at; instead a thin
 * wrapper around `fetch` leaves requests for this one address pending until they are aborted.
 * Every other request goes through untouched.
 */
export const HELD_OPEN_SRC = 'stories/data/held-open.json';

/** Long enough to look at, short of the largest delay `setTimeout` accepts (2^31 − 1 ms). */
export const HELD_OPEN_TIMEOUT = 24 * 60 * 60 * 1000;

let installed = false;

/** Installs the wrapper once; safe to call from every story that needs it. */
export function holdOpenRequests(): void {
  if (installed) return;
  installed = true;
  const held = new URL(HELD_OPEN_SRC, document.baseURI).pathname;
  const passThrough = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== held) return passThrough(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
}

/** A story loader that installs the wrapper before the story renders. */
export async function holdOpenLoader(): Promise<Record<string, never>> {
  holdOpenRequests();
  return {};
}
