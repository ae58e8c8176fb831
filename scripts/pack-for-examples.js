// Installs the package as a user gets it: `npm pack` of the built package (only what `files`
// publishes), unpacked into examples/node_modules/lede-elements (for the examples and the
// export test) and test/types/node_modules/lede-elements (for the type test). They then resolve
// `lede-elements/...` through package.json `exports`, as an application's bundler and
// TypeScript do, while the package's dependencies (lit, react) resolve from the project's own
// node_modules above. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PACKED = resolve('examples/node_modules/lede-elements');
const PACKED_FOR_TYPES = resolve('test/types/node_modules/lede-elements');

export function packForExamples() {
  // The declarations come last in the build (tsc after Rollup): without them, types go unchecked.
  if (!existsSync('dist/index.js') || !existsSync('dist/index.d.ts')) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` first.');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'lede-pack-'));
  try {
    // --ignore-scripts: the build is already done; prepack would run it again.
    const output = execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
      { encoding: 'utf8' },
    );
    const [{ filename }] = JSON.parse(output);
    for (const folder of [PACKED, PACKED_FOR_TYPES]) {
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      execFileSync('tar', ['-xzf', join(scratch, filename), '-C', folder, '--strip-components=1']);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return PACKED;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Packed into ${packForExamples()}`);
}
