// Browser tests of the React wrappers. React and React DOM ship CommonJS that reads
// `process.env.NODE_ENV`, so on top of the main config they are turned into ES modules and the
// variable is replaced (development, for React's warnings and `act`). Coverage stays with the
// main run, whose report the coverage floor reads.
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { fromRollup } from '@web/dev-server-rollup';
import base from '../../web-test-runner.config.js';

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

export default {
  ...base,
  files: ['test/react/**/*.test.ts'],
  coverage: false,
  plugins: [
    replace({ preventAssignment: true, 'process.env.NODE_ENV': JSON.stringify('development') }),
    commonjs({
      include: /node_modules\/(react|react-dom|scheduler)\//,
      strictRequires: false,
      requireReturnsDefault: 'preferred',
    }),
    ...base.plugins,
  ],
};
