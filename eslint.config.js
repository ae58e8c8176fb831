import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** No folder may render an HTML string, whatever else it may import. */
const UNSAFE_HTML = {
  name: 'lit/directives/unsafe-html.js',
  message: 'Never render HTML strings.',
};

/**
 * What a folder of src/ may not import, as docs/architecture.md draws it: `folders` are Lede's
 * other folders under src/, `lit` forbids Lit and its packages. Static imports only; the one
 * lazy `import()` of the adapters lives in core/.
 */
function importRule(folder, { folders, lit = false }, why) {
  const group = folders.flatMap((name) => [`**/${name}/*`, `**/${name}/**`]);
  if (lit) group.push('lit', 'lit/*', '@lit/*');
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [UNSAFE_HTML],
          patterns: [{ group, message: `src/${folder}/ ${why} (docs/architecture.md).` }],
        },
      ],
    },
  };
}

const PURE = 'is pure TypeScript that runs in Node and browsers alike';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'storybook-static/',
      'custom-elements.json',
      'examples/*/dist/',
      'examples/node_modules/',
      'test/types/readme/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Article data must never reach an HTML sink.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Article data must never reach an HTML sink.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [UNSAFE_HTML] }],
    },
  },
  // One way down the pipeline: source → adapter → validate → model → element → DOM/HTML.
  importRule(
    'model',
    { folders: ['adapters', 'format', 'core', 'components', 'i18n', 'react'], lit: true },
    `is the base everything stands on: it imports no other folder; it ${PURE}`,
  ),
  importRule(
    'adapters',
    { folders: ['format', 'core', 'components', 'i18n', 'react'], lit: true },
    `reads other formats into the model and imports only model/; it ${PURE}`,
  ),
  importRule(
    'format',
    { folders: ['adapters', 'core', 'components', 'i18n', 'react'], lit: true },
    `formats for people and imports only model/; it ${PURE}`,
  ),
  // core/ reads which languages Lede is translated into (i18n/translations.ts, which imports
  // only core/locale.ts) to check server-rendered HTML against the page's language.
  importRule(
    'core',
    { folders: ['components', 'react'] },
    'serves every element, so it knows none of them, nor React',
  ),
  importRule(
    'components',
    { folders: ['adapters', 'react'] },
    'reaches the adapters only through core/, which loads them when a document needs them, and knows nothing of React',
  ),
  importRule(
    'i18n',
    { folders: ['adapters', 'components', 'react'] },
    'sets up translations for every element, so it knows none of them',
  ),
  {
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (`expect(x).to.exist`) read as bare expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: [
      'scripts/**',
      'bench/run.js',
      'bench/big-stories.js',
      'bin/**',
      'test/server/**',
      '**/*.config.js',
      '*.config.mjs',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
