import { DATA_FILES, loadJson, loadText } from './data.js';
import { outcome } from './expectation.js';
import { HELD_OPEN_SRC, HELD_OPEN_TIMEOUT, holdOpenLoader } from './held-open.js';
import { truncatedJson, withLongHeadline, withMissingImage } from './variants.js';

/*
 * The states every element shows, as story annotations. Each story file spreads them into
 * stories of its own, written as object literals so that Storybook reads their names.
 */

/** Held while its `src` is loading. */
export const loadingState = {
  args: { src: HELD_OPEN_SRC, timeout: HELD_OPEN_TIMEOUT },
  loaders: [holdOpenLoader],
  parameters: outcome('loading'),
};

/**
 * The inline JSON is the seed story cut off halfway: `loaded.json` holds it, and each story
 * file's render puts it inside the element (`loadedInlineJson`).
 */
export const badJsonState = {
  loaders: [async () => ({ json: truncatedJson(await loadText(DATA_FILES.seedStory)) })],
  parameters: outcome('error'),
};

/** The `src` answers 404. */
export const notFoundState = {
  args: { src: DATA_FILES.missingStory },
  parameters: outcome('error'),
};

/** No data at all. */
export const emptyState = {
  parameters: outcome('empty'),
};

/** A whole story's headline runs to 5,000 characters (the seed story's, repeated). */
export const longHeadlineStory = {
  loaders: [
    async () => ({ props: { article: withLongHeadline(await loadJson(DATA_FILES.seedStory)) } }),
  ],
};

/** A whole story whose image answers 404. */
export const missingImageStory = {
  loaders: [
    async () => ({
      props: {
        article: withMissingImage(await loadJson(DATA_FILES.cardStory), DATA_FILES.missingImage),
      },
    }),
  ],
};
