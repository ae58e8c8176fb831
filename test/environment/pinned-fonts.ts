/**
 * The type every browser test lays out in, so a measured height is the same on any machine:
 * variable Noto faces from the `@fontsource-variable` dev dependencies, served by the test
 * runner from `node_modules`, registered under names of their own and named by the `--lede-font-*`
 * tokens on the test page's root. The default stacks are not used here because they start with
 * `system-ui` and platform faces (Iowan Old Style, Charter) that differ from machine to machine.
 *
 * Only the subsets the tests' text needs are loaded: Latin for every face, Arabic script for the
 * naskh and nastaliq faces. No test measures Chinese text, so no CJK face is pinned.
 */

/** One font file of a pinned face. */
interface PinnedFile {
  /** The file under `node_modules/@fontsource-variable/<package>/files/`. */
  file: string;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/** A face the tests lay out in: its family name on the test page and its files. */
interface PinnedFace {
  family: string;
  /** The `@fontsource-variable` package that ships the files. */
  package: string;
  files: PinnedFile[];
}

/** Fontsource's ranges for its subsets, so a character outside them falls through as it would. */
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';
const ARABIC =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';

/** The Latin and Latin Extended files of a face, in the given styles. */
function latinFiles(prefix: string, styles: PinnedFile['style'][]): PinnedFile[] {
  return styles.flatMap((style) => [
    { file: `${prefix}-latin-wght-${style}.woff2`, style, unicodeRange: LATIN },
    { file: `${prefix}-latin-ext-wght-${style}.woff2`, style, unicodeRange: LATIN_EXT },
  ]);
}

export const PINNED_FACES: PinnedFace[] = [
  {
    family: 'Lede Test Serif',
    package: 'noto-serif',
    files: latinFiles('noto-serif', ['normal', 'italic']),
  },
  {
    family: 'Lede Test Sans',
    package: 'noto-sans',
    files: latinFiles('noto-sans', ['normal', 'italic']),
  },
  {
    family: 'Lede Test Naskh',
    package: 'noto-naskh-arabic',
    files: [
      ...latinFiles('noto-naskh-arabic', ['normal']),
      { file: 'noto-naskh-arabic-arabic-wght-normal.woff2', style: 'normal', unicodeRange: ARABIC },
    ],
  },
  {
    family: 'Lede Test Nastaliq',
    package: 'noto-nastaliq-urdu',
    files: [
      ...latinFiles('noto-nastaliq-urdu', ['normal']),
      {
        file: 'noto-nastaliq-urdu-arabic-wght-normal.woff2',
        style: 'normal',
        unicodeRange: ARABIC,
      },
    ],
  },
];

/** The tokens that make every element use the pinned faces. */
export const PINNED_TOKENS: Record<string, string> = {
  '--lede-font-serif': '"Lede Test Serif", serif',
  '--lede-font-sans': '"Lede Test Sans", sans-serif',
  '--lede-font-naskh': '"Lede Test Naskh", serif',
  '--lede-font-nastaliq': '"Lede Test Nastaliq", serif',
};

/**
 * Registers and loads every pinned face in `document`, then names them in the root's tokens.
 * Resolves once every file has loaded, so the first test lays out in its final type; rejects
 * when a file is missing, so a broken setup fails loudly instead of falling back to system fonts.
 *
 * Glyphs are also placed at fractional positions whatever the machine's fontconfig says about
 * hinting (`text-rendering: geometricPrecision`): with full hinting, Chromium rounds every
 * advance to a whole pixel, and the same line of Noto Serif measures 329 px instead of 330.3.
 */
export async function pinTypography(document: Document): Promise<void> {
  const faces = PINNED_FACES.flatMap(({ family, package: name, files }) =>
    files.map(
      ({ file, style, unicodeRange }) =>
        new FontFace(
          family,
          `url(/node_modules/@fontsource-variable/${name}/files/${file}) format('woff2')`,
          { style, weight: '100 900', unicodeRange, display: 'block' },
        ),
    ),
  );
  for (const face of faces) document.fonts.add(face);
  await Promise.all(faces.map((face) => face.load()));
  for (const [token, value] of Object.entries(PINNED_TOKENS)) {
    document.documentElement.style.setProperty(token, value);
  }
  document.documentElement.style.textRendering = 'geometricPrecision';
}
