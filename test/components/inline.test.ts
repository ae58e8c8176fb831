import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderInline, renderNodes } from '../../src/components/shared/inline.js';
import type { InlineContent } from '../../src/model/types.js';

const SUBSET = ['A', 'EM', 'I', 'STRONG', 'B', 'BR', 'SUB', 'SUP', 'Q', 'ABBR'];

function rendered(content: InlineContent): HTMLElement {
  const container = document.createElement('div');
  render(html`${renderInline(content)}`, container);
  return container;
}

/** Every element and attribute the render created, as `tag[attr=value]` strings. */
function elementsIn(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')].map(
    (el) => el.tagName + [...el.attributes].map((attr) => `[${attr.name}=${attr.value}]`).join(''),
  );
}

describe('renderInline', () => {
  afterEach(() => delete (window as { hacked?: number }).hacked);

  it('renders plain text as text, markup and all', () => {
    const container = rendered({ text: 'Pakistan <b>and</b> the US & <script>x</script>' });
    expect(container.textContent).to.equal('Pakistan <b>and</b> the US & <script>x</script>');
    expect(container.querySelector('*')).to.equal(null);
  });

  it('renders the inline subset as elements', () => {
    const container = rendered({
      html: 'A <em>significant</em> <strong>breakthrough</strong> for <abbr title="Pakistan">PK</abbr>,<br>H<sub>2</sub>O x<sup>2</sup> <q>quoted</q> <i>i</i> <b>b</b> <a href="https://example.com/a" title="More">link</a>',
    });
    expect(elementsIn(container)).to.deep.equal([
      'EM',
      'STRONG',
      'ABBR[title=Pakistan]',
      'BR',
      'SUB',
      'SUP',
      'Q',
      'I',
      'B',
      'A[href=https://example.com/a][title=More]',
    ]);
    expect(container.textContent).to.equal(
      'A significant breakthrough for PK,H2O x2 quoted i b link',
    );
  });

  it('prefers html over text, and renders nothing without either', () => {
    expect(rendered({ text: 'plain', html: '<em>rich</em>' }).textContent).to.equal('rich');
    expect(rendered({}).textContent).to.equal('');
  });

  const payloads = [
    '<img src=x onerror="window.hacked=1">',
    '<script>window.hacked=1</script>',
    '<svg onload="window.hacked=1"><circle r="1"/></svg>',
    '<iframe src="javascript:window.hacked=1"></iframe>',
    '<em onclick="window.hacked=1" style="color:red" class="x">hi</em>',
    '<a href="https://example.com" onmouseover="window.hacked=1" target="_top">hi</a>',
    '<details open ontoggle="window.hacked=1">x</details>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.hacked=1">',
    '<<script>script>window.hacked=1<</script>/script>',
    '<body onload="window.hacked=1"><object data="x"></object><embed src="x">',
  ];
  for (const payload of payloads) {
    it(`creates only subset elements, with only href and title, from ${payload}`, () => {
      const container = rendered({ html: payload });
      for (const el of container.querySelectorAll('*')) {
        expect(SUBSET).to.include(el.tagName);
        for (const attr of el.attributes) expect(['href', 'title']).to.include(attr.name);
      }
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  }

  it('keeps the subset elements around the text of a payload', () => {
    const container = rendered({ html: '<em onclick="alert(1)">hi</em><img src=x>there' });
    expect(elementsIn(container)).to.deep.equal(['EM']);
    expect(container.textContent).to.equal('hithere');
  });

  for (const href of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java&#115;cript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    it(`renders a link to ${href} as its text`, () => {
      const container = rendered({ html: `read <a href="${href}">the <em>source</em></a>` });
      expect(container.querySelector('a')).to.equal(null);
      expect(container.textContent).to.equal('read the source');
      expect(elementsIn(container)).to.deep.equal(['EM']);
    });
  }

  it('checks hrefs again when given nodes that did not come from the parser', () => {
    const container = document.createElement('div');
    render(
      html`${renderNodes([
        { tag: 'a', href: 'javascript:alert(1)', children: ['unsafe'] },
        ' ',
        { tag: 'a', href: '/safe', children: ['safe'] },
      ])}`,
      container,
    );
    expect(elementsIn(container)).to.deep.equal(['A[href=/safe]']);
    expect(container.textContent).to.equal('unsafe safe');
  });
});
