/**
 * The attribute model: the pure function that turns the values of a hand-written tag's
 * attributes into the block its element reads, as each element's property declarations map
 * them.
 */
import { expect } from '@open-wc/testing';
import { blockFromAttributes, numberAttribute } from '../../src/core/attributes.js';
import type { AttributeField } from '../../src/core/attributes.js';

const block = (entries: [AttributeField, unknown][], base: Record<string, unknown> = {}) =>
  blockFromAttributes(entries, base);

describe('blockFromAttributes', () => {
  it('puts each value at its path, making objects and lists on the way', () => {
    expect(
      block([
        [{ to: 'headline' }, 'Pakistan eyes trade'],
        [{ to: 'image.0.url' }, '/a.jpg'],
        [{ to: 'image.0.alt', adds: 'image' }, 'A port'],
        [{ to: 'sourceOrganization' }, 'TDI'],
      ]),
    ).to.deep.equal({
      headline: 'Pakistan eyes trade',
      image: [{ url: '/a.jpg', alt: 'A port' }],
      sourceOrganization: 'TDI',
    });
  });

  it('gives nothing when no value makes a block, whatever the values that add to one', () => {
    expect(block([[{ to: 'headline' }, undefined]])).to.equal(undefined);
    expect(block([[{ to: 'label', adds: true }, 'vendors']], { type: 'stat' })).to.equal(undefined);
  });

  it('leaves out absent values and text that is empty once trimmed, and trims the rest', () => {
    expect(
      block([
        [{ to: 'headline' }, '  A  '],
        [{ to: 'description' }, '   '],
        [{ to: 'url' }, null],
      ]),
    ).to.deep.equal({ headline: 'A' });
  });

  it('adds a value whose path needs another only when that one is there', () => {
    const alt: AttributeField = { to: 'image.0.alt', adds: 'image' };
    expect(
      block([
        [{ to: 'headline' }, 'A'],
        [alt, 'A port'],
      ]),
    ).to.deep.equal({ headline: 'A' });
  });

  it('reads numbers: a number stays one, numeric text becomes one, other text stays as written', () => {
    const count: AttributeField = { to: 'numberOfItems', read: 'number' };
    expect(block([[count, 12]])).to.deep.equal({ numberOfItems: 12 });
    expect(block([[count, ' 35 ']])).to.deep.equal({ numberOfItems: 35 });
    expect(block([[count, '35 people']])).to.deep.equal({ numberOfItems: '35 people' });
    // Written blank, it is still there to be named by validation.
    expect(block([[count, ' ']])).to.deep.equal({ numberOfItems: ' ' });
  });

  it('reads lists on their separator, leaving out empty items', () => {
    const authors: AttributeField = { to: 'author', read: 'list', separator: ';' };
    expect(block([[authors, 'Ana Ruiz; ;Li Wei ']])).to.deep.equal({
      author: ['Ana Ruiz', 'Li Wei'],
    });
    expect(block([[authors, ' ; ']])).to.equal(undefined);
    expect(block([[{ to: 'groups', read: 'list' }, 'economists, diplomats']])).to.deep.equal({
      groups: ['economists', 'diplomats'],
    });
  });

  it('parses JSON, and keeps text that is not JSON as written', () => {
    const members: AttributeField = { to: 'items', read: 'json' };
    expect(block([[members, '[{"name":"Luis Fortuno"}]']], { items: [] })).to.deep.equal({
      items: [{ name: 'Luis Fortuno' }],
    });
    expect(block([[members, 'Luis Fortuno']], { items: [] })).to.deep.equal({
      items: 'Luis Fortuno',
    });
  });

  it('puts a value with several paths in the first still empty', () => {
    const name: AttributeField = { to: 'organization.name' };
    const abbr: AttributeField = { to: ['organization.name', 'organization.alternateName'] };
    expect(
      block([
        [name, 'Washington Group'],
        [abbr, 'WIPG'],
      ]),
    ).to.deep.equal({
      organization: { name: 'Washington Group', alternateName: 'WIPG' },
    });
    expect(
      block([
        [name, undefined],
        [abbr, 'WIPG'],
      ]),
    ).to.deep.equal({
      organization: { name: 'WIPG' },
    });
  });

  it('keeps the base, and never changes it', () => {
    const base = Object.freeze({ type: 'people', items: Object.freeze([]) });
    expect(block([[{ to: 'title' }, 'Delegation']], base)).to.deep.equal({
      type: 'people',
      items: [],
      title: 'Delegation',
    });
  });
});

describe('numberAttribute', () => {
  it('reads a number attribute, with NaN for text that is not one, empty text included', () => {
    expect(numberAttribute.fromAttribute('12')).to.equal(12);
    expect(numberAttribute.fromAttribute(' 1e3 ')).to.equal(1000);
    expect(numberAttribute.fromAttribute('twelve')).to.be.NaN;
    expect(numberAttribute.fromAttribute('  ')).to.be.NaN;
    expect(numberAttribute.fromAttribute(null)).to.equal(undefined);
  });
});
