// Storybook for designers: every element in every state, with docs and controls generated from
// custom-elements.json (see preview.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

type ViteConfig = Parameters<NonNullable<StorybookConfig['viteFinal']>>[0];
type VitePlugin = NonNullable<ViteConfig['plugins']>[number];

const STORIES = new URL('../stories/', import.meta.url);

/**
 * The story test cannot list a folder, so stories/all-stories.ts names every story file.
 * A file missing there would never be tested: refuse to start until it is added.
 */
function requireEveryStoryFileListed(): void {
  const index = readFileSync(new URL('all-stories.ts', STORIES), 'utf8');
  const missing = readdirSync(STORIES).filter(
    (file) =>
      file.endsWith('.stories.ts') && !index.includes(`'./${file.replace(/\.ts$/, '.js')}'`),
  );
  if (missing.length > 0) {
    throw new Error(
      `Add ${missing.join(', ')} to stories/all-stories.ts so the story test runs it.`,
    );
  }
}

/**
 * The TypeScript sources use legacy decorators on fields that must not be defined as own
 * properties (Lit's reactive properties): read both settings from tsconfig.json rather than
 * trusting the bundler to find them.
 */
function decoratorOptions() {
  const tsconfig = JSON.parse(
    readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'),
  ) as {
    compilerOptions?: { experimentalDecorators?: boolean; useDefineForClassFields?: boolean };
  };
  const options = tsconfig.compilerOptions ?? {};
  const assignFields = options.useDefineForClassFields === false;
  return {
    decorator: { legacy: options.experimentalDecorators === true },
    assumptions: { setPublicClassFields: assignFields },
    typescript: { removeClassFieldsWithoutInitializer: assignFields },
  };
}

/**
 * package.json's `sideEffects` names the built files that register tags (dist/…/define.js).
 * Read from source, the same modules would count as free of side effects, and the stories'
 * bare `import '…/define.js'` would be dropped from the build, leaving every tag undefined.
 * Source modules keep the bundler's default: statements with side effects stay.
 */
function sourceKeepsSideEffects(): VitePlugin {
  const source = fileURLToPath(new URL('../src/', import.meta.url));
  return {
    name: 'lede-source-keeps-side-effects',
    transform(code: string, id: string) {
      return id.startsWith(source) ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

requireEveryStoryFileListed();

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The stories read the project's own data files, served where the demo and tests find them.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../stories/data', to: '/stories/data' },
  ],
  async viteFinal(viteConfig) {
    const oxc = viteConfig.oxc === false ? {} : (viteConfig.oxc ?? {});
    const optimizeDeps = viteConfig.optimizeDeps ?? {};
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), sourceKeepsSideEffects()],
      oxc: { ...oxc, ...decoratorOptions() },
      optimizeDeps: {
        ...optimizeDeps,
        // The renderer imports this one Lit module; left out of the dev server's pre-bundle it
        // loads a second copy of lit-html beside the pre-bundled one.
        include: [...(optimizeDeps.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
