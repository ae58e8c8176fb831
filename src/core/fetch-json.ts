/**
 * How an element requests the document its `src` names. A chunk of its own in the CDN build:
 * `data/load.ts` imports it with `import()` the first time an element loads a `src`, so that
 * pages whose stories are given otherwise never load it. It keeps the page's shared loads, so
 * no entry file may carry a copy of it beside its chunk: a page would then keep two maps.
 */
import type { LedeErrorCause } from './events.js';
import { keptFor } from './response-lifetime.js';

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
  /** Requests the document again instead of sharing a load already made (`reload()`). */
  fresh?: boolean;
}

/** A response body and how long it may be reused, in milliseconds. */
interface Fetched {
  text: string;
  lifetime: number;
}

/**
 * One request for a document, shared by every element that asks for the same URL with the same
 * limits: while it is under way, and afterwards for as long as the response allows.
 */
interface SharedLoad {
  readonly key: string;
  readonly fetched: Promise<Fetched>;
  readonly controller: AbortController;
  /** Callers that have not given up; when the last one does before the end, the request stops. */
  waiting: number;
  /** Until when (`performance.now()`) the body is reused: Infinity while under way. */
  keptUntil: number;
  /** The request has ended, with a body or a failure: giving up no longer stops anything. */
  settled?: boolean;
}

/** The page's shared loads, by absolute URL and limits. */
const loads = new Map<string, SharedLoad>();

/**
 * Fetches and parses a JSON document. Elements that ask for the same absolute URL with the same
 * `timeout` and `maxBytes` share one request while it is under way, and its body afterwards for
 * as long as the response's `Cache-Control` allows (see `keptFor`); a failed load is not kept,
 * and `fresh` requests the document again. Each caller parses its own copy, so no element sees
 * another's changes. Rejects with a `LoadError` naming the cause, or with the signal's
 * `AbortError` when the caller aborted: callers ignore those.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const key = `${options.timeout} ${options.maxBytes} ${
    typeof document === 'undefined' ? url : new URL(url, document.baseURI).href
  }`;
  let load = loads.get(key);
  if (!load || options.fresh || load.keptUntil <= performance.now()) {
    load = startLoad(key, url, options);
  }
  const text = await waitFor(load, options.signal);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError('not-json');
  }
}

/** Forgets every shared load, so that each URL is requested again. */
export function forgetSharedLoads(): void {
  loads.clear();
}

/** Stops sharing `load`, unless another load has taken its place. */
function forget(load: SharedLoad): void {
  if (loads.get(load.key) === load) loads.delete(load.key);
}

function startLoad(key: string, url: string, options: FetchJsonOptions): SharedLoad {
  const controller = new AbortController();
  const load: SharedLoad = {
    key,
    fetched: fetchBody(url, controller, options),
    controller,
    waiting: 0,
    keptUntil: Infinity,
  };
  loads.set(key, load);
  load.fetched.then(
    ({ lifetime }) => {
      load.settled = true;
      load.keptUntil = performance.now() + lifetime;
      if (lifetime === 0) forget(load);
    },
    () => {
      load.settled = true;
      forget(load);
    },
  );
  return load;
}

/** The body of `load`, or the caller's own `AbortError` as soon as its signal aborts. */
function waitFor(load: SharedLoad, signal: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const abort = () => {
      reject(signal.reason as Error);
      if (--load.waiting > 0 || load.settled) return;
      // Nobody wants the document any more: stop downloading it, and let the next asker start
      // again rather than join a cancelled request.
      forget(load);
      load.controller.abort();
    };
    load.waiting += 1;
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    load.fetched.then(({ text }) => resolve(text), reject);
  });
}

/** The response body as text and how long it may be reused, or a `LoadError`. */
async function fetchBody(
  url: string,
  controller: AbortController,
  options: FetchJsonOptions,
): Promise<Fetched> {
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
    return {
      lifetime: keptFor(response.headers),
      text: await readCapped(response, options.maxBytes),
    };
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(timedOut ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
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
