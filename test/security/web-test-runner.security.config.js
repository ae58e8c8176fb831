// The security suite: the vector matrix under three policy modes, the negative control, the
// fuzzing properties and the real-server faults. Its pages are served by the plugins below.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, requireBrowser } from '../../scripts/find-browser.js';
import { faultServer } from './server/faults.js';
import { policyPages, quietImages } from './server/policy-pages.js';
import { securityReport } from './server/report.js';
import { sourceScan } from './server/source-scan.js';

const executablePath = requireBrowser();

export default {
  files: ['test/security/**/*.test.ts'],
  middleware: [quietImages, faultServer],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    policyPages,
    securityReport,
    sourceScan,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_FLAGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 600_000,
};
