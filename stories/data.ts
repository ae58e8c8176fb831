/**
 * The project's data files the stories show, as paths from the site root. Storybook serves
 * them there (`staticDirs` in .storybook/main.ts) and so does the test runner, so the stories
 * read the files themselves — the seed story and the test fixtures — never copies of them.
 */
export const DATA_FILES = {
  /** The reference story: Washington DC, 23 August 2022. */
  seedStory: 'demo/data/seed-story.json',
  /** The seed story in Urdu, for right-to-left text. */
  seedStoryUrdu: 'stories/data/seed-story.ur.json',
  /** A story with an image at several widths, authors and an agency. */
  cardStory: 'test/fixtures/article-card-story.json',
  /** A story with nothing but its headline. */
  cardMinimal: 'test/fixtures/article-card-minimal.json',
  /** A quote block with inline markup, a job title, an affiliation and a source. */
  quoteBlock: 'test/fixtures/pull-quote-block.json',
  /** A stat block with its own wording. */
  statBlock: 'test/fixtures/stat-badge-stat.json',
  /** A people block with an organization's web address. */
  delegationBlock: 'test/fixtures/delegation-list-block.json',
  /** A links block with a thumbnail and a story without an address. */
  relatedBlock: 'test/fixtures/related-links-block.json',
  /** Stories in the formats other publishers speak, read through the adapters. */
  jsonLdStory: 'test/fixtures/adapters/jsonld/news-article.json',
  anfStory: 'test/fixtures/adapters/anf/anf-story.json',
  ninjsStory: 'test/fixtures/adapters/ninjs/ninjs1-story.json',
  ansStory: 'test/fixtures/adapters/ans/story-full.json',
  /**
   * A story with one unusable value in each of its objects, written with schema.org shorthands:
   * the elements show what they can and drop the rest.
   */
  tolerantStory: 'test/fixtures/tolerant-story.json',
  /** A data file that does not exist: the server answers 404. */
  missingStory: 'demo/data/no-such-story.json',
  /** An image that does not exist. */
  missingImage: 'demo/data/no-such-photo.jpg',
} as const;

/** A data file's path. */
export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];

/** Reads a data file; fails loudly, so a story whose data has moved breaks the build's test. */
export async function loadJson<T>(path: DataFile): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Reads the text of a data file as it is stored. */
export async function loadText(path: DataFile): Promise<string> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}
