/**
 * A controllable stand-in for `fetch`: each request waits until the test answers it, so tests
 * decide the order in which responses arrive without sleeping.
 */
import { forgetSharedLoads } from '../../src/core/fetch-json.js';

export interface PendingRequest {
  url: string;
  signal: AbortSignal | undefined;
  respond(body: string, init?: ResponseInit): void;
  fail(error?: Error): void;
}

export class FakeFetch {
  readonly requests: PendingRequest[] = [];
  private readonly original = globalThis.fetch;
  private waiters: (() => void)[] = [];

  /**
   * Puts this fake in place of `fetch`, starting again with no requests, and with no document
   * kept from an earlier test's loads (elements share loads for the life of the page).
   */
  install(): this {
    forgetSharedLoads();
    this.requests.length = 0;
    this.handedOut = 0;
    this.waiters = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(signal.reason));
        this.requests.push({
          url: String(input),
          signal,
          respond: (body, responseInit) => resolve(new Response(body, responseInit)),
          fail: (error = new TypeError('Failed to fetch')) => reject(error),
        });
        this.waiters.splice(0).forEach((wake) => wake());
      });
    return this;
  }

  restore(): void {
    globalThis.fetch = this.original;
  }

  private handedOut = 0;

  /** The next request not yet handed out by this method, once it has been made. */
  async nextRequest(): Promise<PendingRequest> {
    const requests = await this.waitForRequests(this.handedOut + 1);
    return requests[this.handedOut++]!;
  }

  /** Resolves once at least `count` requests have been made. */
  async waitForRequests(count: number): Promise<PendingRequest[]> {
    while (this.requests.length < count) {
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
    return this.requests;
  }
}
