import { DATA_FILES, loadText } from './data.js';
import { outcome } from './expectation.js';
import { HELD_OPEN_SRC, HELD_OPEN_TIMEOUT, holdOpenLoader } from './held-open.js';
import { truncatedJson } from './variants.js';

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
 * file renders it inside its own element.
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
