import type { Article } from '../../src/model/types.js';

/** The seed story, read from the demo's data file (JSON modules are not served as such). */
export async function loadSeedStory(): Promise<Article> {
  const response = await fetch(new URL('../../demo/data/seed-story.json', import.meta.url));
  return (await response.json()) as Article;
}
