import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { spreadArgs, withLoadedProps, type StoryArgs } from '../../stories/spread-args.js';

/** Renders a plain element with `args` spread on it, re-rendering into the same container. */
function spreadOnto(container: HTMLElement, args: StoryArgs): HTMLElement {
  render(html`<output ${spreadArgs(args)}></output>`, container);
  return container.querySelector('output')!;
}

describe('spreadArgs', () => {
  it('writes primitives as attributes, objects as properties, custom properties as styles', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const story = { headline: 'A' };
    const element = spreadOnto(container, {
      'heading-level': 2,
      animate: true,
      hidden: false,
      article: story,
      '--lede-color-accent': '#0a6847',
    });
    expect(element.getAttribute('heading-level')).to.equal('2');
    expect(element.getAttribute('animate')).to.equal('');
    expect(element.hasAttribute('hidden')).to.equal(false);
    expect((element as unknown as { article: unknown }).article).to.equal(story);
    expect(element.style.getPropertyValue('--lede-color-accent')).to.equal('#0a6847');
  });

  it('takes away what a later render no longer has', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    spreadOnto(container, { layout: 'hero', article: { headline: 'A' }, '--lede-radius': '0' });
    const element = spreadOnto(container, {});
    expect(element.hasAttribute('layout')).to.equal(false);
    expect((element as unknown as { article: unknown }).article).to.equal(undefined);
    expect(element.style.getPropertyValue('--lede-radius')).to.equal('');
  });

  it('listens to the event an action arg is named after, once', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard: string[] = [];
    const onLedeLoad = (event: Event) => heard.push(event.type);
    spreadOnto(container, { onLedeLoad });
    const element = spreadOnto(container, { onLedeLoad });
    element.dispatchEvent(new Event('lede-load'));
    expect(heard).to.deep.equal(['lede-load']);
    spreadOnto(container, {});
    element.dispatchEvent(new Event('lede-load'));
    expect(heard).to.have.length(1);
  });

  it('lets every arg with a value override what a loader read', () => {
    expect(
      withLoadedProps(
        { layout: 'hero', dek: undefined },
        { props: { dek: 'Dek', layout: 'compact' } },
      ),
    ).to.deep.equal({ dek: 'Dek', layout: 'hero' });
  });
});
