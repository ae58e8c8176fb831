import { captureWarnings } from './events.js';
import { FakeFetch } from './fake-fetch.js';

/** The `console.warn` messages of the test that is running, oldest first. */
export interface CapturedWarnings {
  readonly messages: string[];
}

/**
 * Registers `beforeEach` and `afterEach` hooks that put a {@link FakeFetch} in place of `fetch`
 * for each test of the calling `describe` and, with `captureWarnings: true`, collect the test's
 * `console.warn` calls; both are restored after each test. Call it once, directly inside the
 * `describe`:
 *
 * ```ts
 * const { fake, warnings } = fakeFetchInEachTest({ captureWarnings: true });
 * ```
 *
 * @returns `fake`, which starts each test with no requests, and (when capturing) `warnings`,
 *   whose `messages` are those of the running test.
 */
export function fakeFetchInEachTest(): { fake: FakeFetch };
export function fakeFetchInEachTest(options: { captureWarnings: true }): {
  fake: FakeFetch;
  warnings: CapturedWarnings;
};
export function fakeFetchInEachTest(options: { captureWarnings?: boolean } = {}): {
  fake: FakeFetch;
  warnings?: CapturedWarnings;
} {
  const fake = new FakeFetch();
  let capture: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    fake.install();
    if (options.captureWarnings) capture = captureWarnings();
  });
  afterEach(() => {
    fake.restore();
    capture?.stop();
    capture = undefined;
  });
  if (!options.captureWarnings) return { fake };
  const warnings: CapturedWarnings = {
    get messages() {
      if (!capture) throw new Error('Warnings are captured only while a test runs.');
      return capture.messages;
    },
  };
  return { fake, warnings };
}
