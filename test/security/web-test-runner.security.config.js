// The security suite: the vector matrix under three policy modes, the negative control, the
// fuzzing properties and the real-server faults. Its pages are served by the plugins below.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pinnedChrome, testRunnerHtml } from '../../scripts/test-environment.js';
import { sharedFixtures } from '../../web-test-runner.config.js';
import { faultServer } from './server/faults.js';
import { policyPages, quietImages } from './server/policy-pages.js';
import { securityReport } from './server/report.js';
import { sourceScan } from './server/source-scan.js';

export default {
  files: ['test/security/**/*.test.ts'],
  middleware: [quietImages, faultServer],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    sharedFixtures,
    policyPages,
    securityReport,
    sourceScan,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  // The same pinned zone, locale, screen and fonts as every other browser test (docs/testing.md).
  testRunnerHtml,
  browsers: [pinnedChrome()],
  concurrency: 1,
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 600_000,
};
