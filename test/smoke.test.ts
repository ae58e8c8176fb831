import { expect } from '@open-wc/testing';
import { BLOCK_TYPES } from '../src/model/types.js';

describe('smoke', () => {
  it('lists nine block types', () => {
    expect(BLOCK_TYPES).to.have.length(9);
  });
});
