import { expect } from '@open-wc/testing';
import { defineArticle } from '../../src/model/define-article.js';
import { loadSeedStory } from '../helpers/seed.js';

describe('defineArticle', () => {
  it('returns the very story it is given, neither copied nor changed', async () => {
    const story = await loadSeedStory();
    const before = JSON.stringify(story);
    expect(defineArticle(story)).to.equal(story);
    expect(JSON.stringify(story)).to.equal(before);
  });
});
