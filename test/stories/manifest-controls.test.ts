import { expect } from '@open-wc/testing';
import {
  controlForType,
  controlsFromManifest,
  publicApi,
  type Manifest,
} from '../../.storybook/manifest-controls.js';

const manifest: Manifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      kind: 'javascript-module',
      declarations: [
        {
          kind: 'class',
          tagName: 'lede-stat-badge',
          members: [
            { kind: 'field', name: 'size', attribute: 'size' },
            { kind: 'field', name: 'statSource', attribute: 'stat-source' },
            { kind: 'field', name: 'stat' },
            { kind: 'field', name: 'data', privacy: 'private' },
            { kind: 'field', name: 'locale', privacy: 'protected' },
            { kind: 'method', name: 'define', static: true },
          ],
          cssParts: [{ name: 'value', description: 'The number.' }],
        },
      ],
    },
  ],
};

describe('controls from the manifest', () => {
  it('lists only the public members and names parts as CSS writes them', () => {
    const [declaration] = publicApi(manifest).modules?.[0]?.declarations ?? [];
    expect(declaration?.members?.map(({ name }) => name)).to.deep.equal([
      'size',
      'statSource',
      'stat',
    ]);
    expect(declaration?.cssParts?.map(({ name }) => name)).to.deep.equal(['::part(value)']);
  });

  it('offers the members of a union of literals as choices', () => {
    expect(controlForType("'s' | 'm' | 'l'")).to.deep.equal({
      control: { type: 'inline-radio' },
      options: ['s', 'm', 'l'],
    });
    expect(controlForType("'a' | 'b' | 'c' | 'd' | 'e' | undefined")?.control).to.deep.equal({
      type: 'select',
    });
  });

  it('gives plain types their own control and leaves named types to Storybook', () => {
    expect(controlForType('string | undefined')?.control).to.deep.equal({ type: 'text' });
    expect(controlForType('number')?.control).to.deep.equal({ type: 'number' });
    expect(controlForType('boolean')?.control).to.deep.equal({ type: 'boolean' });
    expect(controlForType('StatQualifier | undefined')).to.equal(undefined);
    expect(controlForType('string | number')).to.equal(undefined);
  });

  it('edits a setting once, as its attribute, and lists events and parts without a control', () => {
    const enhance = controlsFromManifest(publicApi(manifest));
    const argTypes = enhance({
      component: 'lede-stat-badge',
      argTypes: {
        statSource: { name: 'statSource', table: { category: 'properties' } },
        stat: { name: 'stat', table: { category: 'properties' } },
        'stat-source': {
          name: 'stat-source',
          type: { name: 'string | undefined' },
          table: { category: 'attributes' },
        },
        'lede-load': { name: 'lede-load', table: { category: 'events' } },
        '::part(value)': { name: '::part(value)', table: { category: 'css shadow parts' } },
        '--lede-stat-color': {
          name: '--lede-stat-color',
          table: { category: 'css custom properties' },
        },
        '--lede-stat-width': {
          name: '--lede-stat-width',
          table: { category: 'css custom properties' },
        },
      },
    } as never) as Record<string, { control?: unknown }>;
    expect(argTypes.statSource?.control).to.equal(false);
    expect(argTypes.stat?.control).to.equal(undefined);
    expect(argTypes['stat-source']?.control).to.deep.equal({ type: 'text' });
    expect(argTypes['lede-load']?.control).to.equal(false);
    expect(argTypes['::part(value)']?.control).to.equal(false);
    expect(argTypes['--lede-stat-color']?.control).to.deep.equal({ type: 'color' });
    expect(argTypes['--lede-stat-width']?.control).to.deep.equal({ type: 'text' });
  });
});
