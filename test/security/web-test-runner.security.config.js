// The security suite: the vector matrix under three policy modes, the negative control, the
// fuzzing properties, the real-server faults and the screenshots under hostile page CSS. It runs
// in the main suite's pinned browser and environment (web-test-runner.config.js,
// docs/testing.md); its pages are served by the plugins and middleware below.
import base from '../../web-test-runner.config.js';
import { hostileCss } from './hostile-css/plugin.js';
import { faultServer } from './server/faults.js';
import { policyPages, quietImages } from './server/policy-pages.js';
import { securityReport } from './server/report.js';
import { sourceScan } from './server/source-scan.js';

export default {
  ...base,
  files: ['test/security/**/*.test.ts'],
  coverage: false,
  middleware: [quietImages, faultServer],
  plugins: [policyPages, securityReport, sourceScan, hostileCss, ...base.plugins],
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 600_000,
};
