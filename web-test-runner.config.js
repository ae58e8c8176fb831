// Browser tests: TypeScript through esbuild, run in the local Chromium (see scripts/find-browser.js)
// under a pinned environment (scripts/test-environment.js, docs/testing.md).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pinnedChrome, testRunnerHtml } from './scripts/test-environment.js';

const SHARED_FIXTURES = resolve('../shared/fixtures');

/** Serves the shared interop fixtures, read in place, at /shared-fixtures/ (404 when absent). */
const sharedFixtures = {
  name: 'shared-fixtures',
  serve(context) {
    if (!context.path.startsWith('/shared-fixtures/')) return undefined;
    const file = resolve(SHARED_FIXTURES, decodeURIComponent(context.path.slice(17)));
    if (!file.startsWith(SHARED_FIXTURES) || !existsSync(file)) return undefined;
    return { body: readFileSync(file, 'utf8'), type: 'application/json' };
  },
};

/**
 * The tests whose results are measured layout (heights, boxes, layout shift). `npm test` runs
 * them a second time with DejaVu as the only system fonts (test/fonts/web-test-runner.fonts.config.js)
 * to prove they measure the pinned type, not the machine's.
 */
export const LAYOUT_TESTS = [
  'test/components/**/*.test.ts',
  'test/core/data-source.test.ts',
  'test/build/demo-layout.test.ts',
  'test/i18n/rtl.test.ts',
  'test/stories/stories.test.ts',
];

export default {
  // The React wrappers' tests need CommonJS support: test/react/web-test-runner.react.config.js;
  // the security suite serves its own pages: test/security/web-test-runner.security.config.js.
  files: ['test/**/*.test.ts', '!test/react/**', '!test/security/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    sharedFixtures,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  testRunnerHtml,
  browsers: [pinnedChrome()],
  // One page at a time: background pages get no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['lcov', 'text-summary'],
  },
};
