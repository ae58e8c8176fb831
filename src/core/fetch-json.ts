import type { LedeErrorCause } from './events.js';

/** A failure to load a `src`, with the cause an element reports. */
export class LoadError extends Error {
  constructor(
    override readonly cause: LedeErrorCause,
    readonly status?: number,
  ) {
    super(cause);
  }
}

export interface FetchJsonOptions {
  /** Aborts the request when the element no longer wants it. */
  signal: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeout: number;
  /** Largest body accepted, counted while the body streams in. */
  maxBytes: number;
}

/**
 * Fetches and parses a JSON document. Rejects with a `LoadError` naming the cause, or with the
 * signal's `AbortError` when the caller aborted: callers ignore those.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) throw new LoadError('http', response.status);
    const text = await readCapped(response, options.maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LoadError('not-json');
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (options.signal.aborted) throw error;
    throw new LoadError(timedOut ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
  }
}

/** Reads the body as text, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new LoadError('too-large');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new LoadError('too-large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
