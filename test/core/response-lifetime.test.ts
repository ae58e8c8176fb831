import { expect } from '@open-wc/testing';
import { keptFor } from '../../src/core/response-lifetime.js';

const lifetime = (headers: Record<string, string>) => keptFor(new Headers(headers));

describe('keptFor: how long a loaded document is shared', () => {
  it('keeps a document without Cache-Control for the life of the page', () => {
    expect(lifetime({})).to.equal(Infinity);
    expect(lifetime({ 'cache-control': 'public' })).to.equal(Infinity);
  });

  it('keeps nothing marked no-store or no-cache', () => {
    expect(lifetime({ 'cache-control': 'no-store' })).to.equal(0);
    expect(lifetime({ 'cache-control': 'private, No-Cache' })).to.equal(0);
    expect(lifetime({ 'cache-control': 'max-age=600, no-cache' })).to.equal(0);
  });

  it('keeps a document for its max-age less its Age', () => {
    expect(lifetime({ 'cache-control': 'public, max-age=600' })).to.equal(600_000);
    expect(lifetime({ 'cache-control': 'max-age="60"' })).to.equal(60_000);
    expect(lifetime({ 'cache-control': 'max-age=600', age: '100' })).to.equal(500_000);
    expect(lifetime({ 'cache-control': 'max-age=60', age: '100' })).to.equal(0);
    expect(lifetime({ 'cache-control': 'max-age=0' })).to.equal(0);
  });

  it('keeps nothing when max-age is not a number', () => {
    expect(lifetime({ 'cache-control': 'max-age=soon' })).to.equal(0);
    expect(lifetime({ 'cache-control': 'max-age=' })).to.equal(0);
  });
});
