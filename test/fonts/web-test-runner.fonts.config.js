// `npm run test:fonts`: the layout tests again, in a browser whose only system fonts are DejaVu
// (dejavu-only.conf), the fonts of a bare Linux machine. They pass only if every measured height
// and shift comes from the pinned web fonts the tests load, never from the machine's own. See
// docs/testing.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import base, { LAYOUT_TESTS } from '../../web-test-runner.config.js';
import { pinnedChrome } from '../../scripts/test-environment.js';

/** The folder dejavu-only.conf reads: Debian's fonts-dejavu-core, which Chromium brings. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';

if (process.platform !== 'linux') {
  // Chromium reads fontconfig on Linux only; elsewhere the setting would change nothing.
  console.log('test:fonts runs on Linux only (fontconfig); skipped on', process.platform);
  process.exit(0);
}
if (!existsSync(DEJAVU)) {
  console.error(
    `test:fonts needs DejaVu in ${DEJAVU} (Debian: apt-get install fonts-dejavu-core).`,
  );
  process.exit(1);
}

export default {
  ...base,
  files: LAYOUT_TESTS,
  coverage: false,
  browsers: [pinnedChrome({ FONTCONFIG_FILE: resolve('test/fonts/dejavu-only.conf') })],
};
